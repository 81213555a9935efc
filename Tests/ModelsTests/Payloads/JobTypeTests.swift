import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct JobTypeTests {
    @Test(arguments: [
        (1, JobType.biometricKYC), (2, .smartSelfieAuthentication), (4, .smartSelfieRegistration),
        (5, .enhancedKYC), (6, .documentVerification), (7, .businessVerification), (8, .updatePhoto),
        (9, .compareUserInfo), (10, .amlCheck), (11, .enhancedDocumentVerification),
        (12, .addressVerification),
    ])
    func knownNumbers(number: Int, expected: JobType) throws {
        #expect(JobType(rawValue: number) == expected)
        #expect(expected.rawValue == number)
        #expect(expected.isKnown)
        #expect(try decode(JobType.self, "\(number)") == expected)
        #expect(try decode(JobType.self, "\"\(number)\"") == expected)
        #expect(String(decoding: try JSONEncoder().encode(expected), as: UTF8.self) == "\(number)")
    }

    @Test(arguments: [0, 3, 13, 99, -1, Int.max])
    func unknownNumbersAreKeptAndEncodeBack(number: Int) throws {
        let jobType = try decode(JobType.self, "\(number)")
        #expect(jobType == .unknown(number))
        #expect(!jobType.isKnown)
        #expect(String(decoding: try JSONEncoder().encode(jobType), as: UTF8.self) == "\(number)")
    }

    @Test func allCasesListsEveryKnownJobTypeOnce() {
        #expect(JobType.allCases.map(\.rawValue) == [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    }

    @Test(arguments: ["\" 5 \"", "\"5\""])
    func numericStringsMayCarrySurroundingSpaces(json: String) throws {
        #expect(try decode(JobType.self, json) == .enhancedKYC)
    }

    @Test(arguments: [
        ("\"one\"", "dataCorrupted"), ("\"\"", "dataCorrupted"), ("1.5", "dataCorrupted"),
        ("1000000000000000000000000000000", "dataCorrupted"), ("true", "typeMismatch"),
        ("[1]", "typeMismatch"), ("{}", "typeMismatch"),
    ])
    func otherValuesAreRejected(json: String, kind: String) {
        let error = #expect(throws: DecodingError.self) { try decode(JobType.self, json) }
        #expect(error.flatMap(DecodingFailure.init)?.kind == kind)
    }

    @Test func descriptionNamesTheJobTypeAndNumber() {
        #expect(JobType.enhancedKYC.description == "Enhanced KYC (5)")
        #expect(JobType.unknown(77).description == "Unknown job type (77)")
    }

    /// A job type is its number: `.unknown(1)` is `.biometricKYC`, in `==`, hashing and `isKnown`.
    @Test(arguments: JobType.allCases)
    func unknownWithAKnownNumberIsThatJobType(jobType: JobType) {
        let numbered = JobType.unknown(jobType.rawValue)
        #expect(numbered == jobType)
        #expect(numbered.hashValue == jobType.hashValue)
        #expect(Set([jobType, numbered]).count == 1)
        #expect(numbered.isKnown)
        #expect(numbered.description == jobType.description)
        #expect(JobType.unknown(3) != .unknown(13))
        #expect(JobType.unknown(3) == .unknown(3))
    }
}
