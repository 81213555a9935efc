import Foundation
import Models
import TestSupport
import Testing

/// `smileid verify`: exit status, the reason strings, and the API key never printed.
@Suite("smileid verify") struct VerifyCommandTests {
    static let apiKey = "fake-api-key-0000-test-verify"
    static let key = SignatureKey(partnerID: "085", apiKey: apiKey)
    static let environment = ["SMILE_API_KEY": apiKey]
    static let timestamp = "2024-05-01T12:00:00.000Z"

    static func body(timestamp: String? = timestamp, signature: String? = nil) -> String {
        var fields: [String] = [#""ResultCode": "1012""#]
        if let timestamp { fields.append(#""timestamp": "\#(timestamp)""#) }
        if let signature = signature ?? timestamp.map({ key.signature(timestamp: $0) }) {
            fields.append(#""signature": "\#(signature)""#)
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func run(_ arguments: [String], body: String, environment: [String: String] = environment) throws
        -> SmileIDProcess.Run
    {
        try SmileIDProcess.run(["verify", "-"] + arguments, input: Array(body.utf8), environment: environment)
    }

    @Test(
        "each reason, as text and JSON, with its exit status",
        arguments: [
            (body(), [String](), "valid", Int32(0)),
            (body(signature: ""), [], "missing_signature", 1),
            (body(timestamp: nil, signature: key.signature(timestamp: timestamp)), [], "missing_timestamp", 1),
            (body(signature: "bm90LWEtc2lnbmF0dXJl"), [], "malformed_signature", 1),
            (body(signature: "c2Vj|" + String(repeating: "ab", count: 32)), [], "legacy_sec_key", 1),
            (body(signature: key.signature(timestamp: "2024-05-01T12:00:00.001Z")), [], "mismatch", 1),
            (body(), ["--max-age", "300", "--now", "2024-05-01T12:05:00Z"], "valid", 0),
            (body(), ["--max-age", "300", "--now", "2024-05-01T12:05:01Z"], "stale", 1),
            (body(), ["--max-age", "300", "--now", "2024-05-01 13:54:59 +0200"], "future", 1),
            (body(timestamp: "yesterday"), ["--max-age", "300"], "unreadable_timestamp", 1),
            (body(timestamp: "yesterday"), [], "valid", 0),
            (
                #"{"timestamp": 1714564800000, "signature": "\#(key.signature(timestamp: "1714564800000"))"}"#,
                ["--max-age", "60", "--now", "1714564830"], "valid", 0
            ),
        ])
    func reasons(_ body: String, _ options: [String], _ reason: String, _ status: Int32) throws {
        let json = try Self.run(["--partner-id", "085", "--json"] + options, body: body)
        #expect(json.status == status)
        #expect(json.outputLines == [#"{"valid": \#(status == 0), "reason": "\#(reason)"}"#])
        #expect(json.errors.isEmpty)
        let text = try Self.run(["--partner-id", "085"] + options, body: body)
        #expect(text.status == status)
        #expect(text.outputLines == [status == 0 ? "valid" : "not valid: \(reason)"])
        for run in [json, text] {
            #expect(!run.output.contains(Self.apiKey) && !run.errors.contains(Self.apiKey))
        }
    }

    @Test func anotherPartnerIDIsAMismatch() throws {
        let run = try Self.run(["--partner-id", "086", "--json"], body: Self.body())
        #expect(run.outputLines == [#"{"valid": false, "reason": "mismatch"}"#])
    }

    @Test("without SMILE_API_KEY: one line, exit 2", arguments: [[String: String](), ["SMILE_API_KEY": ""]])
    func noAPIKey(_ environment: [String: String]) throws {
        let run = try Self.run(["--partner-id", "085"], body: Self.body(), environment: environment)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(
            run.errorLines == [
                "smileid: SMILE_API_KEY is not set; verify reads the API key from that environment variable only; see 'smileid verify --help'"
            ])
    }

    @Test(
        "command-line mistakes: exit 2, the key never printed",
        arguments: [
            ([String](), "smileid: 'verify' needs --partner-id ID; see 'smileid verify --help'"),
            (
                ["--partner-id", "085", "--max-age", "5m"],
                "smileid: invalid value '5m' for '--max-age' of 'verify': expected a whole number of seconds such as 300; see 'smileid verify --help'"
            ),
            (
                ["--partner-id", "085", "--now", "noon"],
                "smileid: invalid value 'noon' for '--now' of 'verify': expected ISO 8601 with a zone, or seconds or milliseconds since 1970; see 'smileid verify --help'"
            ),
            (
                ["--partner-id", "085", "--api-key", "x"],
                "smileid: unknown option '--api-key' for 'verify'; see 'smileid verify --help'"
            ),
        ])
    func usage(_ arguments: [String], _ line: String) throws {
        let run = try Self.run(arguments, body: Self.body())
        #expect(run.status == 2)
        #expect(run.errorLines == [line])
        #expect(!run.errors.contains(Self.apiKey))
    }

    @Test(
        "inputs that are not a callback body: one line, exit 1",
        arguments: [
            ("", "smileid: verify: standard input is empty; expected a callback body (a JSON object)"),
            ("junk", "smileid: verify: standard input: the input is not valid JSON (or not UTF-8)"),
            ("[1]", "smileid: verify: standard input: the input must be an object"),
            (#"{"timestamp": true}"#, "smileid: verify: standard input: timestamp must be a string or a whole number"),
            (
                #"{"signature": "a", "signature": "b"}"#,
                "smileid: verify: standard input: signature appears more than once in the same object; Smile ID sends each key once"
            ),
        ])
    func badInput(_ body: String, _ line: String) throws {
        let run = try Self.run(["--partner-id", "085"], body: body)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errorLines == [line])
    }

    @Test func helpListsTheReasons() throws {
        let run = try SmileIDProcess.run(["verify", "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("legacy_sec_key, mismatch, stale, future, unreadable_timestamp"))
        #expect(try SmileIDProcess.run(["--help"]).output.contains("smileid verify <file | -> --partner-id ID"))
    }
}
