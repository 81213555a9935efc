import Models
import ResultCodes
import Testing

@testable import UserInfoCompare

@Suite struct UserInfoComparisonTests {
    @Test func responseHasTheSeedsShape() throws {
        let comparison = try UserInfoComparison(
            name: .noMatch, dob: .exactMatch, gender: .exactMatch, phoneNumber: .exactMatch,
            address: .noMatch, expirationDate: .notProvided)
        let params = PartnerParams(userID: "TEST_USER_1", jobID: "job-1", jobType: .compareUserInfo)
        let response = comparison.response(
            smileJobID: "0000000001", partnerParams: params, signature: "sig", timestamp: "2024-01-01T00:00:00Z")
        #expect(response.resultCode == "1021" && response.resultText == "Partial Match")
        #expect(response.smileJobID == "0000000001" && response.partnerParams == params)
        #expect(response.signature == "sig" && response.timestamp == "2024-01-01T00:00:00Z")
        #expect(
            response.actions.ordered.map(\.key) == [
                .returnPersonalInfo, .verifyIDNumber, .name, .dob, .gender, .phoneNumber, .address, .expirationDate,
                .idVerification,
            ])
        #expect(
            response.actions.ordered.map(\.value.rawValue) == [
                "Not Applicable", "Verified", "No Match", "Exact Match", "Exact Match", "Exact Match", "No Match",
                "Not Provided", "Partial Match",
            ])
        #expect(comparison.response(verifyIDNumber: .notVerified).actions[.verifyIDNumber] == .notVerified)
    }

    @Test func accessorsAndDescription() throws {
        let comparison = try UserInfoComparison(
            name: .transposed, dob: .partialMatch, gender: .notProvided, phoneNumber: .noMatch,
            address: .exactMatch, expirationDate: .exactMatch)
        #expect(comparison[.name] == .transposed && comparison[.dob] == .partialMatch)
        #expect(comparison.outcomes.map(\.field) == ComparedField.allCases)
        #expect(
            comparison.description
                == "1021 Partial Match (Name: Transposed, DOB: Partial Match, Gender: Not Provided, PhoneNumber: No Match, Address: Exact Match, ExpirationDate: Exact Match)"
        )
    }

    @Test func fieldOutcomesMapToActionResults() {
        #expect(
            FieldOutcome.allCases.map(\.actionResult) == [
                .exactMatch, .partialMatch, .transposed, .noMatch, .notProvided,
            ])
        for outcome in FieldOutcome.allCases {
            #expect(FieldOutcome(actionResult: outcome.actionResult) == outcome)
        }
        #expect(FieldOutcome(actionResult: .verified) == nil)
        #expect(
            ComparedField.allCases.map(\.description) == [
                "Name", "DOB", "Gender", "PhoneNumber", "Address", "ExpirationDate",
            ])
    }

    @Test func errorsDescribeWithoutValues() {
        #expect(
            UserInfoComparisonError.fieldTooLong(field: "dob", byteCount: 5000).description
                == "dob is 5000 UTF-8 bytes long; at most 4096 are compared")
        #expect(UserInfoComparisonError.nothingToCompare.description.hasPrefix("nothing to compare"))
    }
}
