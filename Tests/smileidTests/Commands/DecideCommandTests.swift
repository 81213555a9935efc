import Foundation
import TestSupport
import Testing

/// The verdict and decision the spec gives a lone callback of a row's code: final unless its
/// next step is await_result; the decision table of decisions.md §4 with the default policy.
extension ResultCodeRow {
    /// The job type a callback of this row is sent with (General failures: SmartSelfie
    /// Authentication, whose own codes do not overlap them).
    var callbackJobType: Int { jobTypes.first ?? 2 }

    var isFinal: Bool { nextStep != "await_result" }

    var verdictNextStep: String { isFinal ? nextStep : "await_result" }

    var decision: String {
        guard isFinal else { return "wait" }
        switch outcome {
        case "pending", "processingContinues": return "wait"
        case "approved": return "approve"
        case "rejected": return "reject"
        case "provisionallyApproved": return "review"
        default: return nextStep == "retry_later" ? "retry" : "fix"
        }
    }

    /// A synthetic callback of this row's code.
    func callback(id: String = "0000000950") -> String {
        #"{"ResultCode": "\#(code)", "ResultText": "synthetic", "SmileJobID": "\#(id)", "PartnerParams": {"user_id": "user-950", "job_id": "job-950", "job_type": \#(callbackJobType)}}"#
    }

    /// Expects `verdict`, as `smileid result --json` prints it, to describe a lone callback of this row.
    func expectVerdict(_ verdict: [String: Any]?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(verdict?["code"] as? String == code, sourceLocation: sourceLocation)
        #expect(verdict?["known"] as? Bool == true, sourceLocation: sourceLocation)
        #expect(verdict?["table"] as? String == table, sourceLocation: sourceLocation)
        #expect(verdict?["outcome"] as? String == outcome, sourceLocation: sourceLocation)
        #expect(verdict?["stage"] as? String == stage, sourceLocation: sourceLocation)
        #expect(verdict?["final"] as? Bool == isFinal, sourceLocation: sourceLocation)
        #expect(verdict?["charged"] as? Bool == incursCharge, sourceLocation: sourceLocation)
        #expect(verdict?["next_step"] as? String == verdictNextStep, sourceLocation: sourceLocation)
    }
}

@Suite("smileid result --json and smileid decide")
struct DecideCommandTests {
    @Test(
        "result --json on every code of every table, as two callbacks (one redelivered)", arguments: ResultCodeRow.all)
    func resultJSON(_ row: ResultCodeRow) throws {
        let run = try SmileIDProcess.run(["result", "-", "--json"], text: "[\(row.callback()), \(row.callback())]")
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(
            topLevelKeys(ofObjectIn: run.output) == ["job_type", "smile_job_id", "trail", "verdict", "unrecognised"])
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(object["job_type"] as? Int == row.callbackJobType)
        #expect(object["smile_job_id"] as? String == "0000000950")
        let trail = try #require(object["trail"] as? [[String: Any]])
        #expect(trail.count == 1)
        #expect(trail.first?["code"] as? String == row.code && trail.first?["stage"] as? String == row.stage)
        row.expectVerdict(object["verdict"] as? [String: Any])
        #expect((object["unrecognised"] as? [String])?.isEmpty == true)
    }

