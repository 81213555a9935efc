import Foundation
import ResultCodes
import Testing

@testable import smileid

/// The per-line work of `decide --jsonl` as a pure function of the line's bytes, as the JSON
/// Lines engine runs it (``LineOutput/appendResult(of:for:number:into:)``, which skips a blank
/// line before the transform sees it).
@Suite("DecideLineProcessor")
struct DecideLineProcessorTests {
    /// What one line gave: its output line and what the engine made of it.
    struct Output: Equatable, CustomStringConvertible {
        var text: String
        var result: LineOutput.Result
        var description: String { "\(result): \(text)" }

        static func decision(_ text: String) -> Output { Output(text: text, result: .written) }
        static let blank = Output(text: "", result: .skipped)
        static func failure(_ message: String) -> Output {
            Output(text: #"{"error":"\#(message)","line":1}"#, result: .failed)
        }
    }

    static func process(_ processor: DecideLineProcessor, _ text: String) -> Output {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        let result = bytes.withUnsafeBufferPointer {
            LineOutput.appendResult(of: processor, for: $0, number: 1, into: &output)
        }
        return Output(text: String(decoding: output, as: UTF8.self), result: result)
    }

    static let callback =
        #"{"ResultCode": "1012", "ResultText": "t", "SmileJobID": "0000000960", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}}"#

    @Test(
        "Each line gives a decision, nothing, or a failure naming the path",
        arguments: [
            (
                callback,
                Output.decision(
                    #"{"decision":"approve","reason":"Enhanced KYC 1012 (Valid ID) is approved and final.","verdict":{"code":"1012","known":true,"table":"enhancedKYC","outcome":"approved","stage":"id_lookup","final":true,"charged":true,"next_step":"none"}}"#
                )
            ),
            ("", .blank),
            (" \t ", .blank),
            (" \r\n ", .blank),
            ("\u{0C}", .failure("the input is not valid JSON (or not UTF-8)")),
            ("{", .failure("the input is not valid JSON (or not UTF-8)")),
            (#"{"job_complete": true}"#, .failure("job_success is missing")),
            ("[]", .failure("there is no job result to read")),
        ])
    func line(_ text: String, _ expected: Output) {
        #expect(Self.process(DecideLineProcessor(policy: .default), text) == expected)
    }

    @Test func thePolicyApplies() {
        let processor = DecideLineProcessor(policy: DecisionPolicy(provisional: .reject))
        let line = Self.callback.replacingOccurrences(of: "\"job_type\": 5", with: "\"job_type\": 1")
        let output = Self.process(processor, line)
        #expect(output.result == .written)
        // 1012 in Biometric KYC is not final without IsFinalResult: wait, whatever the policy.
        #expect(output.text.hasPrefix(#"{"decision":"wait""#))
    }
}
