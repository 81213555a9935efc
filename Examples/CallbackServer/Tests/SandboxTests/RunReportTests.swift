import Models
import ResultCodes
import Testing

@testable import Sandbox

/// The run's checks, each shown failing on the server behaviour it is there to catch.
@Suite("run report")
struct RunReportTests {
    /// "1012, 0812, 1210 approved and final" under the clean fault, and a report where the
    /// server did everything right.
    func report() throws -> RunReport {
        let scenario = try SandboxFixtures.scenarios[2]
        let job = SandboxJob(
            userID: "user-r", jobID: "job-r", smileJobID: "0000000001", scenario: scenario, fault: .clean)
        let callback = SignedCallback(body: Array("{}".utf8), timestamp: "t", signature: "s")
        let delivery = DeliveryRecord(
            jobIndex: 0, step: "deliver 1210", code: "1210", isGenuine: true, callback: callback,
            expectedOutcomes: ["accepted"], status: 200, outcome: "accepted", attempts: 1, serverErrors: [])
        var replay = delivery
        replay.step = "send again deliver 1210"
        replay.expectedOutcomes = ["duplicate"]
        replay.outcome = "duplicate"
        return RunReport(
            jobs: [job], policy: .default, deliveries: [delivery], replays: [0: replay], registrationErrors: [:],
            settled: [0],
            states: [
                0: JobView(
                    decision: "approve", reason: nil, final: true, confirmed: true, pendingConfirmation: false,
                    codes: ["1012", "0812", "1210"])
            ],
            outbox: [OutboxView(seq: 1, userID: "user-r", jobID: "job-r", decision: "approve")], jobStatusAnswers: 3,
            outageAnswers: 0, refusedJobStatusRequests: [:], seconds: "1.0")
    }

    @Test("a server that did everything right passes")
    func passes() throws {
        let report = try report()
        #expect(report.problems(ofJob: 0) == [])
        #expect(report.text.hasSuffix("PASS"))
    }

    @Test(
        "each failure is named",
        arguments: [
            "twice in a row", "not possible", "wrong final", "5xx", "store lost it", "not settled",
            "unexpected outcome",
        ])
    func failures(_ planted: String) throws {
        var report = try report()
        let expected: String
        switch planted {
        case "twice in a row":
            report.outbox.append(OutboxView(seq: 2, userID: "user-r", jobID: "job-r", decision: "approve"))
            expected = "approve emitted twice in a row"
        case "not possible":
            report.outbox.insert(OutboxView(seq: 0, userID: "user-r", jobID: "job-r", decision: "reject"), at: 0)
            expected = "emitted [reject, approve], possible in order [approve]"
        case "wrong final":
            report.states[0]?.decision = "review"
            expected = "final decision review, expected approve"
        case "5xx":
            report.deliveries[0].serverErrors = [500]
            expected = "deliver 1210: answered 500"
        case "store lost it":
            report.replays[0]?.outcome = "accepted"
            expected = "send again deliver 1210: answered 200 accepted, expected duplicate"
        case "not settled":
            report.settled = []
            expected = "did not settle in time"
        default:
            report.deliveries[0].outcome = "unconfirmed"
            expected = "deliver 1210: answered 200 unconfirmed, expected accepted"
        }
        let problems = report.problems(ofJob: 0)
        #expect(problems.contains { $0.hasPrefix(expected) }, "\(problems)")
        #expect(report.text.contains("FAIL job-r"))
    }
}
