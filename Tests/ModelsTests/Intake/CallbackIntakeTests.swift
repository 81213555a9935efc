import Foundation
import Models
import TestSupport
import Testing

/// `CallbackIntake`: every outcome, with its HTTP status, from raw bytes.
@Suite struct CallbackIntakeTests {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")
    static let now = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z
    static let fresh = "2024-05-01T11:59:00.000Z"

    /// A job-result fixture with `timestamp` and a `signature` (of `signedTimestamp`, by default
    /// the same), as JSON text.
    static func body(
        _ file: String = "job-results/biometric-kyc-strings.json", timestamp: String? = fresh,
        signedTimestamp: String? = nil, signature: String? = nil
    ) throws -> [UInt8] {
        var result = try Fixtures.decode(JobResult.self, from: file)
        result.timestamp = timestamp
        result.signature = signature ?? timestamp.map { key.signature(timestamp: signedTimestamp ?? $0) }
        return Array(try JSONEncoder().encode(result))
    }

    static func evaluate(_ body: [UInt8], intake: CallbackIntake = CallbackIntake(key: key)) async -> CallbackOutcome {
        await intake.evaluate(body: body, now: now)
    }

    @Test func aSignedFreshCallbackIsAcceptedOnce() async throws {
        let intake = CallbackIntake(key: Self.key)
        let body = try Self.body()
        let outcome = await Self.evaluate(body, intake: intake)
        guard case .accepted(.jobResult(let result)) = outcome else {
            Issue.record("expected acceptance, got \(outcome)")
            return
        }
        #expect(result.resultCode == "1012")
        #expect(outcome.httpStatus == 200)
        let again = await Self.evaluate(body, intake: intake)
        #expect(again == .replayed)
        #expect(again.httpStatus == 409)
        // A copy of the intake shares the guard.
        let copy = intake
        #expect(await Self.evaluate(body, intake: copy) == .replayed)
    }

    @Test func aJobStatusResponseIsAcceptedAsOne() async throws {
        let text = String(decoding: try Fixtures.data("payload-shapes/job-status-number-timestamp.json"), as: UTF8.self)
        let signed = text.replacingOccurrences(
            of: "REPLACED-BY-THE-TEST", with: Self.key.signature(timestamp: "1715000000456"))
        let intake = CallbackIntake(key: Self.key)
        let outcome = await intake.evaluate(body: Array(signed.utf8), now: Date(timeIntervalSince1970: 1_715_000_100))
        guard case .accepted(.jobStatus(let status)) = outcome else {
            Issue.record("expected a job status, got \(outcome)")
            return
        }
        #expect(status.timestampIsNumber)
        #expect(outcome.isAccepted)
        if case .accepted(let payload) = outcome { #expect(payload.jobResult?.resultCode == "1012") }
    }

    @Test func aNumericMillisecondTimestampIsCheckedForFreshness() async throws {
        let text = String(decoding: try Fixtures.data("payload-shapes/job-result-number-timestamp.json"), as: UTF8.self)
        let signed = Array(
            text.replacingOccurrences(of: "REPLACED-BY-THE-TEST", with: Self.key.signature(timestamp: "1715000000123"))
                .utf8)
        let intake = CallbackIntake(key: Self.key)
        #expect(await intake.evaluate(body: signed, now: Date(timeIntervalSince1970: 1_715_000_060)).isAccepted)
        #expect(
            await intake.evaluate(body: signed, now: Date(timeIntervalSince1970: 1_715_000_400))
                == .stale(age: .milliseconds(399_877)))
    }

