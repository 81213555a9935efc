import Models
import ResultCodes
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Replays `FuzzTesting/FailCases/DecideTrail/` without the fuzzer, through the target's logic:
/// the bytes as a job result, an array of job results, a job-status response and a policy;
/// every trail's verdict and decision keep the spec's bounds under every policy, and a policy
/// survives a round trip.
@Suite struct DecideTrailFuzzFailCasesTests {
    static let policies: [DecisionPolicy] = [
        .default, DecisionPolicy(provisional: .approve, unknownCode: .actions),
        DecisionPolicy(
            provisional: .reject,
            partialMatch: .init(
                require: [.name: [.exactMatch], .dob: [.exactMatch, .transposed]], otherwise: .review),
            unknownCode: .reject),
    ]

    static func trails(_ data: Data) -> [ResultTrail] {
        let decoder = JSONDecoder()
        var trails: [ResultTrail] = []
        if let result = try? decoder.decode(JobResult.self, from: data) { trails.append(ResultTrail(result)) }
        if let results = try? decoder.decode([JobResult].self, from: data), let trail = try? ResultTrail(results) {
            trails.append(trail)
        }
        if let status = try? decoder.decode(JobStatusResponse.self, from: data), let trail = try? ResultTrail(status) {
            trails.append(trail)
        }
        return trails
    }

    @Test func replay() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases/DecideTrail")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            for trail in Self.trails(data) {
                let verdict = Verdict(trail)
                #expect(verdict.hasResult == !trail.isEmpty)
                for policy in Self.policies {
                    let decision = policy.decide(verdict)
                    if verdict.isFinal == false { #expect(decision.kind == .wait, "\(file)") }
                    if verdict.outcome == .rejected || verdict.outcome == .error {
                        #expect(decision.kind != .approve, "\(file)")
                    }
                    #expect(decision.reason.hasSuffix("."))
                }
            }
            if let policy = try? JSONDecoder().decode(DecisionPolicy.self, from: data) {
                #expect(try JSONDecoder().decode(DecisionPolicy.self, from: JSONEncoder().encode(policy)) == policy)
            }
        }
    }

    @Test func handMadeCasesBehaveAsDefined() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases/DecideTrail")
        let outOfOrder = Self.trails(
            try Data(contentsOf: folder.appendingPathComponent("hand-out-of-order-redelivered.json")))
        #expect(outOfOrder.map { $0.map(\.resultCode.code) } == [["1012", "0810"]])
        // A message in place of the result, but history holds a (full-width, so unknown) code:
        // that result decides; job_complete makes it final.
        let status = Self.trails(
            try Data(contentsOf: folder.appendingPathComponent("hand-status-message-with-history.json")))
        let verdict = try #require(status.first?.verdict)
        #expect(verdict.resultCode == .unknown("０８１０") && verdict.isFinal == true)
        #expect(DecisionPolicy(unknownCode: .actions).decide(verdict).kind == .reject)
        #expect(Self.trails(Data("[]".utf8)).isEmpty)
    }
}
