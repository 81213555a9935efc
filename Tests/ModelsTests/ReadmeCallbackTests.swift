// This file holds a README example verbatim (the tests check the README shows it line for line),
// so the formatter leaves it as the README shows it.
// swift-format-ignore-file

import Foundation
import Models
import ResultCodes
import TestSupport
import Testing

/// Compiles and runs the README's callback handler, and checks the README shows this code and
/// the Hummingbird example's handler verbatim.
@Suite struct ReadmeCallbackTests {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")
    static let now = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    static func signedCallback(tamper: Bool = false, timestamp: String = "2024-05-01T11:59:00.000Z") throws -> [UInt8] {
        var result = try Fixtures.decode(JobResult.self, from: "job-results/biometric-kyc-machine-pass.json")
        result.timestamp = timestamp
        result.signature = key.signature(timestamp: timestamp)
        if tamper { result.timestamp = "2024-05-01T11:59:00.001Z" }
        return Array(try JSONEncoder().encode(result))
    }

    @Test func aSignedCallbackIsAcceptedOnceThenReplayed() async throws {
        let intake = CallbackIntake(key: Self.key)
        let body = try Self.signedCallback()
        #expect(await handleSmileIDCallback(body: body, intake: intake, now: Self.now) == 200)
        #expect(await handleSmileIDCallback(body: body, intake: intake, now: Self.now) == 409)
    }

    @Test func refusedCallbacks() async throws {
        let intake = CallbackIntake(key: Self.key)
        let tampered = try Self.signedCallback(tamper: true)
        let stale = try Self.signedCallback(timestamp: "2024-05-01T11:50:00Z")
        #expect(await handleSmileIDCallback(body: tampered, intake: intake, now: Self.now) == 401)
        #expect(await handleSmileIDCallback(body: stale, intake: intake, now: Self.now) == 401)
        var text = String(decoding: try Self.signedCallback(), as: UTF8.self)
        text.removeLast()
        text += #", "ResultCode": "0811"}"#
        #expect(await handleSmileIDCallback(body: Array(text.utf8), intake: intake, now: Self.now) == 400)
        #expect(await handleSmileIDCallback(body: [], intake: intake, now: Self.now) == 400)
    }

    @Test func theConfirmationRequestIsSigned() throws {
        let result = try Fixtures.decode(JobResult.self, from: "job-results/biometric-kyc-machine-pass.json")
        let body = try confirmationRequest(for: result, key: Self.key, now: Self.now)
        let request = try JSONDecoder().decode(JobStatusRequest.self, from: body)
        #expect(request.jobID == result.partnerParams.jobID)
        #expect(request.timestamp == "2024-05-01T12:00:00Z")
        #expect(Self.key.verify(signature: request.signature, timestamp: request.timestamp) == .valid)
    }

    static func readme() throws -> String {
        String(decoding: try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md")), as: UTF8.self)
    }

    @Test func theReadmeShowsThisCodeVerbatim() throws {
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: #filePath)), as: UTF8.self)
        let code = try #require(ReadmeSnippet.lines(of: source, between: "// BEGIN " + "README callback", and: "// END " + "README callback"))
        let shown = try #require(ReadmeSnippet.lines(of: Self.readme(), between: "<!-- BEGIN callback -->", and: "<!-- END callback -->"))
        #expect(shown == code)
    }

    @Test func theReadmeShowsTheHummingbirdExampleVerbatim() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Examples/HummingbirdCallback/Sources/SmileIDCallbackServer/CallbackServer.swift")
        let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let code = try #require(ReadmeSnippet.lines(of: source, between: "// BEGIN " + "README hummingbird", and: "// END " + "README hummingbird"))
        let shown = try #require(ReadmeSnippet.lines(of: Self.readme(), between: "<!-- BEGIN hummingbird -->", and: "<!-- END hummingbird -->"))
        #expect(shown == code)
    }
}

// BEGIN README callback
import Foundation
import Models
import ResultCodes

/// Answers one callback: the HTTP status to send. Framework-agnostic: call it with the raw
/// request body and one `CallbackIntake` shared by every request (its replay guard must see
/// them all).
func handleSmileIDCallback(body: [UInt8], intake: CallbackIntake, now: Date = Date()) async -> Int {
    let outcome = await intake.evaluate(body: body, now: now)
    guard case .accepted(let payload) = outcome, let result = payload.jobResult else {
        print("Smile ID callback \(outcome)")   // the reason and path, never a personal value
        return outcome.httpStatus               // 400, 401, 409 or 413 (an empty job status: 200)
    }
    let outcomeOfCode = result.resolvedResultCode.row?.outcome   // .approved, .rejected, …
    print("Smile ID result \(result.resultCode) for job \(result.partnerParams.jobID): \(outcomeOfCode?.rawValue ?? "unknown")")
    return 200
}

/// The signature covers only timestamp + partner ID, not the body: before acting on a result
/// that matters, ask Smile ID for it over TLS and use that answer.
func confirmationRequest(for result: JobResult, key: SignatureKey, now: Date = Date()) throws -> Data {
    var request = JobStatusRequest(userID: result.partnerParams.userID, jobID: result.partnerParams.jobID)
    key.sign(&request, timestamp: now.formatted(.iso8601))
    return try JSONEncoder().encode(request)   // POST to https://api.smileidentity.com/v1/job_status
}
// END README callback
