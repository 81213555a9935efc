import Models
import ResultCodes
import SmileIDInternals

/// One line of `smileid decide --jsonl`, as a pure function of its bytes: the compact decision
/// object, or why the line gives none.
///
/// It holds only the policy and touches no shared state, so ``JSONLinesEngine`` can decide lines
/// on several threads and write them in order.
struct DecideLineProcessor: LineTransform {
    /// The policy every line is decided by.
    var policy: DecisionPolicy

    /// Appends the compact `{"decision", "reason", "verdict"}` object of one line's input (a job
    /// result, a job-status response or an array of one job's results); a failure names the JSON
    /// path or the job IDs (`SmileJobID`s), never a personal value, a key or a signature.
    func transform(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> LineOutcome {
        let document: ResultDocument
        let verdict: Verdict
        do {
            document = try ResultDocument.read(line)
        } catch {
            return .failed(error.description)
        }
        do {
            verdict = try document.trail().verdict
        } catch {
            return .failed(error.description)
        }
        DecisionReport(decision: policy.decide(verdict), verdict: verdict).writeCompactJSON(into: &output)
        return .written
    }
}
