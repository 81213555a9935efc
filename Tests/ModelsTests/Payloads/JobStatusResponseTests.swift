import Models
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct JobStatusResponseTests {
    @Test func decodesACompleteResponseWithHistory() throws {
        let status = try Fixtures.decode(JobStatusResponse.self, from: "job-status/complete-with-history.json")
        #expect(status.jobComplete)
        #expect(status.jobSuccess)
        #expect(status.code == "2302")
        #expect(status.result?.jobResult?.resultCode == "0810")
        #expect(status.result?.jobResult?.jobType == .biometricKYC)
        #expect(status.history?.map(\.resultCode) == ["1012", "0810"])
        #expect(status.history?.first?.isFinalResult == false)
        #expect(status.additionalFields.keys.sorted() == ["image_links"])
    }

    @Test func decodesAPendingResponseWithNumericCodeAndNullResult() throws {
        let status = try Fixtures.decode(JobStatusResponse.self, from: "job-status/pending.json")
        #expect(!status.jobComplete)
        #expect(!status.jobSuccess)
        #expect(status.code == "2314")
        #expect(status.result == nil)
        #expect(status.history == nil)
    }

    @Test func decodesAMessageInPlaceOfTheResult() throws {
        let status = try Fixtures.decode(JobStatusResponse.self, from: "job-status/no-zip-message.json")
        #expect(status.code == "2314")
        #expect(status.result == .message("No zip file received"))
        #expect(status.result?.jobResult == nil)
        #expect(status.result?.message == "No zip file received")
        let encoded = try JSONDecoder().decode([String: JSONValue].self, from: JSONEncoder().encode(status))
        #expect(encoded["result"] == .string("No zip file received"))
    }

    @Test func settingTheResultReplacesAMessage() throws {
        var status = try Fixtures.decode(JobStatusResponse.self, from: "job-status/no-zip-message.json")
        let other = try Fixtures.decode(JobStatusResponse.self, from: "job-status/complete-with-history.json")
        let latest = try #require(other.result?.jobResult)
        status.result = .jobResult(latest)
        #expect(status.result == other.result)
        #expect(status.result?.message == nil)
        #expect(
            JobStatusResponse(jobComplete: false, jobSuccess: false, code: "2314", result: .message("x")).result
                == .message("x"))
    }

    @Test func reEncodesToEqualValues() throws {
        for file in try Fixtures.files(in: "job-status") {
            let status = try Fixtures.decode(JobStatusResponse.self, from: file)
            #expect(try JSONDecoder().decode(JobStatusResponse.self, from: JSONEncoder().encode(status)) == status)
        }
    }

    @Test(arguments: [
        (#"{"job_success": true, "code": "2302"}"#, "job_complete"),
        (#"{"job_complete": "maybe", "job_success": true, "code": "2302"}"#, "job_complete"),
        (#"{"job_complete": true, "job_success": true, "code": true}"#, "code"),
        (
            #"{"job_complete": true, "job_success": true, "code": "2302", "result": {"ResultCode": "1012"}}"#,
            "result.ResultText"
        ),
        (#"{"job_complete": true, "job_success": true, "code": "2302", "result": 12}"#, "result"),
    ])
    func strictFieldsNameThePath(json: String, path: String) {
        let error = #expect(throws: DecodingError.self) { try decode(JobStatusResponse.self, json) }
        #expect(error.flatMap(DecodingFailure.init)?.path == path)
    }

    @Test func descriptionDoesNotShowTheResultsPersonalData() throws {
        var status = try Fixtures.decode(JobStatusResponse.self, from: "job-status/complete-with-history.json")
        var latest = try #require(status.result?.jobResult)
        latest.fullName = "SYNTHETIC PERSON NAME"
        status.result = .jobResult(latest)
        var dumped = ""
        dump(status, to: &dumped)
        for rendering in [String(describing: status), String(reflecting: status), dumped] {
            #expect(!rendering.contains("SYNTHETIC PERSON NAME"))
            #expect(rendering.contains("2302"))
        }
    }
}
