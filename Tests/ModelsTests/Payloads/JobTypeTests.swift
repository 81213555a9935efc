import Models
import TestSupport
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
        #expect(jobType == JobType(rawValue: number))
        #expect(jobType.rawValue == number)
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
        #expect(JobType(rawValue: 77).description == "Unknown job type (77)")
    }

    /// A job type is its number: one built from a known number is that static member, in `==`,
    /// hashing, `isKnown` and `description`.
    @Test(arguments: JobType.allCases)
    func aJobTypeIsItsNumber(jobType: JobType) {
        let numbered = JobType(rawValue: jobType.rawValue)
        #expect(numbered == jobType)
        #expect(numbered.hashValue == jobType.hashValue)
        #expect(Set([jobType, numbered]).count == 1)
        #expect(numbered.isKnown)
        #expect(numbered.description == jobType.description)
        #expect(JobType(rawValue: 3) != JobType(rawValue: 13))
        #expect(JobType(rawValue: 3) == JobType(rawValue: 3))
    }

    /// The table has a row (with a name) for every static member, and a static member for every
    /// row, each once, in `job_type` order.
    @Test func theTableListsEveryStaticMemberOnce() throws {
        let declared = try DeclaredStaticMembers.of(fileAt: "Sources/Models/Payloads/JobType.swift")
        #expect(declared.count == 11)
        #expect(JobType.table.map { String($0.jobType.rawValue) } == declared.map(\.rawValue))
        #expect(Set(JobType.table.map(\.jobType)).count == JobType.table.count)
        #expect(JobType.table.map(\.jobType.rawValue) == JobType.table.map(\.jobType.rawValue).sorted())
        #expect(Set(JobType.table.map(\.name)).count == JobType.table.count)
        #expect(JobType.allCases == JobType.table.map(\.jobType))
        for member in declared {
            let jobType = try #require(Int(member.rawValue).map(JobType.init(rawValue:)), "\(member)")
            #expect(jobType.isKnown && jobType.name?.isEmpty == false, "\(member)")
        }
    }

    /// Smile ID's names, which `smileid`'s output and the README print.
    @Test func everyKnownJobTypeHasItsName() {
        #expect(
            JobType.allCases.map(\.description) == [
                "Biometric KYC (1)", "SmartSelfie Authentication (2)", "SmartSelfie Registration (4)",
                "Enhanced KYC (5)", "Document Verification (6)", "Business Verification (7)",
                "Update Photo (8)", "Compare User Info (9)", "AML Check (10)",
                "Enhanced Document Verification (11)", "Address Verification (12)",
            ])
    }
}