    @Test func refusedSignatures() async throws {
        #expect(await Self.evaluate(try Self.body(timestamp: nil)) == .refused(.missingSignature))
        #expect(await Self.evaluate(try Self.body(signature: "")) == .refused(.missingSignature))
        #expect(
            await Self.evaluate(try Self.body(timestamp: nil, signature: Self.key.signature(timestamp: Self.fresh)))
                == .refused(.missingTimestamp))
        #expect(await Self.evaluate(try Self.body(signature: "bm90LWEtc2lnbmF0dXJl")) == .refused(.malformedSignature))
        #expect(await Self.evaluate(try Self.body(signedTimestamp: "2024-05-01T11:59:00.001Z")) == .refused(.mismatch))
        let other = SignatureKey(partnerID: "086", apiKey: "fake-api-key-0000-test-0000")
        #expect(
            await Self.evaluate(try Self.body(signature: other.signature(timestamp: Self.fresh))) == .refused(.mismatch)
        )
        let legacy = try Fixtures.data("payload-shapes/job-result-sec-key.json")
        let outcome = await Self.evaluate(Array(legacy))
        #expect(outcome == .refused(.legacySecKey))
        #expect(outcome.httpStatus == 401)
        #expect(outcome.reason == "legacy_sec_key")
    }

    @Test func aTamperedBodyWithAValidSignatureIsAcceptedAsTheSignatureCannotTell() async throws {
        // The signature does not cover the body: this is why the README says to confirm with
        // job_status. The intake's part is to make the signature expire and usable once.
        var text = String(decoding: try Self.body(), as: UTF8.self)
        text = text.replacingOccurrences(of: #""ResultCode":"1012""#, with: #""ResultCode":"0810""#)
        guard case .accepted(let payload) = await Self.evaluate(Array(text.utf8)) else {
            Issue.record("expected acceptance")
            return
        }
        #expect(payload.jobResult?.resultCode == "0810")
    }

    @Test func timestampsOutsideTheWindow() async throws {
        let stale = await Self.evaluate(try Self.body(timestamp: "2024-05-01T11:54:59Z"))
        #expect(stale == .stale(age: .seconds(301)))
        #expect(stale.httpStatus == 401)
        #expect("\(stale)" == "refused (stale): the signed timestamp is 301 s old")
        #expect(await Self.evaluate(try Self.body(timestamp: "2024-05-01T11:55:00Z")).isAccepted)
        let future = await Self.evaluate(try Self.body(timestamp: "2024-05-01T12:05:01Z"))
        #expect(future == .fromTheFuture(lead: .seconds(301)))
        #expect(future.reason == "future")
        #expect(await Self.evaluate(try Self.body(timestamp: "2024-05-01T12:00:00")) == .unreadableTimestamp)
        let narrow = CallbackIntake(key: Self.key, freshness: FreshnessWindow(maximumAge: .seconds(30)))
        #expect(await Self.evaluate(try Self.body(), intake: narrow) == .stale(age: .seconds(60)))
    }

    @Test func hostileBodies() async throws {
        #expect(await Self.evaluate([]).reason == "malformed")
        #expect(
            "\(await Self.evaluate(Array(" \n".utf8)))"
                == "refused (malformed): the input is empty; expected a job result or job-status JSON object")
        #expect(
            "\(await Self.evaluate(Array("junk".utf8)))"
                == "refused (malformed): the input is not valid JSON (or not UTF-8)")
        #expect("\(await Self.evaluate(Array("[1]".utf8)))" == "refused (malformed): the input must be an object")
        let deep = Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        #expect(await Self.evaluate(deep).httpStatus == 400)
        let deepObject = Array(
            ("{\"a\":" + String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_001)).utf8
        )
        #expect(await Self.evaluate(deepObject).httpStatus == 400)
        let large = CallbackIntake(key: Self.key, maximumBodySize: 100)
        let tooLarge = await Self.evaluate(try Self.body(), intake: large)
        #expect(tooLarge == .tooLarge(limit: 100))
        #expect(tooLarge.httpStatus == 413)
        let wrongType = Array(#"{"timestamp": true, "signature": "x"}"#.utf8)
        #expect(
            "\(await Self.evaluate(wrongType))" == "refused (malformed): timestamp must be a string or a whole number")
    }

    @Test func aRepeatedKeyIsRefusedBeforeTheSignature() async throws {
        var text = String(decoding: try Self.body(), as: UTF8.self)
        text.removeLast()
        text += #","ResultCode":"0811"}"#
        let outcome = await Self.evaluate(Array(text.utf8))
        #expect(outcome == .duplicateKey(path: JSONPath([.key("ResultCode")])))
        #expect(outcome.httpStatus == 400)
    }

    @Test func decodingDetailsOnlyForSignedBodies() async throws {
        // Unsigned and undecodable: the signature is refused first.
        #expect(await Self.evaluate(Array(#"{"ResultText": "x"}"#.utf8)) == .refused(.missingSignature))
        // Signed and undecodable: the path, and the same signature may come again once fixed.
        let intake = CallbackIntake(key: Self.key)
        let signature = Self.key.signature(timestamp: Self.fresh)
        let broken = Array(#"{"ResultText": "x", "timestamp": "\#(Self.fresh)", "signature": "\#(signature)"}"#.utf8)
        let outcome = await Self.evaluate(broken, intake: intake)
        #expect("\(outcome)" == "refused (malformed): ResultCode is missing")
        #expect(await Self.evaluate(try Self.body(), intake: intake).isAccepted)
    }

    @Test func noOutcomeDescriptionShowsAPersonalValueOrTheSignature() async throws {
        let body = try Self.body()
        let result = try JSONDecoder().decode(JobResult.self, from: Data(body))
        let secrets = [result.fullName, result.dob, result.idNumber, result.phoneNumber, result.signature].compactMap {
            $0
        }
        #expect(secrets.count >= 4)
        let intake = CallbackIntake(key: Self.key)
        for outcome in [await Self.evaluate(body, intake: intake), await Self.evaluate(body, intake: intake)] {
            for secret in secrets {
                #expect(!"\(outcome)".contains(secret))
                #expect(!String(reflecting: outcome).contains(secret))
            }
        }
    }
}
