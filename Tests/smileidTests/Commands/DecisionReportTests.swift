import Models
import ResultCodes
import SmileIDInternals
import TestSupport
import Testing

@testable import smileid

/// `DecisionReport.writeCompactJSON(into:)`, which `decide --jsonl` writes each line with, gives
/// the bytes of `OrderedJSONEncoder().encode(report)`: for a lone callback of every known code
/// (their messages hold quotes and other characters to escape), final, not final and without
/// the flag, for unknown codes, for a job-status response with no result, and for every policy
/// of the decisions fixtures.
@Suite struct DecisionReportTests {
    static func policies() throws -> [DecisionPolicy] {
        var policies: [DecisionPolicy] = [.default, DecisionPolicy(provisional: .approve, unknownCode: .actions)]
        policies.append(
            try PayloadDocument.decode(DecisionPolicy.self, from: Array(Fixtures.data("decisions/policy-example.json")))
        )
        return policies
    }

    static func verdicts() -> [Verdict] {
        var verdicts: [Verdict] = []
        let codes =
            ResultCode.allKnownCodes().map { ($0.code, $0.table?.jobTypes.first ?? .smartSelfieAuthentication) }
            + [("9999", .biometricKYC), ("", .enhancedKYC), ("1021", JobType(rawValue: 9))]
        for (code, jobType) in codes {
            for isFinal in [true, false, nil] as [Bool?] {
                let result = JobResult(
                    resultCode: code, resultText: "t", smileJobID: "1",
                    isFinalResult: isFinal,
                    partnerParams: PartnerParams(userID: "u", jobID: "j", jobType: jobType),
                    actions: Actions([.name: .partialMatch, .dob: .exactMatch, .livenessCheck: .failed]))
                verdicts.append(ResultTrail(result).verdict)
            }
        }
        for complete in [true, false] {
            if let trail = try? ResultTrail(JobStatusResponse(jobComplete: complete, jobSuccess: false, code: "2302")) {
                verdicts.append(trail.verdict)
            }
        }
        return verdicts
    }

    @Test func theDirectWriterGivesTheEncodersBytes() throws {
        var checked = 0
        for policy in try Self.policies() {
            for verdict in Self.verdicts() {
                let report = DecisionReport(decision: policy.decide(verdict), verdict: verdict)
                var written: [UInt8] = []
                report.writeCompactJSON(into: &written)
                let encoded = try OrderedJSONEncoder().encode(report)
                #expect(written == encoded, "\(String(decoding: encoded, as: UTF8.self))")
                checked += 1
            }
        }
        #expect(checked > 300)
    }
}
