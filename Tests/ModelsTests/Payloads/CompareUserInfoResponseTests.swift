import Models
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct CompareUserInfoResponseTests {
    @Test func theSeedSampleDecodesIntoTypedValues() throws {
        let response = try Fixtures.decode(CompareUserInfoResponse.self, from: "seed-003/sample-response.json")
        #expect(response.smileJobID == "0000000407")
        #expect(
            response.partnerParams
                == PartnerParams(
                    userID: "TEST_DEV_DOCV_USER_017", jobID: "83c949f6-a8dd-49cc-adf7-aa9dc6553aba",
                    jobType: .compareUserInfo))
        #expect(response.resultText == "Partial Match")
        #expect(response.resultCode == "1021")
        #expect(response.actions[.returnPersonalInfo] == .notApplicable)
        #expect(response.actions[.verifyIDNumber] == .verified)
        #expect(response.actions[.name] == .noMatch)
        #expect(response.actions[.dob] == .exactMatch)
        #expect(response.actions[.gender] == .exactMatch)
        #expect(response.actions[.phoneNumber] == .exactMatch)
        #expect(response.actions[.address] == .noMatch)
        #expect(response.actions[.expirationDate] == .exactMatch)
        #expect(response.actions[.idVerification] == .partialMatch)
        #expect(response.signature == "ntlu...")
        #expect(response.timestamp == "2022-05-24T18:43:42.536Z")
    }

    @Test func theSeedSampleReEncodesToEqualJSON() throws {
        let data = try Fixtures.data("seed-003/sample-response.json")
        let response = try JSONDecoder().decode(CompareUserInfoResponse.self, from: data)
        #expect(try jsonValue(JSONEncoder().encode(response)) == jsonValue(data))
    }

    @Test func optionalEnvelopeFieldsAreOmittedWhenAbsent() throws {
        let response = CompareUserInfoResponse(
            resultText: "Exact Match", resultCode: "1020", actions: Actions([.name: .exactMatch]))
        guard case .object(let object) = try jsonValue(JSONEncoder().encode(response)) else {
            Issue.record("not an object")
            return
        }
        #expect(Set(object.keys) == ["ResultText", "ResultCode", "Actions"])
    }

    @Test(arguments: ["ResultText", "ResultCode", "Actions"])
    func requiredFieldsAreNamedWhenMissing(field: String) throws {
        let data = try Fixtures.data("seed-003/sample-response.json")
        guard case .object(var object) = try jsonValue(data) else {
            Issue.record("not an object")
            return
        }
        object[field] = nil
        let stripped = try JSONEncoder().encode(JSONValue.object(object))
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CompareUserInfoResponse.self, from: stripped)
        }
        #expect(error.flatMap(DecodingFailure.init) == DecodingFailure(kind: "keyNotFound", path: field))
    }
}
