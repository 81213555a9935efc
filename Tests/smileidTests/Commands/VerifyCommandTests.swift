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
        let ageChecked = options.contains("--max-age")
        #expect(
            json.outputLines == [
                #"{"valid": \#(status == 0), "reason": "\#(reason)", "covers": ["timestamp", "partner_id"], "#
                    + #""age_checked": \#(ageChecked)}"#
            ])
        #expect(json.errors.isEmpty)
        let text = try Self.run(["--partner-id", "085"] + options, body: body)
        #expect(text.status == status)
        #expect(text.outputLines == (status == 0 ? Self.validLines(options) : ["not valid: \(reason)"]))
        for run in [json, text] {
            #expect(!run.output.contains(Self.apiKey) && !run.errors.contains(Self.apiKey))
        }
    }

    /// What `verify` prints for a valid signature with `options`: what it covers, the age, and
    /// the body it does not cover.
    static func validLines(_ options: [String], partnerID: String = "085") -> [String] {
        let age: String
        if let index = options.firstIndex(of: "--max-age") {
            let against = options.contains("--now") ? "--now" : "the clock"
            age = "fresh: the timestamp is within \(options[index + 1]) seconds of \(against)"
        } else {
            age = "not checked: the timestamp's age (--max-age SECONDS checks it)"
        }
        return [
            "valid: the signature is the API key's over the timestamp and partner ID \(partnerID)", age,
            "not covered: the rest of the body (a changed ResultCode still verifies); confirm results with job_status",
        ]
    }

    @Test("a body whose ResultCode was changed still verifies, and verify says the body is not covered")
    func aChangedBodyStillVerifies() throws {
        let changed = Self.body().replacingOccurrences(of: #""ResultCode": "1012""#, with: #""ResultCode": "1013""#)
        #expect(changed != Self.body())
        let run = try Self.run(["--partner-id", "085"], body: changed)
        #expect(run.status == 0)
        #expect(run.outputLines.last?.hasPrefix("not covered: the rest of the body") == true)
    }

    @Test("the partner ID comes from SMILE_PARTNER_ID without --partner-id; --partner-id wins")
    func partnerIDFromTheEnvironment() throws {
        var environment = Self.environment
        environment["SMILE_PARTNER_ID"] = "085"
        let fromEnvironment = try Self.run([], body: Self.body(), environment: environment)
        #expect(fromEnvironment.status == 0)
        #expect(fromEnvironment.outputLines == Self.validLines([]))
        let overridden = try Self.run(["--partner-id", "086", "--json"], body: Self.body(), environment: environment)
        #expect(overridden.status == 1)
        #expect(overridden.outputLines.first?.contains(#""reason": "mismatch""#) == true)
    }

    @Test func anotherPartnerIDIsAMismatch() throws {
        let run = try Self.run(["--partner-id", "086", "--json"], body: Self.body())
        #expect(run.status == 1)
        #expect(run.outputLines.first?.hasPrefix(#"{"valid": false, "reason": "mismatch", "#) == true)
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
            (
                [String](),
                "smileid: 'verify' needs --partner-id ID or the SMILE_PARTNER_ID environment variable; see 'smileid verify --help'"
            ),
            (
                ["--partner-id", ""],
                "smileid: 'verify' needs a partner ID, and --partner-id is empty; see 'smileid verify --help'"
            ),
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
        #expect(try SmileIDProcess.run(["--help"]).output.contains("smileid verify <file | -> [--partner-id ID]"))
    }
}
