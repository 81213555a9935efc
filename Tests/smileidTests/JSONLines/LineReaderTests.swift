import Foundation
import Testing

@testable import smileid

@Suite("LineReader")
struct LineReaderTests {
    /// Input bytes and the events expected with lines of at most 5 bytes.
    static let cases: [(String, [String])] = [
        ("", []),
        ("a\nb\n", ["1:a", "2:b"]),
        ("a\nb", ["1:a", "2:b"]),
        ("a\r\nb\r\n", ["1:a", "2:b"]),
        ("\n\n", ["1:", "2:"]),
        ("\r\n", ["1:"]),
        ("a\rb\n", ["1:a\rb"]),
        ("abcde\n", ["1:abcde"]),
        ("abcde\r\n", ["1:abcde"]),
        ("abcdef\nxy\n", ["1:too long", "2:xy"]),
        ("abcdefghijklmnop\nxy", ["1:too long", "2:xy"]),
        ("xy\nabcdefghijklmnop", ["1:xy", "2:too long"]),
        ("abcdef", ["1:too long"]),
        ("abcde\r", ["1:abcde"]),
    ]

    @Test(
        "splits lines, drops \\r before \\n, reports and skips long lines, whatever the chunk size",
        arguments: cases, [1, 2, 3, 7, 64 * 1024])
    func events(input: (String, [String]), chunkSize: Int) throws {
        #expect(try Self.events(of: Array(input.0.utf8), chunkSize: chunkSize, maximumLineLength: 5) == input.1)
    }

    @Test("a long line is skipped without being kept whole, and reading goes on")
    func manyLines() throws {
        var input: [UInt8] = []
        var expected: [String] = []
        for number in 1...1_000 {
            let line = number % 100 == 0 ? String(repeating: "z", count: 300) : "line \(number)"
            input += Array(line.utf8) + [0x0A]
            expected.append(number % 100 == 0 ? "\(number):too long" : "\(number):\(line)")
        }
        #expect(try Self.events(of: input, chunkSize: 64, maximumLineLength: 100) == expected)
    }

    /// The events of reading `bytes` from a file, as `number:text` or `number:too long`.
    static func events(of bytes: [UInt8], chunkSize: Int, maximumLineLength: Int) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linereader-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try InputFile(argument: url.path, command: .compare)
        var reader = LineReader(
            fileDescriptor: file.fileDescriptor, chunkSize: chunkSize, maximumLineLength: maximumLineLength)
        var events: [String] = []
        while let event = reader.next() {
            switch event {
            case .line(let number, let line): events.append("\(number):" + String(decoding: line, as: UTF8.self))
            case .tooLong(let number): events.append("\(number):too long")
            case .failure(let error): events.append("failure: \(error)")
            }
        }
        return events
    }
}
