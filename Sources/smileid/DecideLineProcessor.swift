import Models
import ResultCodes

/// The work of one line of `smileid decide --jsonl`, as a pure function of its bytes: the
/// compact decision object, or why the line gives none.
///
/// It holds only the policy and touches no shared state, so lines can be processed in parallel
/// and written in order.
struct DecideLineProcessor: Sendable {
    /// What one line gave.
    enum Output: Sendable, Equatable {
        /// The compact `{"decision", "reason", "verdict"}` object, without a line break.
        case decision([UInt8])
        /// A blank line: nothing is printed.
        case blank
        /// Why the line gives no decision, naming the JSON path or the job IDs, never a value.
        case failure(String)
    }

    /// The policy every line is decided by.
    var policy: DecisionPolicy

    /// The decision of one line's input (a job result, a job-status response or an array).
    func process(line: some Collection<UInt8>) -> Output {
        guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
            return .blank
        }
        do {
            let document = try ResultDocument.read(line)
            let verdict = try document.trail().verdict
            let report = DecisionReport(decision: policy.decide(verdict), verdict: verdict)
            return .decision(try OrderedJSONEncoder().encode(report))
        } catch let failure as ResultDocument.Failure {
            return .failure(failure.message.hasPrefix("is empty") ? "the line " + failure.message : failure.message)
        } catch {
            return .failure("the decision could not be encoded as JSON")
        }
    }
}
