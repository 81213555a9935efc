#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Models

/// `smileid result <file | ->`: the typed reading of a job result or job-status response.
struct ResultCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String

    /// The command from its parsed arguments.
    init(_ arguments: ParsedArguments) {
        input = arguments.positionals.first ?? "-"
    }

    /// Reads the input and prints its reading.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` when the input cannot be read or is not a
    ///   job result or job-status response; the message names the JSON path, never a value.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        let file = try InputFile(argument: input, command: .result)
        let bytes = try file.readAll(command: .result)
        let reading = try Self.reading(of: bytes, from: file.displayName)
        for line in reading.lines {
            output.writeLine(line)
        }
        return .success
    }

    /// The reading of a document's bytes.
    static func reading(of bytes: [UInt8], from name: String) throws(CommandLineError) -> ResultReading {
        guard bytes.contains(where: { !Self.isWhitespace($0) }) else {
            throw .input("\(name) is empty; expected a job result or job-status JSON object", command: .result)
        }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        do {
            if try decoder.decode(ResultDocumentKind.self, from: data).isJobStatus {
                return ResultReading(status: try decoder.decode(JobStatusResponse.self, from: data))
            }
            return ResultReading(result: try decoder.decode(JobResult.self, from: data))
        } catch let error as DecodingError {
            throw .input("\(name): \(DecodingErrorMessage.describe(error))", command: .result)
        } catch {
            throw .input("\(name): the input could not be decoded", command: .result)
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }
}

/// Tells a job-status response (it has a `job_complete` key) from a job result.
struct ResultDocumentKind: Decodable, Sendable {
    /// Whether the object has a `job_complete` key.
    var isJobStatus: Bool

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        isJobStatus = container.contains(Key(stringValue: "job_complete"))
    }
}
