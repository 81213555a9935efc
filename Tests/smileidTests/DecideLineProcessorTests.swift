import ResultCodes
@testable import smileid
import Testing

/// The per-line work of `decide --jsonl` as a pure function of the line's bytes.
@Suite("DecideLineProcessor")
struct DecideLineProcessorTests {
    static let callback =
        #"{"ResultCode": "1012", "ResultText": "t", "SmileJobID": "0000000960", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}}"#

    @Test("Each line gives a decision, nothing, or a failure naming the path", arguments: [
        (callback, DecideLineProcessor.Output.decision(Array(
            #"{"decision":"approve","reason":"Enhanced KYC 1012 (Valid ID) is approved and final.","verdict":{"code":"1012","known":true,"table":"enhancedKYC","outcome":"approved","stage":"id_lookup","final":true,"charged":true,"next_step":"none"}}"#.utf8))),
        ("", .blank),
        (" \t ", .blank),
        ("{", .failure("the input is not valid JSON (or not UTF-8)")),
        (#"{"job_complete": true}"#, .failure("job_success is missing")),
        ("[]", .failure("there is no job result to read")),
    ])
    func line(_ text: String, _ expected: DecideLineProcessor.Output) {
        #expect(DecideLineProcessor(policy: .default).process(line: Array(text.utf8)) == expected)
    }

    @Test func thePolicyApplies() {
        let processor = DecideLineProcessor(policy: DecisionPolicy(provisional: .reject))
        let line = Array(Self.callback.replacingOccurrences(of: "\"job_type\": 5", with: "\"job_type\": 1").utf8)
        guard case .decision(let bytes) = processor.process(line: line) else {
            Issue.record("no decision")
            return
        }
        // 1012 in Biometric KYC is not final without IsFinalResult: wait, whatever the policy.
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(#"{"decision":"wait""#))
    }
}
