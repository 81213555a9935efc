import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `DecodingFailure`: the one-line, path-only message for any decoding error.
@Suite struct DecodingFailureTests {
    static func failure<T: Decodable>(_ type: T.Type, _ json: String) throws -> Models.DecodingFailure {
        let error = try #require(throws: DecodingError.self) { try JSONDecoder().decode(type, from: Data(json.utf8)) }
        return Models.DecodingFailure(error)
    }

    static let base = #""ResultCode": "1012", "ResultText": "x", "SmileJobID": "1""#

    @Test(
        "every lenient field names the forms it accepts",
        arguments: [
            (
                #"{"# + base + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": true}}"#,
                "PartnerParams.job_type must be a whole number or a numeric string"
            ),
            (
                #"{"# + base + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": "five"}}"#,
                "PartnerParams.job_type must be a whole number or a numeric string; this string is not a whole number"
            ),
            (
                #"{"# + base + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5.5}}"#,
                "PartnerParams.job_type must be a whole number or a numeric string; this number is not whole or is out of range"
            ),
            (
                #"{"# + base
                    + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}, "ConfidenceValue": []}"#,
                "ConfidenceValue must be a number or a numeric string"
            ),
            (
                #"{"# + base
                    + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}, "ConfidenceValue": "high"}"#,
                "ConfidenceValue must be a number or a numeric string; this string is not a finite number"
            ),
            (
                #"{"# + base
                    + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}, "IsFinalResult": 1}"#,
                #"IsFinalResult must be a boolean or "true"/"false""#
            ),
            (
                #"{"# + base
                    + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}, "IsMachineResult": "yes"}"#,
                #"IsMachineResult must be a boolean or "true"/"false"; this string is neither"#
            ),
            (#"{"# + base + #"}"#, "PartnerParams is missing"),
            (
                #"{"# + base + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": 5}, "DOB": 1990}"#,
                "DOB must be a string"
            ),
            (#"{"ResultCode": null}"#, "ResultCode must be a string, not null"),
            ("[1]", "the input must be an object"),
            ("{", "the input is not valid JSON (or not UTF-8)"),
        ])
    func jobResultMessages(_ json: String, _ message: String) throws {
        let failure = try Self.failure(JobResult.self, json)
        #expect(failure.description == message)
    }

    @Test func theMessageNeverQuotesTheValue() throws {
        let secret = "Adaeze-Secret-1990"
        let json = #"{"# + Self.base + #", "PartnerParams": {"user_id": "u", "job_id": "j", "job_type": "\#(secret)"}}"#
        let failure = try Self.failure(JobResult.self, json)
        #expect(!failure.description.contains(secret))
        #expect(failure.path.description == "PartnerParams.job_type")
        #expect(failure.kind == .invalidValue)
    }

    @Test func jobStatusFlagsAndCode() throws {
        #expect(
            try Self.failure(JobStatusResponse.self, #"{"job_complete": 1, "job_success": true, "code": "2302"}"#)
                .description
                == #"job_complete must be a boolean or "true"/"false""#)
        #expect(
            try Self.failure(JobStatusResponse.self, #"{"job_complete": true, "job_success": true, "code": 1.5}"#)
                .description
                == "code must be a string or a whole number")
    }
}
