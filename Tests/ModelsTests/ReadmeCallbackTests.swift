import Foundation
import Models
import ResultCodes
import TestSupport
import Testing

/// Compiles and runs the README's callback handler, and checks the README shows this code.
@Suite struct ReadmeCallbackTests {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")

    static func signedCallback(tamper: Bool = false) throws -> Data {
        var result = try Fixtures.decode(JobResult.self, from: "job-results/biometric-kyc-machine-pass.json")
        result.timestamp = "2024-05-01T12:00:00.000Z"
        result.signature = key.signature(timestamp: result.timestamp ?? "")
        if tamper { result.timestamp = "2024-05-01T12:00:01.000Z" }
        return try JSONEncoder().encode(result)
    }

    @Test func aSignedCallbackIsAccepted() throws {
        let decision = try handleSmileIDCallback(body: Self.signedCallback(), key: Self.key)
        #expect(decision == .accepted(userID: "user-bkyc-0002", outcome: .approved))
    }

    @Test func aTamperedCallbackIsRefusedBeforeItIsRead() throws {
        let decision = try handleSmileIDCallback(body: Self.signedCallback(tamper: true), key: Self.key)
        #expect(decision == .refused(.mismatch))
    }

    @Test func aBodyWithARepeatedKeyIsRefused() throws {
        let body = try Self.signedCallback()
        var text = String(decoding: body, as: UTF8.self)
        text.removeLast()  // the closing brace
        text += #", "ResultCode": "0811"}"#
        let decision = try handleSmileIDCallback(body: Data(text.utf8), key: Self.key)
        #expect(decision == .ambiguous(duplicateKey: JSONPath([.key("ResultCode")])))
    }

    @Test func theReadmeShowsThisCodeVerbatim() throws {
        let readme = String(decoding: try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md")), as: UTF8.self)
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: #filePath)), as: UTF8.self)
        let code = try #require(ReadmeSnippet.lines(of: source, between: "// BEGIN " + "README callback", and: "// END " + "README callback"))
        let shown = try #require(ReadmeSnippet.lines(of: readme, between: "<!-- BEGIN callback -->", and: "<!-- END callback -->"))
        #expect(shown == code)
    }
}

// BEGIN README callback
import Foundation
import Models
import ResultCodes

enum CallbackDecision: Equatable {
    case accepted(userID: String, outcome: Outcome?)
    case refused(SignatureVerification)
    case ambiguous(duplicateKey: JSONPath)
}

/// Verifies a callback body's signature, then reads it. Framework-agnostic: call it from any
/// HTTP server with the raw request body.
func handleSmileIDCallback(body: Data, key: SignatureKey) throws -> CallbackDecision {
    if let path = DuplicateKeyScanner.firstDuplicateKey(in: body) {
        return .ambiguous(duplicateKey: path)         // two parsers could read it two ways
    }
    let result = try JSONDecoder().decode(JobResult.self, from: body)
    let verification = key.verify(result)             // signature over timestamp + partner ID
    guard verification.isValid else {
        return .refused(verification)                 // log `verification`: it holds no secret
    }
    return .accepted(userID: result.partnerParams.userID, outcome: result.resolvedResultCode.outcome)
}
// END README callback
