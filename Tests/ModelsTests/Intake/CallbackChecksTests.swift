import Foundation
import Models
import SmileIDInternals
import TestSupport
import Testing

/// `CallbackChecks`: rows 1–4 of the inbox's table from raw bytes, and what a validly signed body
/// gives the store (its freshness, its digest, its payload). Rows 5–7 need the store: see
/// ResultCodesTests' JobInboxDeliveryTests.
@Suite struct CallbackChecksTests {
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

    static func check(
        _ body: [UInt8], freshness: FreshnessWindow = FreshnessWindow(), maximumBodySize: Int = 2_097_152,
        now: Date = now
    ) -> CallbackChecks.Result {
        let checks = CallbackChecks(key: key, freshness: freshness, maximumBodySize: maximumBodySize)
        return body.withUnsafeBufferPointer { checks.check($0, now: now) }
    }

    /// The outcome of a refused body, or `nil` for a signed one.
    static func refusal(_ body: [UInt8], maximumBodySize: Int = 2_097_152) -> CallbackOutcome? {
        if case .refused(let outcome) = check(body, maximumBodySize: maximumBodySize) { return outcome }
        return nil
    }

    static func signed(
        _ body: [UInt8], freshness: FreshnessWindow = FreshnessWindow(), now: Date = now,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> SignedDelivery {
        guard case .signed(let delivery) = check(body, freshness: freshness, now: now) else {
            Issue.record(
                "expected a signed delivery, got \(check(body, freshness: freshness, now: now))",
                sourceLocation: sourceLocation)
            throw CancellationError()
        }
        return delivery
    }

    @Test func aSignedFreshCallbackIsReadForTheStore() throws {
        let body = try Self.body()
        let delivery = try Self.signed(body)
        guard case .jobResult(let result) = delivery.payload else {
            Issue.record("expected a job result")
            return
        }
        #expect(result.resultCode == "1012")
        #expect(delivery.timestamp == Self.fresh)
        #expect(delivery.signature == Self.key.signature(timestamp: Self.fresh))
        #expect(delivery.freshness == .fresh(age: .seconds(60)))
        #expect(delivery.digest.bytes == SHA256Reference.digest(of: body))
    }

    @Test func aJobStatusResponseIsReadAsOne() throws {
        let text = String(decoding: try Fixtures.data("payload-shapes/job-status-number-timestamp.json"), as: UTF8.self)
        let signed = text.replacingOccurrences(
            of: "REPLACED-BY-THE-TEST", with: Self.key.signature(timestamp: "1715000000456"))
        let delivery = try Self.signed(Array(signed.utf8), now: Date(timeIntervalSince1970: 1_715_000_100))
        guard case .jobStatus(let status) = delivery.payload else {
            Issue.record("expected a job status, got \(delivery.payload)")
            return
        }
        #expect(status.timestampIsNumber)
        #expect(delivery.timestamp == "1715000000456")
        #expect(status.result?.jobResult?.resultCode == "1012")
    }

    @Test func aNumericMillisecondTimestampIsCheckedForFreshness() throws {
        let text = String(decoding: try Fixtures.data("payload-shapes/job-result-number-timestamp.json"), as: UTF8.self)
        let signed = Array(
            text.replacingOccurrences(of: "REPLACED-BY-THE-TEST", with: Self.key.signature(timestamp: "1715000000123"))
                .utf8)
        #expect(try Self.signed(signed, now: Date(timeIntervalSince1970: 1_715_000_060)).freshness.isFresh)
        #expect(
            try Self.signed(signed, now: Date(timeIntervalSince1970: 1_715_000_400)).freshness
                == .stale(age: .milliseconds(399_877)))
    }

