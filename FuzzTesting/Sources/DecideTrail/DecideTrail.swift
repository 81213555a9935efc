import Foundation
import FuzzSupport
import Models
import ResultCodes

/// Bytes → a job result, an array of job results or a job-status response (as `smileid decide`
/// reads them) and, separately, a decision policy. Whatever decodes must give a trail or a typed
/// error, and a verdict and a decision that keep the spec's bounds under every policy: a
/// non-final verdict is `wait`, a rejection or an error is never approved, the reason is one
/// sentence. A policy that decodes must survive a round trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Fuzz.data(start, count)
    let decoder = JSONDecoder()
    var trails: [ResultTrail] = []
    if let result = try? decoder.decode(JobResult.self, from: data) { trails.append(ResultTrail(result)) }
    if let results = try? decoder.decode([JobResult].self, from: data), let trail = try? ResultTrail(results) {
        trails.append(trail)
    }
    if let status = try? decoder.decode(JobStatusResponse.self, from: data), let trail = try? ResultTrail(status) {
        trails.append(trail)
    }
    let policies: [DecisionPolicy] = [
        .default, DecisionPolicy(provisional: .approve, unknownCode: .actions),
        DecisionPolicy(
            provisional: .reject,
            partialMatch: .init(
                require: [.name: [.exactMatch], .dob: [.exactMatch, .transposed]], otherwise: .review),
            unknownCode: .reject),
    ]
    for trail in trails {
        let verdict = Verdict(trail)
        if verdict.hasResult != !trail.isEmpty { Fuzz.fuzzFailure("hasResult disagrees with the trail") }
        for policy in policies {
            let decision = policy.decide(verdict)
            if verdict.isFinal == false, decision.kind != .wait { Fuzz.fuzzFailure("a non-final verdict was not wait") }
            if verdict.outcome == .rejected || verdict.outcome == .error, decision.kind == .approve {
                Fuzz.fuzzFailure("a rejection or an error was approved")
            }
            if !decision.reason.hasSuffix(".") { Fuzz.fuzzFailure("the reason is not a sentence") }
        }
    }
    if let policy = try? decoder.decode(DecisionPolicy.self, from: data) {
        guard let encoded = try? JSONEncoder().encode(policy),
            let again = try? decoder.decode(DecisionPolicy.self, from: encoded), again == policy
        else { Fuzz.fuzzFailure("a policy did not survive a round trip") }
    }
    return 0
}
