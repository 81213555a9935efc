import Foundation
import Hummingbird
import Models
import ResultCodes
import SmileIDCallbackServer
import Testing

/// A `job_status` transport that never answers: these tests exercise the intake only.
struct NoJobStatus: JobStatusTransport {
    func send(_ request: [UInt8]) async throws -> [UInt8] { throw CancellationError() }
}

/// Starts the server on 127.0.0.1 (a free port) and sends it real HTTP requests: every answer
/// has the inbox's status, none is a 500, and no personal value reaches the logs.
@Suite struct CallbackServerTests {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-example-test")
    static let now = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z
    static let fresh = "2024-05-01T11:59:30.000Z"
    static let bodyLimit = 16 * 1024

    /// Personal values of the synthetic callback: none may be logged.
    static let personal = ["Adaeze Okafor-Test", "1990-03-04", "00000000042", "+234 000 000 0042", "14 Test Close, Testville"]

    static func callback(timestamp: String? = fresh, signedTimestamp: String? = nil, signature: String? = nil, resultCode: String = "1012") -> String {
        var fields = [
            #""ResultCode": "\#(resultCode)""#, #""ResultText": "ID Validated""#, #""SmileJobID": "0000000042""#,
            #""PartnerParams": {"user_id": "user-example-0042", "job_id": "job-example-0042", "job_type": 5}"#,
            #""IsFinalResult": "true""#, #""IsMachineResult": "true""#, #""Source": "WebAPI""#,
            #""FullName": "\#(personal[0])""#, #""DOB": "\#(personal[1])""#, #""IDNumber": "\#(personal[2])""#,
            #""PhoneNumber": "\#(personal[3])""#, #""Address": "\#(personal[4])""#,
        ]
        if let timestamp { fields.append(#""timestamp": "\#(timestamp)""#) }
        if let signature = signature ?? timestamp.map({ key.signature(timestamp: signedTimestamp ?? $0) }) {
            fields.append(#""signature": "\#(signature)""#)
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Runs `body` with the port of a server started for it, then stops the server.
    static func withServer<T: Sendable>(
        logs: LogRecorder, _ body: @escaping @Sendable (Int) async throws -> T
    ) async throws -> T {
        let inbox = JobInbox(
            key: key, store: InMemoryJobInboxStore(), transport: NoJobStatus(),
            configuration: JobInbox.Configuration(maximumBodySize: bodyLimit))
        let configuration = CallbackServerConfiguration(inbox: inbox, host: "127.0.0.1", port: 0, now: { now })
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = buildApplication(configuration, logger: logs.logger) { port in continuation.yield(port) }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await app.runService(gracefulShutdownSignals: [])
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw HTTPTestClient.Failure(description: "the server did not start")
            }
            let value = try await body(port)
            group.cancelAll()
            return value
        }
    }

    static func post(_ port: Int, _ path: String, _ text: String) async throws -> HTTPTestClient.Response {
        try await HTTPTestClient.post(port: port, path: path, body: Array(text.utf8))
    }

    @Test func everyCallbackGetsItsStatusAndNothingPersonalIsLogged() async throws {
        let logs = LogRecorder()
        let statuses = try await Self.withServer(logs: logs) { port -> [String: Int] in
            let signed = Self.callback()
            var duplicated = signed
            duplicated.removeLast()
            duplicated += #", "ResultCode": "0811"}"#
            let cases: [(String, [UInt8])] = [
                ("signed", Array(signed.utf8)),
                ("replayed", Array(signed.utf8)),
                ("unsigned", Array(Self.callback(timestamp: nil).utf8)),
                ("tampered signature", Array(Self.callback(signedTimestamp: "2024-05-01T11:59:30.001Z").utf8)),
                ("legacy sec_key", Array(Self.callback(signature: "c2Vj|" + String(repeating: "0f", count: 32)).utf8)),
                ("stale", Array(Self.callback(timestamp: "2024-05-01T11:54:00Z").utf8)),
                ("future", Array(Self.callback(timestamp: "2024-05-01T12:06:00Z").utf8)),
                ("unreadable timestamp", Array(Self.callback(timestamp: "yesterday").utf8)),
                ("duplicated key", Array(duplicated.utf8)),
                ("empty", []),
                ("junk", Array("this is not JSON \u{0}\u{1}".utf8)),
                ("array", Array("[1, 2, 3]".utf8)),
                ("deeply nested", Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8)),
                ("deeply nested objects", Array((String(repeating: #"{"a":"#, count: 2_000) + "1" + String(repeating: "}", count: 2_000)).utf8)),
                // Just over the limit: a body far larger would be cut off by the server, and the
                // kernel may then reset the connection before this client reads the answer.
                ("oversized", Array(repeating: UInt8(ascii: " "), count: Self.bodyLimit + 1)),
                ("invalid UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]),
                ("signed, missing ResultCode", Array(Self.callback(timestamp: "2024-05-01T11:59:31Z")
                    .replacingOccurrences(of: #""ResultCode": "1012", "#, with: "").utf8)),
            ]
            var statuses: [String: Int] = [:]
            for (name, body) in cases {
                // -1: no answer at all (a failure the expectation below names).
                statuses[name] = (try? await HTTPTestClient.post(port: port, path: "/smile-id/callback", body: body).status) ?? -1
            }
            return statuses
        }
        #expect(statuses == [
            "signed": 200, "replayed": 200, "unsigned": 401, "tampered signature": 401, "legacy sec_key": 401,
            "stale": 200, "future": 200, "unreadable timestamp": 200, "duplicated key": 400, "empty": 400,
            "junk": 400, "array": 400, "deeply nested": 400, "deeply nested objects": 400, "oversized": 413,
            "invalid UTF-8": 400, "signed, missing ResultCode": 400,
        ])
        #expect(!statuses.values.contains { $0 >= 500 })
        let logged = logs.all.joined(separator: "\n")
        #expect(logged.contains("accepted: recorded as trusted"))
        #expect(logged.contains("duplicate: this body was already recorded"))
        #expect(logged.contains("unconfirmed (stale)"))
        for value in Self.personal + [Self.key.signature(timestamp: Self.fresh), "fake-api-key-0000-example-test"] {
            #expect(!logged.contains(value), "logged a personal value or a secret")
        }
    }

    @Test func theAnswerNamesTheOutcome() async throws {
        let logs = LogRecorder()
        let answers = try await Self.withServer(logs: logs) { port in
            [try await Self.post(port, "/smile-id/callback", Self.callback()), try await Self.post(port, "/smile-id/callback", "{}")]
        }
        #expect(answers.map(\.body) == [#"{"outcome":"accepted"}"#, #"{"outcome":"missing_signature"}"#])
    }

    @Test func theCompareEndpoint() async throws {
        let logs = LogRecorder()
        let answers = try await Self.withServer(logs: logs) { port in
            [
                try await Self.post(port, "/compare", #"{"country": "NG", "id_authority": {"first_name": "Adaeze", "dob": "1990-03-04"}, "document": {"first_name": "ADAEZE", "dob": "04/03/1990"}}"#),
                try await Self.post(port, "/compare", #"{"id_authority": {"firstName": "Adaeze"}, "document": {"first_name": "Adaeze"}}"#),
                try await Self.post(port, "/compare", "junk"),
                try await Self.post(port, "/compare", ""),
                try await HTTPTestClient.post(port: port, path: "/compare", body: Array(repeating: UInt8(ascii: "["), count: 64 * 1024 + 1)),
                try await Self.post(port, "/compare", #"{"id_authority": {"dob": "1990-03-04", "dob": "1991-01-01"}, "document": {"dob": "1990-03-04"}}"#),
                try await Self.post(port, "/compare", #"{"id_authority": {"dob": 19900304}, "document": {}}"#),
                try await Self.post(port, "/compare", #"{"id_authority": {"dob": "1990-03-04"}, "document": {"gender": "F"}}"#),
            ]
        }
        #expect(answers.map(\.status) == [200, 400, 400, 400, 413, 400, 400, 400])
        #expect(answers[0].body.contains(#""ResultCode":"1020""#))
        #expect(answers[1].body.contains("id_authority.firstName is not a key of UserInfo"))
        #expect(answers[2].body.contains("the input is not valid JSON"))
        #expect(answers[3].body.contains("the input is empty"))
        #expect(answers[5].body.contains("id_authority.dob appears more than once in the same object"))
        #expect(answers[6].body.contains("id_authority.dob must be a string"))
        #expect(answers[7].body.contains("nothing to compare"))
        let logged = logs.all.joined(separator: "\n")
        #expect(!logged.contains("Adaeze") && !logged.contains("1990"))
    }
}
