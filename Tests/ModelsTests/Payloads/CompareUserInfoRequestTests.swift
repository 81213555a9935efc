import Models
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct CompareUserInfoRequestTests {
    @Test func theSeedSampleDecodesAndReEncodesToEqualJSON() throws {
        let data = try Fixtures.data("seed-003/sample-request.json")
        let request = try JSONDecoder().decode(CompareUserInfoRequest.self, from: data)
        #expect(request.sourceSDK == "rest_api")
        #expect(request.sourceSDKVersion == "1.0.0")
        #expect(request.partnerID == "002")
        #expect(request.timestamp == "2021-05-18 15:14:43 -0700")
        #expect(request.signature == "V0Ti...")
        #expect(request.userID == "4fdjlkfsec0-6477-4083-b1b6-3d6fa6230a71")
        #expect(request.country == "NG")
        #expect(request.idType == "PASSPORT")
        #expect(try jsonValue(JSONEncoder().encode(request)) == jsonValue(data))
        #expect(throws: Never.self) { try request.validate() }
    }

    @Test(arguments: CompareUserInfoRequest.requiredParameters)
    func validationNamesTheFirstMissingParameter(missing: String) throws {
        let data = try Fixtures.data("seed-003/sample-request.json")
        guard case .object(var object) = try jsonValue(data) else {
            Issue.record("not an object")
            return
        }
        object[missing] = nil
        let request = try JSONDecoder().decode(
            CompareUserInfoRequest.self, from: JSONEncoder().encode(JSONValue.object(object)))
        let error = #expect(throws: APIErrorResponse.self) { try request.validate() }
        #expect(error == APIErrorResponse(code: "2413", error: "\(missing) is missing"))
    }

    @Test func blankCountsAsMissingAndTheFirstInTableOrderIsReported() {
        let request = CompareUserInfoRequest(
            sourceSDK: "rest_api", sourceSDKVersion: "1.0.0", partnerID: "  ", timestamp: "t",
            signature: "s", userID: nil, country: "NG", idType: "PASSPORT")
        #expect(request.firstMissingParameter == "partner_id")
    }

    @Test func aWrongTypeIsADecodingErrorNamingTheField() {
        let error = #expect(throws: DecodingError.self) {
            try decode(CompareUserInfoRequest.self, #"{"partner_id": 2}"#)
        }
        #expect(error.flatMap(DecodingFailure.init)?.path == "partner_id")
    }
}
