import Models
import ResultCodes
import SmileIDInternals

/// `smileid result <file | -> [--json]`: the typed reading of a job result, a job-status
/// response or the callbacks of one job, with its trail and verdict.
struct ResultCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String
    /// Whether to print the JSON object instead of text.
    var printsJSON: Bool

    /// The command from its parsed arguments.
    init(_ arguments: ParsedArguments) {
        input = arguments.positionals.first ?? "-"
        printsJSON = arguments.has("--json")
    }

    /// Reads the input and prints its reading.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` when the input cannot be read, is not a
    ///   job result, job-status response or array of job results, or holds results of two jobs;
    ///   the message names the JSON path or the job IDs, never a personal value.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        let file = try InputFile(argument: input, command: .result)
        let bytes = try file.readAll(command: .result)
        let (document, trail) = try Self.read(bytes, from: file.displayName, command: .result)
        let reading = ResultReading(document: document, trail: trail)
        if printsJSON {
            let report = ResultReport(verdict: trail.verdict, unrecognised: reading.notes)
            output.writeLine(try Self.encode(report, command: .result))
        } else {
            for line in reading.lines {
                output.writeLine(line)
            }
        }
        return .success
    }

    /// The document and trail of one input.
    static func read(_ bytes: [UInt8], from name: String, command: Command) throws(CommandLineError)
        -> (ResultDocument, ResultTrail)
    {
        guard !JSONWhitespace.isBlank(bytes) else {
            throw .input("\(name) \(ResultDocument.emptyRequirement)", command: command)
        }
        let document: ResultDocument
        do {
            document = try ResultDocument.read(bytes)
        } catch {
            throw .input("\(name): \(error)", command: command)
        }
        do {
            return (document, try document.trail())
        } catch {
            throw .input("\(name): \(error)", command: command)
        }
    }

    /// `value` as pretty-printed JSON in the order its keys are written.
    static func encode(_ value: some Encodable, command: Command) throws(CommandLineError) -> String {
        do {
            return try OrderedJSONEncoder(outputFormatting: .prettyPrinted).encodeToString(value)
        } catch {
            throw .output("the \(command.rawValue) output could not be encoded as JSON")
        }
    }
}