    @Test("decide --jsonl over every code of every table: one callback a line, then as job-status responses")
    func decideEveryCode() throws {
        let rows = ResultCodeRow.all
        let lines =
            rows.map { $0.callback() }
            + rows.map {
                #"{"job_complete": \#($0.isFinal), "job_success": true, "code": "2302", "result": \#($0.callback())}"#
            }
        let run = try SmileIDProcess.run(["decide", "-", "--jsonl"], text: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        let output = run.outputLines
        try #require(output.count == 2 * rows.count)
        for (index, line) in output.enumerated() {
            let row = rows[index % rows.count]
            #expect(topLevelKeys(ofObjectIn: line) == ["decision", "reason", "verdict"])
            let object = try #require(try parseJSON(line) as? [String: Any])
            #expect(object["decision"] as? String == row.decision, "\(row.table) \(row.code)")
            #expect((object["reason"] as? String)?.contains(row.code) == true)
            row.expectVerdict(object["verdict"] as? [String: Any])
        }
    }

    @Test(
        "decide: two lines of text, exit 0 for every decision",
        arguments: [
            (
                "Fixtures/job-status/biometric-kyc-human-review.json", "Decision: approve",
                "Reason:   Biometric KYC 1210 (Human Judgement - PASS - Settings Based on Normal/Strict/Custom) is approved and final."
            ),
            // IsFinalResult "true" on 1012 overrides the inference that a machine result follows.
            (
                "Fixtures/job-results/biometric-kyc-strings.json", "Decision: review",
                "Reason:   Biometric KYC 1012 (ID Verification Success) is provisionally approved and final; the policy's provisional rule says review."
            ),
            (
                "Fixtures/job-status/pending.json", "Decision: wait",
                "Reason:   The job has no result yet and is not complete."
            ),
            (
                "Fixtures/job-status/no-zip-message.json", "Decision: wait",
                "Reason:   The job has no result yet and is not complete."
            ),
            (
                "Fixtures/job-results/document-verification.json", "Decision: review",
                "Reason:   Result code 0810 (listed in no table of job type 6): the policy's unknown_code rule says review."
            ),
        ])
    func decideText(_ path: String, _ decision: String, _ reason: String) throws {
        let run = try SmileIDProcess.run(["decide", path])
        #expect(run.status == 0)
        #expect(run.outputLines == [decision, reason])
    }

    @Test func decideJSONWithAPolicy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = directory.appendingPathComponent("policy.json")
        try Data(#"{"provisional": "reject", "unknown_code": "actions"}"#.utf8).write(to: policy)
        let run = try SmileIDProcess.run(
            ["decide", "-", "--json", "--policy", policy.path],
            text: ResultCodeRow.all.first { $0.code == "1213" }!.callback())
        #expect(run.status == 0)
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(object["decision"] as? String == "reject")
        #expect(
            object["reason"] as? String
                == "Biometric KYC 1213 (Human Judgement - Provisional - Liveliness Unsure) is provisionally approved and final; the policy's provisional rule says reject."
        )
    }

