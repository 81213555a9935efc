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
        let code = try #require(Self.region(of: source, from: "// BEGIN " + "README quick start", to: "// END " + "README quick start"))
        let shown = try #require(Self.region(of: readme, from: "<!-- BEGIN quick start -->\n```swift", to: "```\n<!-- END quick start -->"))
        #expect(Self.dedented(shown) == Self.dedented(code))
    }

    static func region(of text: String, from start: String, to end: String) -> String? {
        guard let lower = text.range(of: start), let upper = text.range(of: end, range: lower.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[lower.upperBound..<upper.lowerBound])
    }

    static func dedented(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.count >= indent ? String($0.dropFirst(indent)) : $0 }.filter { !$0.isEmpty }
    }
}

// BEGIN README quick start
func quickStart(compareResponseBody: Data, callbackBody: Data) throws -> [String] {
    var lines: [String] = []

    // A compare_user_info response (job type 9).
    let response = try JSONDecoder().decode(CompareUserInfoResponse.self, from: compareResponseBody)
    let overall = response.resolvedResultCode            // .compareUserInfo(.partialMatch)
    lines.append("compare_user_info: \(response.resultText) → \(overall.outcome?.rawValue ?? "unknown")")
    for (key, value) in response.actions.ordered where value == .noMatch {
        lines.append("\(key): \(value)")                 // "Name: No Match", "Address: No Match"
    }

    // A job result posted to your callback URL: the code is read in its job type's table.
    let result = try JSONDecoder().decode(JobResult.self, from: callbackBody)
    let code = result.resolvedResultCode                 // .biometricKYC(.idVerificationSuccess)
    if let outcome = code.outcome, let message = code.message {
        let charged = code.incursCharge == true ? "charged" : "not charged"
        lines.append("\(result.jobType) \(code.code): \(message) → \(outcome.rawValue), \(charged)")
    }
    return lines
}
// END README quick start
