import CallbackServer
import Foundation
import Logging
import Testing

/// Every route of `inbox.md` section 6 over real sockets on 127.0.0.1: each answer has its
/// status, none is a 5xx for anything a client sent, and no personal value reaches the logs.
@Suite struct RoutesTests {
    static func post(_ port: Int, _ path: String, _ text: String) async throws -> HTTPTestClient.Response {
        try await HTTPTestClient.post(port: port, path: path, body: Array(text.utf8))
    }

    @Test func everyCallbackGetsItsStatusAndNothingPersonalIsLogged() async throws {
        let logs = LogRecorder()
        let statuses = try await withServer(logs: logs) { port -> [String: Int] in
            let signed = Synthetic.callback()
            var duplicated = signed
            duplicated.removeLast()
            duplicated += #", "ResultCode": "0811"}"#
            let cases: [(String, [UInt8])] = [
                ("signed", Array(signed.utf8)),
                ("replayed", Array(signed.utf8)),
                ("unsigned", Array(Synthetic.callback(timestamp: nil).utf8)),
                ("tampered signature", Array(Synthetic.callback(signedTimestamp: "2024-05-01T11:59:30.001Z").utf8)),
                (
                    "legacy sec_key",
                    Array(Synthetic.callback(signature: "c2Vj|" + String(repeating: "0f", count: 32)).utf8)
                ),
                ("stale", Array(Synthetic.callback(timestamp: "2024-05-01T11:54:00Z").utf8)),
                ("future", Array(Synthetic.callback(timestamp: "2024-05-01T12:06:00Z").utf8)),
                ("unreadable timestamp", Array(Synthetic.callback(timestamp: "yesterday").utf8)),
                ("duplicated key", Array(duplicated.utf8)),
                ("empty", []),
                ("junk", Array("this is not JSON \u{0}\u{1}".utf8)),
                ("array", Array("[1, 2, 3]".utf8)),
                (
                    "deeply nested",
                    Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8)
                ),
                (
                    "deeply nested objects",
                    Array(
                        (String(repeating: #"{"a":"#, count: 2_000) + "1" + String(repeating: "}", count: 2_000)).utf8)
                ),
                // Just over the limit: a far larger body is refused from its Content-Length.
                ("oversized", Array(repeating: UInt8(ascii: " "), count: 2_097_152 + 1)),
                ("invalid UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]),
                (
                    "signed, missing ResultCode",
                    Array(
                        Synthetic.callback(timestamp: "2024-05-01T11:59:31Z")
                            .replacingOccurrences(of: #""ResultCode": "1012", "#, with: "").utf8)
                ),
                (
                    "1.5 MB signed",
                    Array(
                        Synthetic.callback(timestamp: "2024-05-01T11:59:32Z", jobID: "job-large")
                            .replacingOccurrences(
                                of: #""Source": "WebAPI""#,
                                with: #""Source": "WebAPI", "Padding": ""# + String(repeating: "x", count: 1_500_000)
                                    + #"""#
                            ).utf8)
                ),
            ]
            var statuses: [String: Int] = [:]
            for (name, body) in cases {
                // -1: no answer at all (a failure the expectation below names).
                statuses[name] =
                    (try? await HTTPTestClient.post(port: port, path: "/smile-id/callback", body: body).status) ?? -1
            }
            return statuses
        }
        #expect(
            statuses == [
                "signed": 200, "replayed": 200, "unsigned": 401, "tampered signature": 401, "legacy sec_key": 401,
                "stale": 200, "future": 200, "unreadable timestamp": 200, "duplicated key": 400, "empty": 400,
                "junk": 400, "array": 400, "deeply nested": 400, "deeply nested objects": 400, "oversized": 413,
                "invalid UTF-8": 400, "signed, missing ResultCode": 400, "1.5 MB signed": 200,
            ])
        #expect(!statuses.values.contains { $0 >= 500 })
        let logged = logs.all.joined(separator: "\n")
        #expect(logged.contains("accepted: recorded as trusted"))
        #expect(logged.contains("duplicate: this body was already recorded"))
        #expect(logged.contains("unconfirmed (stale)"))
        #expect(logged.contains("listening on 127.0.0.1:"))
        for value in Synthetic.secrets {
            #expect(!logged.contains(value), "logged a personal value or a secret")
        }
    }

    @Test func theAnswerNamesTheOutcome() async throws {
        let answers = try await withServer { port in
            [
                try await Self.post(port, "/smile-id/callback", Synthetic.callback()),
                try await Self.post(port, "/smile-id/callback", Synthetic.callback()),
                try await Self.post(port, "/smile-id/callback", "{}"),
                try await Self.post(port, "/smile-id/callback", Synthetic.callback(timestamp: "2024-05-01T11:00:00Z")),
            ]
        }
        #expect(
            answers.map(\.body) == [
                #"{"outcome":"accepted"}"#, #"{"outcome":"duplicate"}"#, #"{"outcome":"missing_signature"}"#,
                #"{"outcome":"unconfirmed"}"#,
            ])
    }

    @Test func aCallbackIsConfirmedDecidedAndEmittedOnce() async throws {
        let transport = ScriptedJobStatus()
        try await withServer(transport: transport) { port in
            #expect(try await Self.post(port, "/smile-id/callback", Synthetic.callback()).status == 200)
            let decided = try await eventually {
                try await HTTPTestClient.get(port: port, path: "/jobs/user-example-0042/job-example-0042")
                    .json["decision"] as? String == "approve"
            }
            #expect(decided)
            let job = try await HTTPTestClient.get(port: port, path: "/jobs/user-example-0042/job-example-0042")
            #expect(job.status == 200)
            #expect(job.json["user_id"] as? String == "user-example-0042")
            #expect(job.json["job_type"] as? Int == 5)
            #expect(job.json["final"] as? Bool == true)
            #expect(job.json["confirmed"] as? Bool == true)
            #expect(job.json["pending_confirmation"] as? Bool == false)
            #expect(job.json["codes"] as? [String] == ["1012"])
            #expect(job.json["reason"] is String)
            // A redelivery and an unconfirmed copy emit nothing more.
            _ = try await Self.post(port, "/smile-id/callback", Synthetic.callback())
            _ = try await Self.post(port, "/smile-id/callback", Synthetic.callback(timestamp: "2024-05-01T11:00:00Z"))
            try await Task.sleep(for: .seconds(2.5))
            let decisions = try await HTTPTestClient.get(port: port, path: "/decisions")
            #expect(decisions.status == 200)
            let entries = decisions.json["decisions"] as? [[String: Any]] ?? []
            #expect(entries.count == 1)
            #expect(entries.first?["seq"] as? Int == 1)
            #expect(entries.first?["decision"] as? String == "approve")
            #expect(entries.first?["job_id"] as? String == "job-example-0042")
            #expect(decisions.json["next"] as? Int == 1)
            let after = try await HTTPTestClient.get(port: port, path: "/decisions?after=1&limit=5")
            #expect((after.json["decisions"] as? [Any])?.isEmpty == true && after.json["next"] as? Int == 1)
        }
    }

    @Test func registeringJobs() async throws {
        let transport = ScriptedJobStatus()
        transport.isFailing = true
        let answers = try await withServer(transport: transport) { port in
            [
                try await Self.post(port, "/jobs", #"{"user_id": "user-r1", "job_id": "job-r1", "job_type": 1}"#),
                try await Self.post(port, "/jobs", #"{"user_id": "user-r1", "job_id": "job-r1", "job_type": 1}"#),
                try await Self.post(port, "/jobs", #"{"user_id": "user-r2", "job_id": "job-r2", "job_type": "5"}"#),
                try await Self.post(port, "/jobs", #"{"user_id": "user-r3", "job_id": "job-r3"}"#),
                try await Self.post(port, "/jobs", #"{"user_id": "", "job_id": "job-r3", "job_type": 1}"#),
                try await Self.post(port, "/jobs", #"{"user_id": 7, "job_id": "job-r3", "job_type": 1}"#),
                try await Self.post(port, "/jobs", #"{"user_id": "u", "job_id": "j", "job_type": true}"#),
                try await Self.post(port, "/jobs", "junk"),
                try await Self.post(port, "/jobs", ""),
                try await Self.post(port, "/jobs", "[]"),
                try await HTTPTestClient.post(
                    port: port, path: "/jobs", body: Array(repeating: 0x20, count: 64 * 1024 + 1)),
                try await HTTPTestClient.get(port: port, path: "/jobs/user-r1/job-r1"),
                try await HTTPTestClient.get(port: port, path: "/jobs/user-never/job-never"),
                try await HTTPTestClient.get(port: port, path: "/jobs/user-r1"),
            ]
        }
        #expect(answers.map(\.status) == [201, 200, 201, 400, 400, 400, 400, 400, 400, 400, 413, 200, 404, 404])
        #expect(answers[3].json["error"] as? String == "job_type must be a job type number, such as 1 or 5")
        #expect(answers[4].json["error"] as? String == "user_id must be a string of 1 to 256 bytes")
        let registered = answers[11].json
        #expect(registered["decision"] is NSNull && registered["reason"] is NSNull)
        #expect(registered["final"] as? Bool == false && registered["confirmed"] as? Bool == false)
        #expect(registered["pending_confirmation"] as? Bool == true)
        #expect(registered["codes"] as? [String] == [] && registered["job_type"] as? Int == 1)
    }

    @Test func decisionsQueryParameters() async throws {
        let answers = try await withServer { port in
            [
                try await HTTPTestClient.get(port: port, path: "/decisions"),
                try await HTTPTestClient.get(port: port, path: "/decisions?after=-5&limit=1000000"),
                try await HTTPTestClient.get(port: port, path: "/decisions?after=x"),
                try await HTTPTestClient.get(port: port, path: "/decisions?limit=0"),
                try await HTTPTestClient.get(port: port, path: "/decisions?limit=ten"),
            ]
        }
        #expect(answers.map(\.status) == [200, 200, 400, 400, 400])
        #expect(answers[0].body == #"{"decisions":[],"next":0}"#)
    }

    @Test func healthAndAStoreThatIsDown() async throws {
        let up = try await withServer { port in try await HTTPTestClient.get(port: port, path: "/health") }
        #expect(up.status == 200 && up.body == #"{"status":"ok"}"#)
        let logs = LogRecorder()
        let downStore: @Sendable (Logger) async throws -> any ServerStore = { _ in DownStore() }
        let down = try await withServer(logs: logs, openStore: downStore) { port in
            [
                try await HTTPTestClient.get(port: port, path: "/health"),
                try await Self.post(port, "/smile-id/callback", Synthetic.callback()),
                try await Self.post(port, "/jobs", #"{"user_id": "u", "job_id": "j", "job_type": 1}"#),
                try await HTTPTestClient.get(port: port, path: "/jobs/u/j"),
                try await HTTPTestClient.get(port: port, path: "/decisions"),
                // What a client sent is still judged first: no 5xx for it.
                try await Self.post(port, "/smile-id/callback", "junk"),
            ]
        }
        #expect(down.map(\.status) == [503, 503, 503, 503, 503, 400])
        #expect(down[1].body == #"{"outcome":"store_unavailable"}"#)
    }

    @Test func otherRoutesAndMethodsAreNever5xx() async throws {
        let statuses = try await withServer { port in
            [
                try await HTTPTestClient.get(port: port, path: "/"),
                try await HTTPTestClient.get(port: port, path: "/smile-id/callback"),
                try await HTTPTestClient.perform(method: "PUT", port: port, path: "/jobs", body: []),
                try await HTTPTestClient.perform(method: "DELETE", port: port, path: "/decisions", body: nil),
                try await HTTPTestClient.get(port: port, path: "/jobs/%ZZ/%00"),
                try await HTTPTestClient.get(port: port, path: "/jobs/" + String(repeating: "a", count: 4_000) + "/b"),
            ].map(\.status)
        }
        #expect(statuses.allSatisfy { (400..<500).contains($0) }, "\(statuses)")
    }
}
