// Writes N synthetic compare cases as JSON Lines, the input of `smileid compare --jsonl`:
// one `{"country": …, "id_authority": {…}, "document": {…}}` a line; with --callbacks, N job
// results (callback bodies) instead, the input of `smileid decide --jsonl`.
//
//     generate-records [N] [--diacritics] [--callbacks] [--seed S]
import Foundation
import Models
import SyntheticRecords

struct Line: Encodable {
    var country: String
    var idAuthority: UserInfo
    var document: UserInfo

    enum CodingKeys: String, CodingKey {
        case country
        case idAuthority = "id_authority"
        case document
    }
}

var count = 1000
var style = RecordGenerator.Style.ascii
var seed: UInt64 = 42
var writesCallbacks = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--diacritics": style = .diacritics
    case "--callbacks": writesCallbacks = true
    case "--seed": seed = arguments.popFirst().flatMap { UInt64($0) } ?? seed
    default:
        guard let value = Int(argument), value >= 0 else {
            print("usage: generate-records [N] [--diacritics] [--callbacks] [--seed S]")
            exit(2)
        }
        count = value
    }
}

if writesCallbacks {
    var output: [UInt8] = []
    output.reserveCapacity(1 << 16)
    // Generated in chunks so that memory stays flat for millions of lines.
    var written = 0
    var chunkSeed = seed
    while written < count {
        let chunk = min(10_000, count - written)
        for line in ResultJSON.callbacks(chunk, seed: chunkSeed) {
            output.append(contentsOf: line)
            output.append(UInt8(ascii: "\n"))
            if output.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(output))
                output.removeAll(keepingCapacity: true)
            }
        }
        written += chunk
        chunkSeed &+= 1
    }
    FileHandle.standardOutput.write(Data(output))
    exit(0)
}

var generator = RecordGenerator(seed: seed, style: style)
let encoder = JSONEncoder()
var buffer: [UInt8] = []
buffer.reserveCapacity(1 << 16)
for _ in 0..<count {
    let pair = generator.nextPair()
    let line = Line(country: pair.country, idAuthority: pair.idAuthority, document: pair.document)
    guard let data = try? encoder.encode(line) else { continue }
    buffer.append(contentsOf: data)
    buffer.append(UInt8(ascii: "\n"))
    if buffer.count >= 1 << 16 {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
FileHandle.standardOutput.write(Data(buffer))
