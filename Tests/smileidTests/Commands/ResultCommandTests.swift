import Foundation
import TestSupport
import Testing

@Suite("smileid result")
struct ResultCommandTests {
    /// One row of `Fixtures/job-results/expectations.json`.
    struct Expectation: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var jobType: Int
        var resultCode: String
        var unknownActionKeys: [String]
        var unknownActionValues: [String]
        var additionalPartnerParams: [String]
        var additionalFields: [String]
        var personalFields: [String]

        enum CodingKeys: String, CodingKey {
            case file
            case jobType = "job_type"
            case resultCode = "result_code"
            case unknownActionKeys = "unknown_action_keys"
            case unknownActionValues = "unknown_action_values"
            case additionalPartnerParams = "additional_partner_params"
            case additionalFields = "additional_fields"
            case personalFields = "personal_fields"
        }

        var testDescription: String { file }

        static let all: [Expectation] =
            (try? Fixtures.decode([Expectation].self, from: "job-results/expectations.json")) ?? []
    }

    /// The `Smile ID's outcome:` line each job-result fixture must end with: the outcome of its code in its
    /// job type (job types 6, 7, 10, 11, 12 and unknown ones have only General codes).
    static let decisions: [String: String] = [
        "biometric-kyc-strings.json": "Smile ID's outcome: Provisionally Approved",
        "biometric-kyc-machine-pass.json": "Smile ID's outcome: Approved",
        "smartselfie-authentication.json": "Smile ID's outcome: Approved",
        "smartselfie-registration-pending.json": "Smile ID's outcome: Pending",
        "enhanced-kyc-missing-actions-keys.json": "Smile ID's outcome: Approved",
        "enhanced-kyc-no-actions.json": "Smile ID's outcome: Error",
        "document-verification.json":
            "Smile ID's outcome: unknown (result code 0810 is not listed for Document Verification (6))",
        "business-verification.json":
            "Smile ID's outcome: unknown (result code 1012 is not listed for Business Verification (7))",
        "update-photo.json": "Smile ID's outcome: Approved",
        "compare-user-info.json": "Smile ID's outcome: Provisionally Approved",
        "aml-check.json": "Smile ID's outcome: unknown (result code 1030 is not listed for AML Check (10))",
        "enhanced-document-verification.json":
            "Smile ID's outcome: unknown (result code 0810 is not listed for Enhanced Document Verification (11))",
        "address-verification.json":
            "Smile ID's outcome: unknown (result code 1012 is not listed for Address Verification (12))",
        "future-values.json": "Smile ID's outcome: unknown (result code 0999 is not listed for Unknown job type (42))",
    ]

    static let personalKeys = ["FullName", "DOB", "Gender", "PhoneNumber", "Address", "IDNumber", "ExpirationDate"]

    @Test(
        "every job-result fixture: decision, job type, code, unknowns named, no personal value",
        arguments: Expectation.all)
    func jobResult(expectation: Expectation) throws {
        let path = "Fixtures/job-results/" + expectation.file
        let run = try SmileIDProcess.run(["result", path])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        let lines = run.outputLines
        #expect(lines.first == "Job result")
        #expect(lines.last == Self.decisions[expectation.file])
        #expect(lines.contains { $0.hasPrefix("  Job type:") && $0.hasSuffix("(\(expectation.jobType))") })
        #expect(lines.contains { $0.hasPrefix("  Result code:   \(expectation.resultCode) ") })
        let personal = expectation.personalFields.isEmpty ? "none" : expectation.personalFields.joined(separator: ", ")
        #expect(lines.contains("Personal fields present (values not shown): \(personal)"))
        for key in expectation.unknownActionKeys {
            #expect(lines.contains("  Actions keys: \(key)"))
            #expect(lines.contains { $0.hasPrefix("  \(key): ") && $0.hasSuffix("(unknown key)") })
        }
        for key in expectation.unknownActionValues {
            #expect(lines.contains("  Actions values of: \(key)"))
            #expect(lines.contains { $0.hasPrefix("  \(key): ") && $0.hasSuffix("(unknown value)") })
        }
        if !expectation.additionalFields.isEmpty {
            #expect(lines.contains("  top-level fields: " + expectation.additionalFields.joined(separator: ", ")))
        }
        if !expectation.additionalPartnerParams.isEmpty {
            #expect(lines.contains("  partner params: " + expectation.additionalPartnerParams.joined(separator: ", ")))
        }
        let nothingUnknown =
            expectation.unknownActionKeys.isEmpty && expectation.unknownActionValues.isEmpty
            && expectation.additionalFields.isEmpty && expectation.additionalPartnerParams.isEmpty
            && Self.decisions[expectation.file]?.hasPrefix("Smile ID's outcome: unknown") == false
        #expect(lines.contains("Not recognised: nothing") == nothingUnknown)
        try expectNoPersonalValue(in: run.output, from: path)
    }

    @Test("future values: the unknown job type and code are named, extra values are not printed")
    func futureValues() throws {
        let run = try SmileIDProcess.run(["result", "Fixtures/job-results/future-values.json"])
        let lines = run.outputLines
        #expect(lines.contains("  job type 42"))
        #expect(lines.contains("  result code 0999: not listed for Unknown job type (42)"))
        #expect(lines.contains("  Verify_ID_Number: Partially Verified (unknown value)"))
        for value in ["mobile", "vip", "retry", "test-branch", "WebAPI", "future\""] {
            #expect(!run.output.contains(value))
        }
    }

    @Test("a job-status response: status, history, final result, decision")
    func jobStatus() throws {
        let path = "Fixtures/job-status/complete-with-history.json"
        let run = try SmileIDProcess.run(["result", path])
        #expect(run.status == 0)
        let lines = run.outputLines
        #expect(
            Array(lines.prefix(7)) == [
                "Job status",
                "  Complete:      yes",
                "  Success:       yes",
                "  Status code:   2302 (the request's status, not a result code)",
                "History (2 results, oldest first)",
                "  1. 1012 ID Verification Success (Biometric KYC, Provisionally Approved) [job type Biometric KYC (1)]",
                "  2. 0810 Machine Judgement - PASS (Biometric KYC, Approved) [job type Biometric KYC (1)]",
            ])
        #expect(lines.contains("Final result"))
        #expect(lines.contains("  Result code:   0810 Machine Judgement - PASS (Biometric KYC, Approved)"))
        #expect(lines.contains("  top-level fields: image_links"))
        #expect(lines.last == "Smile ID's outcome: Approved")
        #expect(!run.output.contains("example.invalid"))
        #expect(!run.output.contains("c2lnbmF0dXJlLW5vdC1yZWFs"))
    }

    @Test("a pending job-status response has no decision yet")
    func pendingStatus() throws {
        let run = try SmileIDProcess.run(["result", "Fixtures/job-status/pending.json"])
        #expect(run.status == 0)
        #expect(
            run.outputLines == [
                "Job status",
                "  Complete:      no",
                "  Success:       no",
                "  Status code:   2314 (the request's status, not a result code)",
                "Final result: none",
                "Not recognised: nothing",
                "Trail: no result yet",
                "Verdict: no result yet",
                "Smile ID's outcome: none yet, the job is not complete",
            ])
    }

    @Test("a job-status response with a message in place of its result has no result yet")
    func messageInPlaceOfResult() throws {
        let run = try SmileIDProcess.run(["result", "Fixtures/job-status/no-zip-message.json"])
        #expect(run.status == 0)
        #expect(
            run.outputLines == [
                "Job status",
                "  Complete:      no",
                "  Success:       no",
                "  Status code:   2314 (the request's status, not a result code)",
                "Final result: none (a message in its place)",
                "Not recognised: nothing",
                "Trail: no result yet",
                "Verdict: no result yet",
                "Smile ID's outcome: none yet, the job is not complete",
            ])
    }

    @Test("standard input via -")
    func standardInput() throws {
        let bytes = [UInt8](try Fixtures.data("job-results/biometric-kyc-strings.json"))
        let run = try SmileIDProcess.run(["result", "-"], input: bytes)
        #expect(run.status == 0)
        #expect(run.outputLines.last == "Smile ID's outcome: Provisionally Approved")
        try expectNoPersonalValue(in: run.output, from: "Fixtures/job-results/biometric-kyc-strings.json")
    }

    @Test(
        "invalid results: one line naming the JSON path, never the value, exit 1",
        arguments: [
            (
                "job-type-word.json",
                "PartnerParams.job_type must be a whole number or a numeric string; this string is not a whole number"
            ),
            ("result-code-number.json", "ResultCode must be a string"),
            ("is-final-yes.json", #"IsFinalResult must be a boolean or "true"/"false"; this string is neither"#),
            (
                "confidence-word.json",
                "ConfidenceValue must be a number or a numeric string; this string is not a finite number"
            ),
            ("action-value-bool.json", "Actions.Liveness_Check must be a string"),
            ("missing-result-code.json", "ResultCode is missing"),
            ("missing-job-type.json", "PartnerParams.job_type is missing"),
            (
                "job-type-fraction.json",
                "PartnerParams.job_type must be a whole number or a numeric string; this number is not whole or is out of range"
            ),
            ("dob-number.json", "DOB must be a string"),
        ])
    func invalid(file: String, message: String) throws {
        let path = "Fixtures/job-results/invalid/" + file
        let run = try SmileIDProcess.run(["result", path])
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == ["smileid: result: '\(path)': \(message)"])
        #expect(!run.errors.contains("19900101"))
    }

    @Test(
        "inputs that are not a result: one line, exit 1",
        arguments: [
            (
                [UInt8](),
                "smileid: result: standard input is empty; expected a job result, a job-status response or an array of job results"
            ),
            (
                Array(" \n\t".utf8),
                "smileid: result: standard input is empty; expected a job result, a job-status response or an array of job results"
            ),
            (Array("[1, 2]".utf8), "smileid: result: standard input: [0] must be an object"),
            (Array("[]".utf8), "smileid: result: standard input: there is no job result to read"),
            (Array("12".utf8), "smileid: result: standard input: the input must be an object"),
            (
                Array("{\"ResultCode\": ".utf8),
                "smileid: result: standard input: the input is not valid JSON (or not UTF-8)"
            ),
            (
                [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D],
                "smileid: result: standard input: the input is not valid JSON (or not UTF-8)"
            ),
            (
                [0x00, 0x01, 0x02, 0xC3, 0x28, 0x89],
                "smileid: result: standard input: the input is not valid JSON (or not UTF-8)"
            ),
            (Array("{\"job_complete\": true}".utf8), "smileid: result: standard input: job_success is missing"),
            (
                Array(
                    #"{"ResultCode": "1012", "ResultCode": "2211", "ResultText": "t", "SmileJobID": "1", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}}"#
                        .utf8),
                "smileid: result: standard input: ResultCode appears more than once in the same object; Smile ID sends each key once"
            ),
            (
                Array(
                    #"{"ResultCode": "1012", "ResultText": "t", "SmileJobID": "1", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5, "job_type": 1}}"#
                        .utf8),
                "smileid: result: standard input: PartnerParams.job_type appears more than once in the same object; Smile ID sends each key once"
            ),
        ])
    func notAResult(input: [UInt8], line: String) throws {
        let run = try SmileIDProcess.run(["result", "-"], input: input)
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
    }

    @Test(
        "files that cannot be read: one line with the system's reason, exit 1",
        arguments: [
            (
                "Fixtures/no-such-file.json",
                "smileid: result: cannot read 'Fixtures/no-such-file.json': No such file or directory"
            ),
            ("Fixtures/job-results", "smileid: result: cannot read 'Fixtures/job-results': Is a directory"),
        ])
    func unreadable(path: String, line: String) throws {
        let run = try SmileIDProcess.run(["result", path])
        #expect(run.status == 1)
        #expect(run.errorLines == [line])
    }

    /// Checks that no value of a personal field of the fixture at `path` appears in `output`.
    private func expectNoPersonalValue(in output: String, from path: String) throws {
        let data = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(path))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let words = Set(output.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        for key in Self.personalKeys {
            guard let value = object[key] as? String else { continue }
            // A short value such as Gender's "F" is looked for as a whole word.
            let printed = value.count < 3 ? words.contains(value) : output.contains(value)
            #expect(!printed, "the value of \(key) is printed")
        }
    }
}
