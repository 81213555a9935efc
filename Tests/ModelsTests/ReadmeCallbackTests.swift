// This file holds a README example verbatim (the tests check the README shows it line for line),
// so the formatter leaves it as the README shows it.
// swift-format-ignore-file

import Foundation
import Models
import ResultCodes
import TestSupport
import Testing

/// Compiles and runs the README's callback handler, outbox reader and transport, and checks the
/// README shows this code and the Hummingbird example's handler verbatim.
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

    /// Smile ID's job_status for the fixture's job: its result, signed at the request's time.
    @Sendable static func jobStatus(_ request: [UInt8]) async throws -> [UInt8] {
        let asked = try JSONDecoder().decode(JobStatusRequest.self, from: Data(request))
        #expect(key.verify(signature: asked.signature, timestamp: asked.timestamp) == .valid)
        #expect(asked.history)
        let result = try Fixtures.decode(JobResult.self, from: "job-results/biometric-kyc-machine-pass.json")
        let timestamp = asked.timestamp ?? ""
        let response = JobStatusResponse(
            timestamp: timestamp, signature: key.signature(timestamp: timestamp), jobComplete: true, jobSuccess: true,
            code: "2302", result: .jobResult(result), history: [result])
        return Array(try JSONEncoder().encode(response))
    }

    @Test func aSignedCallbackIsAcceptedThenADuplicate() async throws {
        let inbox = makeInbox(partnerID: "085", apiKey: "fake-api-key-0000-test-0000", post: Self.jobStatus)
        let body = try Self.signedCallback()
        let first = await handleSmileIDCallback(body: body, inbox: inbox, now: Self.now)
        #expect(first.status == 200 && first.body == #"{"outcome":"accepted"}"#)
        let again = await handleSmileIDCallback(body: body, inbox: inbox, now: Self.now)
        #expect(again.status == 200 && again.body == #"{"outcome":"duplicate"}"#)
    }

    @Test func refusedCallbacks() async throws {
        let inbox = makeInbox(partnerID: "085", apiKey: "fake-api-key-0000-test-0000", post: Self.jobStatus)
        let tampered = try Self.signedCallback(tamper: true)
        #expect(await handleSmileIDCallback(body: tampered, inbox: inbox, now: Self.now).status == 401)
        var text = String(decoding: try Self.signedCallback(), as: UTF8.self)
        text.removeLast()
        text += #", "ResultCode": "0811"}"#
        #expect(await handleSmileIDCallback(body: Array(text.utf8), inbox: inbox, now: Self.now).status == 400)
        #expect(await handleSmileIDCallback(body: [], inbox: inbox, now: Self.now).status == 400)
        // Late: recorded, to be confirmed.
        let late = try Self.signedCallback(timestamp: "2024-05-01T11:40:00Z")
        #expect(await handleSmileIDCallback(body: late, inbox: inbox, now: Self.now).body == #"{"outcome":"unconfirmed"}"#)
    }

    @Test func theDecisionIsActedOnOnce() async throws {
        let inbox = makeInbox(partnerID: "085", apiKey: "fake-api-key-0000-test-0000", post: Self.jobStatus)
        _ = await handleSmileIDCallback(body: try Self.signedCallback(), inbox: inbox, now: Self.now)
        #expect(try await actOnDecisions(inbox: inbox, after: 0) == 0)   // not confirmed yet
        let report = await inbox.tick(now: Self.now.addingTimeInterval(1))
        #expect(report.confirmed == 1 && report.emitted.map(\.kind) == [.approve])
        #expect(try await actOnDecisions(inbox: inbox, after: 0) == 1)
        _ = await inbox.tick(now: Self.now.addingTimeInterval(2))
        #expect(try await actOnDecisions(inbox: inbox, after: 1) == 1)   // nothing new
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
        // The whole app, compiled by Examples/CallbackServer (and checked there, blank lines too).
        let url = Fixtures.packageRoot.appendingPathComponent("Examples/CallbackServer/Sources/HummingbirdExample/main.swift")
        let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let code = source.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        let shown = try #require(ReadmeSnippet.lines(of: Self.readme(), between: "<!-- BEGIN hummingbird -->", and: "<!-- END hummingbird -->"))
        #expect(shown == code)
    }
}

// BEGIN README callback
import Foundation
import Models
import ResultCodes

/// job_status over your HTTP client: the inbox signs each request and checks each answer.
struct SmileIDJobStatus: JobStatusTransport {
    var post: @Sendable ([UInt8]) async throws -> [UInt8]   // POST https://api.smileidentity.com/v1/job_status
    func send(_ request: [UInt8]) async throws -> [UInt8] { try await post(request) }
}

/// One inbox for the process: every handler and the ticking task share it (and its store).
func makeInbox(partnerID: String, apiKey: String, post: @escaping @Sendable ([UInt8]) async throws -> [UInt8]) -> JobInbox {
    JobInbox(key: SignatureKey(partnerID: partnerID, apiKey: apiKey),
             store: InMemoryJobInboxStore(),   // or a database that several instances share
             transport: SmileIDJobStatus(post: post))
}

/// Answers one callback: the HTTP status and body to send. Framework-agnostic: call it with the
/// raw request body. Start `try await inbox.run()` in one task: it confirms with job_status.
func handleSmileIDCallback(body: [UInt8], inbox: JobInbox, now: Date = Date()) async -> (status: Int, body: String) {
    let outcome = await inbox.receive(body: body, now: now)
    print("Smile ID callback \(outcome)")   // the reason and path, never a personal value
    return (outcome.httpStatus, #"{"outcome":"\#(outcome.reason)"}"#)   // 200, 400, 401, 413 or 503
}

/// Acts on each change of a job's decision once, in order, from the last sequence handled
/// (keep it in your database, written with the action): returns the new last sequence.
func actOnDecisions(inbox: JobInbox, after lastHandled: Int) async throws -> Int {
    var last = lastHandled
    for entry in try await inbox.outbox(after: last) {
        switch entry.kind {
        case .approve: print("activate \(entry.job.userID)")
        case .reject: print("refuse \(entry.job.userID)")
        case .review: print("review \(entry.job.jobID): \(entry.reason)")
        case .retry, .fix, .wait: print("resubmit or fix \(entry.job.jobID): \(entry.reason)")
        @unknown default:
            print("a decision added after this code was written: \(entry.kind)")
        }
        last = entry.sequence
    }
    return last
}
// END README callback