    @Test func refusedSignatures() throws {
        #expect(Self.refusal(try Self.body(timestamp: nil)) == .refused(.missingSignature))
        #expect(Self.refusal(try Self.body(signature: "")) == .refused(.missingSignature))
        #expect(
            Self.refusal(try Self.body(timestamp: nil, signature: Self.key.signature(timestamp: Self.fresh)))
                == .refused(.missingTimestamp))
        #expect(Self.refusal(try Self.body(signature: "bm90LWEtc2lnbmF0dXJl")) == .refused(.malformedSignature))
        #expect(Self.refusal(try Self.body(signedTimestamp: "2024-05-01T11:59:00.001Z")) == .refused(.mismatch))
        let other = SignatureKey(partnerID: "086", apiKey: "fake-api-key-0000-test-0000")
        #expect(Self.refusal(try Self.body(signature: other.signature(timestamp: Self.fresh))) == .refused(.mismatch))
        let legacy = try Fixtures.data("payload-shapes/job-result-sec-key.json")
        let outcome = Self.refusal(Array(legacy))
        #expect(outcome == .refused(.legacySecKey))
        #expect(outcome?.httpStatus == 401)
        #expect(outcome?.reason == "legacy_sec_key")
    }

    @Test func aTamperedBodyWithAValidSignatureIsSignedAsTheSignatureCannotTell() throws {
        // The signature does not cover the body: this is why the inbox records such a body as
        // unconfirmed when its pair was seen with another body, and decides from job_status.
        var text = String(decoding: try Self.body(), as: UTF8.self)
        text = text.replacingOccurrences(of: #""ResultCode":"1012""#, with: #""ResultCode":"0810""#)
        let tampered = try Self.signed(Array(text.utf8))
        guard case .jobResult(let result) = tampered.payload else {
            Issue.record("expected a job result")
            return
        }
        #expect(result.resultCode == "0810")
        // Another body: another digest under the same timestamp and signature.
        let original = try Self.signed(try Self.body())
        #expect(tampered.digest.bytes != original.digest.bytes)
        #expect(tampered.signature == original.signature && tampered.timestamp == original.timestamp)
    }

    @Test func timestampsOutsideTheWindow() throws {
        #expect(
            try Self.signed(try Self.body(timestamp: "2024-05-01T11:54:59Z")).freshness == .stale(age: .seconds(301)))
        #expect(
            try Self.signed(try Self.body(timestamp: "2024-05-01T11:55:00Z")).freshness == .fresh(age: .seconds(300)))
        #expect(
            try Self.signed(try Self.body(timestamp: "2024-05-01T12:05:01Z")).freshness
                == .fromTheFuture(lead: .seconds(301)))
        #expect(try Self.signed(try Self.body(timestamp: "2024-05-01T12:00:00")).freshness == .unreadable)
        let narrow = FreshnessWindow(maximumAge: .seconds(30))
        #expect(try Self.signed(try Self.body(), freshness: narrow).freshness == .stale(age: .seconds(60)))
    }

    @Test func hostileBodies() throws {
        #expect(Self.refusal([])?.reason == "malformed")
        #expect(
            "\(Self.refusal(Array(" \n".utf8))!)"
                == "refused (malformed): the input is empty; expected a job result or job-status JSON object")
        #expect(
            "\(Self.refusal(Array("junk".utf8))!)" == "refused (malformed): the input is not valid JSON (or not UTF-8)")
        #expect("\(Self.refusal(Array("[1]".utf8))!)" == "refused (malformed): the input must be an object")
        let deep = Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        #expect(Self.refusal(deep)?.httpStatus == 400)
        let deepObject = Array(
            ("{\"a\":" + String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_001)).utf8
        )
        #expect(Self.refusal(deepObject)?.httpStatus == 400)
        let tooLarge = Self.refusal(try Self.body(), maximumBodySize: 100)
        #expect(tooLarge == .tooLarge(limit: 100))
        #expect(tooLarge?.httpStatus == 413)
        let wrongType = Array(#"{"timestamp": true, "signature": "x"}"#.utf8)
        #expect("\(Self.refusal(wrongType)!)" == "refused (malformed): timestamp must be a string or a whole number")
    }

    @Test func aRepeatedKeyIsRefusedBeforeTheSignature() throws {
        var text = String(decoding: try Self.body(), as: UTF8.self)
        text.removeLast()
        text += #","ResultCode":"0811"}"#
        let outcome = Self.refusal(Array(text.utf8))
        #expect(
            outcome
                == .malformed(
                    Models.DecodingFailure(
                        kind: .duplicateKey, path: JSONPath([.key("ResultCode")]),
                        requirement: "appears more than once in the same object")))
        #expect(outcome?.httpStatus == 400)
        #expect(outcome?.reason == "duplicate_key")
        #expect("\(outcome!)" == "refused (duplicate_key): ResultCode appears more than once in the same object")
    }

    @Test func decodingDetailsOnlyForSignedBodies() throws {
        // Unsigned and undecodable: the signature is refused first.
        #expect(Self.refusal(Array(#"{"ResultText": "x"}"#.utf8)) == .refused(.missingSignature))
        // Signed and undecodable: the path, and nothing recorded.
        let signature = Self.key.signature(timestamp: Self.fresh)
        let broken = Array(#"{"ResultText": "x", "timestamp": "\#(Self.fresh)", "signature": "\#(signature)"}"#.utf8)
        let outcome = try #require(Self.refusal(broken))
        #expect("\(outcome)" == "refused (not_a_result): ResultCode is missing")
        #expect(outcome.httpStatus == 400)
    }

    @Test func signedFieldsAreReadAsTheChecksReadThem() throws {
        let body = try Self.body()
        let fields = try body.withUnsafeBufferPointer { try CallbackChecks.signedFields(of: $0).get() }
        #expect(fields.timestamp == Self.fresh && fields.signature == Self.key.signature(timestamp: Self.fresh))
        let number = Array(#"{"timestamp": -0, "signature": null}"#.utf8)
        let read = try number.withUnsafeBufferPointer { try CallbackChecks.signedFields(of: $0).get() }
        #expect(read.timestamp == "0" && read.signature == nil)
    }

    @Test func noOutcomeDescriptionShowsAPersonalValueOrTheSignature() throws {
        let body = try Self.body()
        let result = try JSONDecoder().decode(JobResult.self, from: Data(body))
        let secrets = [result.fullName, result.dob, result.idNumber, result.phoneNumber, result.signature].compactMap {
            $0
        }
        #expect(secrets.count >= 4)
        var tampered = String(decoding: body, as: UTF8.self)
        tampered.removeLast()
        let outcomes: [CallbackOutcome] = [
            Self.refusal(Array((tampered + #","ResultCode":"0811"}"#).utf8)),
            Self.refusal(try Self.body(signedTimestamp: "2024-05-01T11:59:00.001Z")),
            .unconfirmed(.reusedSignature), .accepted, .duplicate,
        ].compactMap { $0 }
        for outcome in outcomes {
            for secret in secrets {
                #expect(!"\(outcome)".contains(secret))
                #expect(!String(reflecting: outcome).contains(secret))
            }
        }
    }
}

/// SHA-256 of a whole message through the package's one implementation, for the digest check.
enum SHA256Reference {
    static func digest(of bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }
}