    @Test(
        "A bad policy: one line naming the place and what is allowed, exit 1",
        arguments: [
            (
                #"{"partial_match": {"require": {"Nmae": ["Exact Match"]}, "else": "reject"}}"#,
                "partial_match.require.Nmae is not a key of partial_match.require; allowed: Name, DOB, Gender, PhoneNumber, Address, ExpirationDate"
            ),
            (
                #"{"provisional": "approve", "provisional": "reject"}"#,
                "provisional appears more than once in the same object"
            ),
            (#"{"provisional": "#, #"is not valid JSON; expected an object such as {"provisional": "review"}"#),
            (#"{"unknown_code": "wait"}"#, "unknown_code must be one of review, reject, actions"),
        ])
    func badPolicy(_ policyText: String, _ message: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = directory.appendingPathComponent("policy.json")
        try Data(policyText.utf8).write(to: policy)
        let run = try SmileIDProcess.run(["decide", "Fixtures/job-status/pending.json", "--policy", policy.path])
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        let separator = message.hasPrefix("is not valid") ? " " : ": "
        #expect(run.errorLines == ["smileid: decide: policy '\(policy.path)'\(separator)\(message)"])
    }

    @Test func decideJSONLinesKeepsOrderAndReportsBadLines() throws {
        let row = try #require(ResultCodeRow.all.first { $0.table == "biometricKYC" && $0.code == "0810" })
        let lines = [
            row.callback(), "", "{\"ResultCode\": 5}", "[\(row.callback(id: "1")), \(row.callback(id: "2"))]",
            #"{"job_complete": false, "job_success": false, "code": "2314", "result": "No zip file received"}"#, "[]",
        ]
        let run = try SmileIDProcess.run(["decide", "-", "--jsonl"], text: lines.joined(separator: "\r\n"))
        #expect(run.status == 1)
        #expect(run.errors.isEmpty)
        let output = run.outputLines
        try #require(output.count == 5)
        #expect(output[0].hasPrefix(#"{"decision":"approve","reason":"#))
        #expect(output[1] == #"{"error":"ResultCode must be a string","line":3}"#)
        #expect(output[2] == #"{"error":"the results are of two jobs: SmileJobID 1 and 2","line":4}"#)
        #expect(
            output[3]
                == #"{"decision":"wait","reason":"The job has no result yet and is not complete.","verdict":null}"#)
        #expect(output[4] == #"{"error":"there is no job result to read","line":6}"#)
    }

    @Test(
        "decide --jsonl prints the same bytes and exit status with --jobs 1, 2 and 4 (every code, bad and blank lines, many batches)"
    )
    func decideJSONLinesSameOutputWhateverTheJobs() throws {
        var lines: [String] = []
        for _ in 0..<40 {
            for (index, row) in ResultCodeRow.all.enumerated() {
                lines.append(index % 2 == 0 ? row.callback() : "[\(row.callback()), \(row.callback())]")
                if index % 9 == 0 { lines.append("") }
                if index % 13 == 0 { lines.append(#"{"ResultCode": 5}"#) }
            }
        }
        let input = lines.joined(separator: "\n")
        let single = try SmileIDProcess.run(["decide", "-", "--jsonl", "--jobs", "1"], text: input)
        #expect(single.status == 1)
        #expect(single.outputLines.count == lines.filter { !$0.isEmpty }.count)
        for jobs in ["2", "4"] {
            let run = try SmileIDProcess.run(["decide", "-", "--jsonl", "--jobs", jobs], text: input)
            #expect(run.status == single.status)
            let isIdentical = run.outputBytes == single.outputBytes
            #expect(isIdentical, "--jobs \(jobs): the output differs from --jobs 1")
        }
        let usage = try SmileIDProcess.run(["decide", "-", "--jobs", "2"], text: "")
        #expect(usage.status == 2)
        #expect(
            usage.errorLines == [
                "smileid: option '--jobs' of 'decide' applies only with --jsonl; see 'smileid decide --help'"
            ])
    }

    @Test func resultTextOfCallbacksOutOfOrderEndsWithTheDecidingResult() throws {
        let machine = try #require(ResultCodeRow.all.first { $0.table == "biometricKYC" && $0.code == "0810" })
        let lookup = try #require(ResultCodeRow.all.first { $0.table == "biometricKYC" && $0.code == "1012" })
        let run = try SmileIDProcess.run(["result", "-"], text: "[\(machine.callback()), \(lookup.callback())]")
        #expect(run.status == 0)
        let lines = run.outputLines
        #expect(lines.first == "Job results (2, in the order they arrived)")
        #expect(lines.contains("Trail (2 results in decision order; the last decides)"))
        #expect(lines.contains("  Deciding code: 0810 Machine Judgement - PASS (Biometric KYC, Approved)"))
        #expect(lines.last == "Smile ID's outcome: Approved")
    }

    @Test func resultOfTwoJobsIsOneLineAndExit1() throws {
        let row = try #require(ResultCodeRow.all.first { $0.code == "1012" })
        let run = try SmileIDProcess.run(
            ["result", "-", "--json"], text: "[\(row.callback(id: "A-1")), \(row.callback(id: "B-2"))]")
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        #expect(
            run.errorLines == ["smileid: result: standard input: the results are of two jobs: SmileJobID A-1 and B-2"])
    }

    @Test func resultJSONWithoutAResultHasANullVerdict() throws {
        let run = try SmileIDProcess.run(["result", "Fixtures/job-status/no-zip-message.json", "--json"])
        #expect(run.status == 0)
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(object["job_type"] is NSNull && object["smile_job_id"] is NSNull && object["verdict"] is NSNull)
        #expect((object["trail"] as? [Any])?.isEmpty == true)
    }

    @Test func resultJSONOfAnUnknownCodeHasNulls() throws {
        let run = try SmileIDProcess.run(["result", "Fixtures/job-results/future-values.json", "--json"])
        #expect(run.status == 0)
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        let verdict = try #require(object["verdict"] as? [String: Any])
        #expect(
            topLevelKeys(ofObjectIn: run.output) == ["job_type", "smile_job_id", "trail", "verdict", "unrecognised"])
        #expect(verdict["known"] as? Bool == false)
        for key in ["table", "outcome", "stage", "next_step", "charged"] {
            #expect(verdict[key] is NSNull, "\(key)")
        }
        #expect((object["unrecognised"] as? [String])?.contains("job type 42") == true)
        for value in ["mobile", "vip", "retry", "test-branch", "WebAPI"] {
            #expect(!run.output.contains(value))
        }
    }
}
