import Foundation
import Models
import SmileIDInternals
import TestSupport
import Testing

/// The payload shapes of Smile ID's own libraries and sandbox recordings
/// (`Fixtures/payload-shapes/`): numeric timestamps, `IsMachineResult`, `Source`, error bodies
/// with extra keys, the legacy `sec_key` signature.
@Suite struct PayloadShapeTests {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")

    /// The fixture's text with its signature placeholder replaced by the signature of `timestamp`.
    static func signedText(_ file: String, timestamp: String) throws -> Data {
        let text = String(decoding: try Fixtures.data("payload-shapes/" + file), as: UTF8.self)
        return Data(
            text.replacingOccurrences(of: "REPLACED-BY-THE-TEST", with: key.signature(timestamp: timestamp)).utf8)
    }

    @Test func aNumericTimestampKeepsItsDigitsAndVerifies() throws {
        let body = try Self.signedText("job-result-number-timestamp.json", timestamp: "1715000000123")
        let result = try JSONDecoder().decode(JobResult.self, from: body)
        #expect(result.timestamp == "1715000000123")
        #expect(result.timestampIsNumber)
        #expect(Self.key.verify(result) == .valid)
        #expect(result.isMachineResult == true)
        #expect(result.source == "WebAPI")
        #expect(result.resultType == "SYSTEM")
        #expect(result.additionalFields.isEmpty)
    }

    @Test func aNumericTimestampIsEncodedBackAsANumber() throws {
        let body = try Self.signedText("job-result-number-timestamp.json", timestamp: "1715000000123")
        let result = try JSONDecoder().decode(JobResult.self, from: body)
        let encoded = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(encoded.contains(#""timestamp":1715000000123"#))
        let again = try JSONDecoder().decode(JobResult.self, from: Data(encoded.utf8))
        #expect(again == result)
        let ordered = String(decoding: try OrderedJSONEncoder().encode(result), as: UTF8.self)
        #expect(ordered.contains(#""timestamp":1715000000123"#))
    }

    @Test func aStringTimestampStaysAString() throws {
        var result = try JSONDecoder().decode(
            JobResult.self, from: Self.signedText("job-result-number-timestamp.json", timestamp: "x"))
        result.timestamp = "1715000000123"
        result.timestampIsNumber = false
        let encoded = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(encoded.contains(#""timestamp":"1715000000123""#))
    }

    @Test func aBooleanIsMachineResultAndSecondsTimestamp() throws {
        let result = try Fixtures.decode(JobResult.self, from: "payload-shapes/job-result-bool-machine-seconds.json")
        #expect(result.isMachineResult == false)
        #expect(result.source == "iOS")
        #expect(result.timestamp == "1715000000")
        #expect(result.timestampIsNumber)
        #expect(result.signature == nil)
    }

    @Test func aJobStatusResponseWithNumericTimestamps() throws {
        let body = try Self.signedText("job-status-number-timestamp.json", timestamp: "1715000000456")
        let status = try JSONDecoder().decode(JobStatusResponse.self, from: body)
        #expect(status.timestamp == "1715000000456")
        #expect(status.timestampIsNumber)
        #expect(Self.key.verify(status) == .valid)
        #expect(status.result?.jobResult?.timestamp == "1715000000456")
        #expect(status.result?.jobResult?.isMachineResult == false)
        #expect(status.additionalFields["kyc_receipt"] == .string("receipt-synthetic-0001"))
        let encoded = String(decoding: try JSONEncoder().encode(status), as: UTF8.self)
        #expect(encoded.contains(#""timestamp":1715000000456"#))
        #expect(try JSONDecoder().decode(JobStatusResponse.self, from: Data(encoded.utf8)) == status)
    }

    @Test(
        "a timestamp that is neither a string nor a whole number names both forms",
        arguments: [
            #"1715000000.5"#, #"true"#, #"{"a": 1}"#, #"[1]"#,
        ])
    func aTimestampOfAnotherType(_ value: String) throws {
        let json =
            #"{"ResultCode": "1012", "ResultText": "x", "SmileJobID": "1", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}, "timestamp": "#
            + value + "}"
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(JobResult.self, from: Data(json.utf8))
        }
        #expect(Models.DecodingFailure(error).description == "timestamp must be a string or a whole number")
    }

    @Test func anErrorResponseKeepsItsExtraKeys() throws {
        let data = try Fixtures.data("payload-shapes/api-error-extra-keys.json")
        let error = try JSONDecoder().decode(APIErrorResponse.self, from: data)
        #expect(error.code == "2217")
        #expect(error.additionalFields == ["success": .bool(false)])
        let encoded = try JSONEncoder().encode(error)
        #expect(try JSONDecoder().decode(APIErrorResponse.self, from: encoded) == error)
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""success":false"#))
    }

    @Test func theLegacySecKeyIsItsOwnOutcome() throws {
        let result = try Fixtures.decode(JobResult.self, from: "payload-shapes/job-result-sec-key.json")
        #expect(Self.key.verify(result) == .legacySecKey)
        #expect(!Self.key.verify(result).isValid)
        #expect(Self.key.verify(signature: result.signature, timestamp: nil) == .legacySecKey)
        #expect(!"\(Self.key.verify(result))".contains("4b22"))
    }

    @Test(
        "near misses of the sec_key form are malformed, not legacy",
        arguments: [
            "abc|" + String(repeating: "0", count: 63),
            "abc|" + String(repeating: "g", count: 64),
            "|" + String(repeating: "0", count: 64),
            "a b|" + String(repeating: "0", count: 64),
        ])
    func nearMissesAreMalformed(_ signature: String) {
        #expect(Self.key.verify(signature: signature, timestamp: "t") == .malformedSignature)
    }
}

extension PayloadShapeTests {
    @Test func aCompareResponseWithANumericTimestampRoundTrips() throws {
        let signature = Self.key.signature(timestamp: "1715000000123")
        let json =
            #"{"ResultText": "Exact Match", "ResultCode": "1020", "Actions": {"Name": "Exact Match"}, "signature": "\#(signature)", "timestamp": 1715000000123}"#
        let response = try JSONDecoder().decode(CompareUserInfoResponse.self, from: Data(json.utf8))
        #expect(response.timestamp == "1715000000123")
        #expect(response.timestampIsNumber)
        #expect(Self.key.verify(response) == .valid)
        let encoded = String(decoding: try OrderedJSONEncoder().encode(response), as: UTF8.self)
        #expect(encoded.hasSuffix(#""timestamp":1715000000123}"#))
        #expect(try JSONDecoder().decode(CompareUserInfoResponse.self, from: Data(encoded.utf8)) == response)
    }
}
