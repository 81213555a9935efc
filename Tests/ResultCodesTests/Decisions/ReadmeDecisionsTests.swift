// This file holds a README example verbatim (the tests check the README shows it line for line),
// so the formatter leaves it as the README shows it.
// swift-format-ignore-file

import TestSupport
import Testing

/// Compiles and runs the README's "Deciding what to do" example, and checks that the README
/// shows exactly this code.
@Suite struct ReadmeDecisionsTests {
    @Test func theExampleRuns() throws {
        let printed = PrintedLines()
        try PrintedLines.$current.withValue(printed) { try decisionsExample() }
        #expect(
            printed.lines == [
                #"["1012", "0812", "1210"]"#,
                "Biometric KYC 1210 (Human Judgement - PASS - Settings Based on Normal/Strict/Custom) is approved and final.",
            ])
    }

    @Test func theReadmeShowsThisCodeVerbatim() throws {
        let readme = String(decoding: try Fixtures.data("../README.md"), as: UTF8.self)
        let source = String(decoding: try Fixtures.data("../Tests/ResultCodesTests/Decisions/ReadmeDecisionsTests.swift"), as: UTF8.self)
        let code = try #require(ReadmeSnippet.lines(of: source, between: "// BEGIN " + "README decisions", and: "// END " + "README decisions"))
        let shown = try #require(ReadmeSnippet.lines(of: readme, between: "<!-- BEGIN decisions -->", and: "// Run it:"))
        #expect(shown == code)
        #expect(code.first == "import Foundation")
    }
}

// BEGIN README decisions
import Foundation
import Models
import ResultCodes

/// A callback of one synthetic Biometric KYC job.
func callback(_ code: String, final: Bool? = nil) -> JobResult {
    JobResult(
        resultCode: code, resultText: "", smileJobID: "0000000104", isFinalResult: final,
        partnerParams: PartnerParams(userID: "user-104", jobID: "job-104", jobType: .biometricKYC))
}

func decisionsExample() throws {
    // The first callback: the ID is valid, but the selfie's results are still to come.
    let first = ResultTrail(callback("1012")).verdict
    precondition(first.isFinal == false && first.nextStep == .awaitResult)
    precondition(DecisionPolicy.default.decide(first).kind == .wait)

    // Every callback so far, in any order, redeliveries included.
    let trail = try ResultTrail([callback("0812"), callback("1012"), callback("1210", final: true), callback("1012")])
    print(trail.map(\.resultCode.code))          // ["1012", "0812", "1210"]: the last decides
    let verdict = trail.verdict
    precondition(verdict.resultCode == .biometricKYC(.humanJudgementPass))
    precondition(verdict.isFinal == true && verdict.isCharged == true && verdict.nextStep == .nothing)

    // The policy is data: read it from your configuration.
    let json = #"{"provisional": "review", "unknown_code": "actions"}"#
    let policy = try JSONDecoder().decode(DecisionPolicy.self, from: Data(json.utf8))
    let decision = policy.decide(verdict)
    precondition(decision.kind == .approve)
    print(decision.reason)   // Biometric KYC 1210 (Human Judgement - PASS - …) is approved and final.

    // A job-status response with a message instead of a result: nothing to decide yet.
    let status = JobStatusResponse(jobComplete: false, jobSuccess: false, code: "2314", result: .message("No zip file received"))
    let statusVerdict = try ResultTrail(status).verdict
    precondition(!statusVerdict.hasResult && policy.decide(statusVerdict).kind == .wait)
}
// END README decisions
