import Foundation
import TestSupport
import Testing

/// `smileid sign`: the signature of a timestamp (Python's vectors), bodies signed byte for byte
/// as `Fixtures/cli/sign` shows, what `verify` then says, and where the credentials come from.
@Suite("smileid sign") struct SignCommandTests {
    /// `Fixtures/cli/sign/cases.json`.
    struct Cases: Decodable, Sendable {
        struct Case: Decodable, Sendable, CustomTestStringConvertible {
            var name: String
            var body: String
            var signed: String
            var testDescription: String { name }
        }

        var partnerID: String
        var apiKey: String
        var timestamp: String
        var cases: [Case]

        enum CodingKeys: String, CodingKey {
            case timestamp, cases
            case partnerID = "partner_id"
            case apiKey = "api_key"
        }

        static let all: Cases? = try? Fixtures.decode(Cases.self, from: "cli/sign/cases.json")
    }

    /// How the credentials are given: options, environment, or the API key as an option and the
    /// partner ID from the environment.
    enum Credentials: String, CaseIterable, Sendable {
        case options, environment, mixed

        func arguments(_ partnerID: String, _ apiKey: String) -> [String] {
            switch self {
            case .options: ["--partner-id", partnerID, "--api-key", apiKey]
            case .environment: []
            case .mixed: ["--api-key", apiKey]
            }
        }

        func environment(_ partnerID: String, _ apiKey: String) -> [String: String] {
            switch self {
            case .options: [:]
            case .environment: ["SMILE_API_KEY": apiKey, "SMILE_PARTNER_ID": partnerID]
            case .mixed: ["SMILE_PARTNER_ID": partnerID]
            }
        }
    }

    @Test func theFixturesAreThere() throws {
        #expect(try SignatureVector.all().count >= 8)
        #expect(try #require(Cases.all).cases.count >= 5)
    }

    @Test(
        "sign --timestamp prints Python's signature, the credentials from options or the environment",
        arguments: try SignatureVector.all(), Credentials.allCases)
    func signatureOfATimestamp(_ vector: SignatureVector, _ credentials: Credentials) throws {
        let run = try SmileIDProcess.run(
            ["sign", "--timestamp", vector.timestamp] + credentials.arguments(vector.partnerID, vector.apiKey),
            environment: credentials.environment(vector.partnerID, vector.apiKey))
        #expect(run.status == 0)
        #expect(run.outputLines == [vector.signature])
        #expect(run.errors.isEmpty)
        if credentials != .options { #expect(!run.output.contains(vector.apiKey)) }
    }

    @Test("--partner-id and --api-key win over the environment")
    func optionsWinOverTheEnvironment() throws {
        let vector = try #require(SignatureVector.all().first)
        let run = try SmileIDProcess.run(
            ["sign", "--timestamp", vector.timestamp, "--partner-id", vector.partnerID, "--api-key", vector.apiKey],
            environment: ["SMILE_API_KEY": "another-fake-key", "SMILE_PARTNER_ID": "999"])
        #expect(run.outputLines == [vector.signature])
    }

    @Test(
        "a body is printed with its timestamp and signature set, every other byte kept",
        arguments: Cases.all?.cases ?? [])
    func signedBody(_ signing: Cases.Case) throws {
        let cases = try #require(Cases.all)
        let body = try Fixtures.data("cli/sign/" + signing.body)
        let expected = try Fixtures.data("cli/sign/" + signing.signed)
        let run = try SmileIDProcess.run(
            ["sign", "-", "--timestamp", cases.timestamp, "--partner-id", cases.partnerID],
            input: [UInt8](body), environment: ["SMILE_API_KEY": cases.apiKey])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output == String(decoding: expected, as: UTF8.self))
        // The same members as the body, but the two.
        let signed = try #require(try JSONSerialization.jsonObject(with: Data(run.outputBytes)) as? NSDictionary)
        let original = try #require(try JSONSerialization.jsonObject(with: body) as? NSDictionary)
        #expect(signed["timestamp"] as? String == cases.timestamp)
        let rest = signed.mutableCopy() as? NSMutableDictionary
        rest?.removeObjects(forKeys: ["timestamp", "signature"])
        let originalRest = original.mutableCopy() as? NSMutableDictionary
        originalRest?.removeObjects(forKeys: ["timestamp", "signature"])
        #expect(rest == originalRest)
        // verify finds it valid.
        let verified = try SmileIDProcess.run(
            ["verify", "-", "--json"], input: run.outputBytes,
            environment: ["SMILE_API_KEY": cases.apiKey, "SMILE_PARTNER_ID": cases.partnerID])
        #expect(verified.status == 0)
    }

