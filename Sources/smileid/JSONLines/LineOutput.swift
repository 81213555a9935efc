import Models
import SmileIDInternals

/// The output line of one input line of JSON Lines: the transform's output, or the error line
/// `{"error": …, "line": N}` in its place, or nothing for a blank line. What
/// ``LineBatch/process(with:maximumLineLength:)`` appends for each of its lines, whichever
/// thread runs it.
enum LineOutput {
    /// What one line gave, once its output line (without its line break) was appended.
    enum Result: Equatable {
        /// The transform's output was appended.
        case written
        /// Nothing was appended: a blank line (only JSON white space), which prints nothing and
        /// whose number still counts.
        case skipped
        /// An error line was appended.
        case failed
        /// The error line could not be encoded; the run stops.
        case unencodable(CommandLineError)
    }

    /// One output line for a line that gave no output: `{"error": …, "line": N}`.
    struct LineFailure: Encodable, Sendable {
        /// What was wrong, naming the JSON path but no value.
        var error: String
        /// The line's number, counting from 1 and including blank lines.
        var line: Int
    }

    /// Runs `transform` on one line and appends its output, or its error line, to `output`; a
    /// blank line (``JSONWhitespace``) is skipped without running it, for every command alike.
    static func appendResult(
        of transform: some LineTransform, for line: UnsafeBufferPointer<UInt8>, number: Int, into output: inout [UInt8]
    ) -> Result {
        guard !JSONWhitespace.isBlank(line) else { return .skipped }
        let start = output.count
        switch transform.transform(line, into: &output) {
        case .written:
            return .written
        case .failed(let message):
            output.removeSubrange(start...)
            return appendFailure(LineFailure(error: message, line: number), into: &output)
        }
    }

    /// Appends the error line of a line longer than `limit` bytes.
    static func appendTooLong(number: Int, limit: Int, into output: inout [UInt8]) -> Result {
        appendFailure(
            LineFailure(error: "the line is longer than \(limit) bytes and was skipped", line: number), into: &output)
    }

    private static func appendFailure(_ failure: LineFailure, into output: inout [UInt8]) -> Result {
        do {
            output.append(contentsOf: try OrderedJSONEncoder(outputFormatting: []).encode(failure))
            return .failed
        } catch {
            return .unencodable(.output("a response could not be encoded as JSON"))
        }
    }
}
