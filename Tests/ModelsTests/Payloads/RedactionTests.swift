import Foundation
import Models
import TestSupport
import Testing

/// No rendering of a type that holds personal data, and no error the decoders throw, shows a
/// personal value: `String(describing:)`, `String(reflecting:)`, `dump` and interpolation.
@Suite struct RedactionTests {
    /// Invented, recognisable personal values; none may appear in any rendering.
    static let personalValues = [
        "Adaeze", "Okonkwo-Test", "Chidinma", "1990-03-04", "A00012345", "+234 803 000 0017",
        "12 Test Crescent, Ikeja", "Female", "2031-12-31",
    ]

    static func expectNoPersonalValue(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for leak in Renderings.leaks(of: value, among: personalValues) {
            Issue.record("\(leak.value) appears in: \(leak.rendering)", sourceLocation: sourceLocation)
        }
    }

    /// The check itself can fail: a plain string holding a personal value is reported.
    @Test func theLeakCheckFindsAnUnredactedValue() {
        let leaks = Renderings.leaks(of: ["name": "Adaeze"], among: Self.personalValues)
        #expect(leaks.map(\.value) == ["Adaeze", "Adaeze", "Adaeze", "Adaeze"])
    }

    static let userInfo = UserInfo(
        firstName: "Adaeze", middleName: "Chidinma", lastName: "Okonkwo-Test", fullName: "Adaeze Okonkwo-Test",
        dob: "1990-03-04", gender: "Female", phoneNumber: "+234 803 000 0017",
        address: "12 Test Crescent, Ikeja", expirationDate: "2031-12-31")

    static let jobResult = JobResult(
        resultCode: "1012", resultText: "ID Verified", smileJobID: "0000000001",
        partnerParams: PartnerParams(userID: "user-1", jobID: "job-1", jobType: .enhancedKYC),
        actions: Actions([.verifyIDNumber: .verified]),
        fullName: "Adaeze Okonkwo-Test", dob: "1990-03-04", gender: "Female", phoneNumber: "+234 803 000 0017",
        address: "12 Test Crescent, Ikeja", idNumber: "A00012345", idType: "NIN", country: "NG",
        expirationDate: "2031-12-31",
        additionalFields: ["Secret": .string("Adaeze"), "Nested": .object(["dob": .string("1990-03-04")])])

    @Test func userInfo() {
        Self.expectNoPersonalValue(Self.userInfo)
        // The renderings still say which fields are present.
        #expect("\(Self.userInfo)".contains("first_name: <redacted>"))
    }

    @Test func jobResult() {
        Self.expectNoPersonalValue(Self.jobResult)
        #expect("\(Self.jobResult)".contains("1012"))
    }

    @Test func jobStatusResponse() {
        let response = JobStatusResponse(
            jobComplete: true, jobSuccess: true, code: "2302", result: .jobResult(Self.jobResult),
            history: [Self.jobResult, Self.jobResult], additionalFields: ["image_links": .string("Adaeze")])
        Self.expectNoPersonalValue(response)
        Self.expectNoPersonalValue([response])
        Self.expectNoPersonalValue(Optional(response) as Any)
    }

    @Test func compareUserInfoResponse() {
        // Holds outcomes and identifiers only; checked so that a future field is noticed.
        let response = CompareUserInfoResponse(
            smileJobID: "0000000001",
            partnerParams: PartnerParams(userID: "user-1", jobID: "job-1", jobType: .compareUserInfo),
            resultText: "Partial Match", resultCode: "1021",
            actions: Actions([.name: .partialMatch, .dob: .exactMatch]), signature: "c2ln",
            timestamp: "2024-05-01T12:00:00Z")
        Self.expectNoPersonalValue(response)
    }

    @Test func collectionsOfRecords() {
        Self.expectNoPersonalValue([Self.userInfo, Self.userInfo])
        Self.expectNoPersonalValue(["a": Self.userInfo])
        Self.expectNoPersonalValue((Self.userInfo, Self.jobResult))
    }

    // MARK: Errors

    /// Every rendering of an error thrown while decoding `json` as `T`.
    static func errorRenderings<T: Decodable>(_ type: T.Type, _ json: String) -> [String] {
        do {
            _ = try JSONDecoder().decode(T.self, from: Data(json.utf8))
            return []
        } catch {
            return Renderings.of(error) + ["\(error.localizedDescription)"]
        }
    }

    static let base =
        #""ResultCode":"1012","ResultText":"x","SmileJobID":"1","PartnerParams":{"user_id":"u","job_id":"j","job_type":5}"#

    @Test(arguments: [
        // The package's own (lenient) messages.
        #"{\#(base),"ConfidenceValue":"Adaeze"}"#,
        #"{\#(base),"IsFinalResult":"1990-03-04"}"#,
        #"{"ResultCode":"1012","ResultText":"x","SmileJobID":"1","PartnerParams":{"user_id":"u","job_id":"j","job_type":"A00012345"}}"#,
        // Foundation's type mismatches and missing keys.
        #"{\#(base),"DOB":19900304,"FullName":"Adaeze"}"#,
        #"{\#(base),"FullName":["Adaeze"]}"#,
        #"{"FullName":"Adaeze Okonkwo-Test","DOB":"1990-03-04"}"#,
    ])
    func decodingErrorsCarryNoValue(json: String) throws {
        let renderings = Self.errorRenderings(JobResult.self, json)
        #expect(!renderings.isEmpty, "the input must fail to decode")
        for rendering in renderings {
            for personal in Self.personalValues + ["19900304"] {
                #expect(!rendering.contains(personal), "\(personal) appears in: \(rendering)")
            }
        }
    }

    @Test func jobStatusLenientErrorsCarryNoValue() {
        for json in [
            #"{"job_complete":"Adaeze","job_success":true,"code":"2302"}"#,
            #"{"job_complete":true,"job_success":true,"code":["A00012345"]}"#,
        ] {
            let renderings = Self.errorRenderings(JobStatusResponse.self, json)
            #expect(!renderings.isEmpty)
            for rendering in renderings {
                #expect(!rendering.contains("Adaeze") && !rendering.contains("A00012345"), "\(rendering)")
            }
        }
    }

    /// Foundation's own errors for malformed JSON name no value either (its underlying error
    /// may quote a character, never a field's text); verified with personal values around the fault.
    @Test(arguments: [
        #"{"DOB": 1990-03-04}"#,
        #"{"FullName": "Adaeze Okonkwo-Test" x}"#,
        #"{"FullName": Adaeze}"#,
        #"{"FullName": "Adaeze Okonkwo-Test"#,
    ])
    func malformedJSONErrorsCarryNoValue(json: String) {
        let renderings = Self.errorRenderings(JobResult.self, json)
        #expect(!renderings.isEmpty, "the input must fail to decode")
        for rendering in renderings {
            for personal in ["Adaeze", "Okonkwo-Test", "1990-03-04"] {
                #expect(!rendering.contains(personal), "\(personal) appears in: \(rendering)")
            }
        }
    }
}