    @Test("without --timestamp a body is signed at the clock's time, fresh for verify --max-age")
    func signedNow() throws {
        let cases = try #require(Cases.all)
        let environment = ["SMILE_API_KEY": cases.apiKey, "SMILE_PARTNER_ID": cases.partnerID]
        let body = try Fixtures.data("job-results/biometric-kyc-strings.json")
        let run = try SmileIDProcess.run(["sign", "-"], input: [UInt8](body), environment: environment)
        #expect(run.status == 0)
        let verified = try SmileIDProcess.run(
            ["verify", "-", "--max-age", "300"], input: run.outputBytes, environment: environment)
        #expect(verified.status == 0)
        #expect(verified.outputLines.dropFirst().first == "fresh: the timestamp is within 300 seconds of the clock")
    }

    @Test(
        "command-line mistakes: one line, exit 2, no key printed",
        arguments: [
            (
                ["sign"], ["SMILE_API_KEY": "k", "SMILE_PARTNER_ID": "085"],
                "smileid: 'sign' needs <file | -> to sign a body, or --timestamp TIMESTAMP; see 'smileid sign --help'"
            ),
            (
                ["sign", "--timestamp", "t"], ["SMILE_PARTNER_ID": "085"],
                "smileid: SMILE_API_KEY is not set; sign reads the API key from it or from --api-key KEY; see 'smileid sign --help'"
            ),
            (
                ["sign", "--timestamp", "t"], ["SMILE_API_KEY": "k"],
                "smileid: 'sign' needs --partner-id ID or the SMILE_PARTNER_ID environment variable; see 'smileid sign --help'"
            ),
            (
                ["sign", "--timestamp", "t", "--partner-id", ""], ["SMILE_API_KEY": "k"],
                "smileid: 'sign' needs a partner ID, and --partner-id is empty; see 'smileid sign --help'"
            ),
            (
                ["sign", "--timestamp", "t", "--api-key", ""], ["SMILE_PARTNER_ID": "085"],
                "smileid: 'sign' needs an API key, and --api-key is empty; see 'smileid sign --help'"
            ),
            (
                ["sign", "--timestamp", ""], ["SMILE_API_KEY": "k", "SMILE_PARTNER_ID": "085"],
                "smileid: invalid value '' for '--timestamp' of 'sign': expected a timestamp such as 2024-05-01T12:00:00.000Z; see 'smileid sign --help'"
            ),
        ])
    func usage(_ arguments: [String], _ environment: [String: String], _ line: String) throws {
        let run = try SmileIDProcess.run(arguments, environment: environment)
        #expect(run.status == 2)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
    }

    @Test(
        "bodies that cannot be signed: one line, exit 1",
        arguments: [
            ("", "smileid: sign: standard input is empty; expected a callback body (a JSON object)"),
            ("[1]", "smileid: sign: standard input: the input must be an object"),
            (#"{"timestamp": true}"#, "smileid: sign: standard input: timestamp must be a string or a whole number"),
            (
                #"{"a": 1, "a": 2}"#,
                "smileid: sign: standard input: a appears more than once in the same object; Smile ID sends each key once"
            ),
        ])
    func badBody(_ body: String, _ line: String) throws {
        let run = try SmileIDProcess.run(
            ["sign", "-", "--timestamp", "t"], input: Array(body.utf8),
            environment: ["SMILE_API_KEY": "k", "SMILE_PARTNER_ID": "085"])
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
    }
}
