// This file holds a README example verbatim (the tests check the README shows it line for line),
// so the formatter leaves it as the README shows it.
// swift-format-ignore-file

import Foundation
import Models
import ResultCodes
import TestSupport
import Testing

/// Compiles and runs the README's quick start, and checks that the README shows exactly this code.
@Suite struct ReadmeQuickStartTests {
    @Test func quickStartRunsOnTheSeedSample() throws {
        let body = try Fixtures.data("seed-003/sample-response.json")
        let callback = try Fixtures.data("job-results/biometric-kyc-strings.json")
        let summary = try quickStart(compareResponseBody: body, callbackBody: callback)
        #expect(summary == [
            "compare_user_info: Partial Match → provisionallyApproved",
            "Name: No Match",
            "Address: No Match",
            "Biometric KYC (1) 1012: ID Verification Success → provisionallyApproved, charged",
        ])
    }

    @Test func theReadmeShowsThisCodeVerbatim() throws {
        let readme = String(decoding: try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md")), as: UTF8.self)
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: #filePath)), as: UTF8.self)
        let code = try #require(ReadmeSnippet.lines(of: source, between: "// BEGIN " + "README quick start", and: "// END " + "README quick start"))
        let shown = try #require(ReadmeSnippet.lines(of: readme, between: "<!-- BEGIN quick start -->", and: "// Run it with two bodies"))
        #expect(shown == code)
    }
}

// BEGIN README quick start
import Foundation
import Models
import ResultCodes

func quickStart(compareResponseBody: Data, callbackBody: Data) throws -> [String] {
    var lines: [String] = []

    // A compare_user_info response (job type 9).
    let response = try JSONDecoder().decode(CompareUserInfoResponse.self, from: compareResponseBody)
    let overall = response.resolvedResultCode            // .compareUserInfo(.partialMatch)
    lines.append("compare_user_info: \(response.resultText) → \(overall.row?.outcome.rawValue ?? "unknown")")
    for (key, value) in response.actions.ordered where value == .noMatch {
        lines.append("\(key): \(value)")                 // "Name: No Match", "Address: No Match"
    }

    // A job result posted to your callback URL: the code is read in its job type's table.
    let result = try JSONDecoder().decode(JobResult.self, from: callbackBody)
    let code = result.resolvedResultCode                 // .biometricKYC(.idVerificationSuccess)
    if let row = code.row {
        let charged = row.outcome.incursCharge ? "charged" : "not charged"
        lines.append("\(result.jobType) \(code.code): \(row.message) → \(row.outcome.rawValue), \(charged)")
    }
    return lines
}
// END README quick start
