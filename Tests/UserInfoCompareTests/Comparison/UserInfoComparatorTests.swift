import Models
import ResultCodes
import TestSupport
import Testing

@_spi(SmileIDTesting) @testable import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A golden case of `Fixtures/compare/`: a ``CompareCase`` plus the expected response or error.
struct GoldenCase: Decodable {
    var description: String
    var expected: CompareUserInfoResponse?
    var expectedError: String?

    enum CodingKeys: String, CodingKey {
        case description
        case expected
        case expectedError = "expected_error"
    }
}

@Suite struct UserInfoComparatorTests {
    @Test(arguments: try Fixtures.files(in: "compare"))
    func goldenCase(file: String) throws {
        let golden = try Fixtures.decode(GoldenCase.self, from: file)
        let compareCase = try Fixtures.decode(CompareCase.self, from: file)
        let comparator = UserInfoComparator(options: compareCase.options ?? .default)
        let swapped = (compareCase.document, compareCase.idAuthority)
        let result = Result { () throws(UserInfoComparisonError) in
            try comparator.compare(
                idAuthority: compareCase.idAuthority, document: compareCase.document, country: compareCase.country)
        }
        let mirrored = Result { () throws(UserInfoComparisonError) in
            try comparator.compare(idAuthority: swapped.0, document: swapped.1, country: compareCase.country)
        }
        #expect(mirrored == result, "\(file) is not symmetric")
        switch result {
        case .success(let comparison):
            let expected = try #require(golden.expected, "\(file) expected an error: \(golden.expectedError ?? "")")
            #expect(comparison.response() == expected, "\(file): \(golden.description)")
        case .failure(let error):
            #expect(error.description == golden.expectedError, "\(file): \(golden.description)")
        }
        // The bulk entry point reads the fixture file itself (its annotation keys are allowed).
        let viaLine = CompareLineProcessor().process(line: try Fixtures.data(file))
        switch viaLine {
        case .success(let response): #expect(response == golden.expected)
        case .failure(let error): #expect(error.description == golden.expectedError)
        }
        // So does the public strict path: CompareCase(json:), then compare(_:).
        let strictCase = try CompareCase(json: try Fixtures.data(file))
        #expect(strictCase == compareCase)
        let viaCase = Result { () throws(UserInfoComparisonError) in try UserInfoComparator().compare(strictCase) }
        switch viaCase {
        case .success(let comparison): #expect(comparison.response() == golden.expected)
        case .failure(let error): #expect(error.description == golden.expectedError)
        }
    }

    @Test func goldenCasesCoverEveryOutcomeOfEveryField() throws {
        var seen: [ActionKey: Set<ActionResult>] = [:]
        var codes: Set<String> = []
        for file in try Fixtures.files(in: "compare") {
            guard let expected = try Fixtures.decode(GoldenCase.self, from: file).expected else { continue }
            codes.insert(expected.resultCode)
            for field in ComparedField.allCases {
                if let value = expected.actions[field.actionKey] { seen[field.actionKey, default: []].insert(value) }
            }
        }
        #expect(codes == ["1020", "1021", "1022"])
        let everyOutcome: Set<ActionResult> = [.exactMatch, .partialMatch, .transposed, .noMatch, .notProvided]
        #expect(seen[.name] == everyOutcome)
        #expect(seen[.dob] == everyOutcome)
        #expect(seen[.expirationDate] == everyOutcome)
        #expect(seen[.address] == everyOutcome.subtracting([.transposed]))
        #expect(seen[.gender] == [.exactMatch, .noMatch, .notProvided])
        #expect(seen[.phoneNumber] == [.exactMatch, .noMatch, .notProvided])
    }

    @Test func exampleAndSeedSampleExist() throws {
        let example = try #require(try Fixtures.decode(GoldenCase.self, from: "compare/example.json").expected)
        #expect(example.resultCode == CompareUserInfoCode.partialMatch.rawValue)
        let seed = try #require(try Fixtures.decode(GoldenCase.self, from: "compare/seed-sample.json").expected)
        #expect(seed.actions[.name] == .noMatch)
        #expect(seed.actions[.address] == .noMatch)
        #expect(seed.resultCode == "1021")
    }

    @Test func fieldsOverTheLimitAreRejectedBySymmetricCheck() {
        let long = String(repeating: "9", count: 4_097)
        let comparator = UserInfoComparator()
        #expect(throws: UserInfoComparisonError.fieldTooLong(field: "phone_number", byteCount: 4_097)) {
            try comparator.compare(
                idAuthority: UserInfo(phoneNumber: long), document: UserInfo(phoneNumber: "1"), country: nil)
        }
        #expect(throws: UserInfoComparisonError.fieldTooLong(field: "phone_number", byteCount: 4_097)) {
            try comparator.compare(
                idAuthority: UserInfo(phoneNumber: "1"), document: UserInfo(phoneNumber: long), country: nil)
        }
        #expect(throws: UserInfoComparisonError.nothingToCompare) {
            try comparator.compare(idAuthority: UserInfo(), document: UserInfo(gender: "F"), country: "NG")
        }
    }

    @Test func worstCaseStaysFast() throws {
        // Every field 4,096 bytes, many distinct words, non-ASCII, lenient: linear work only.
        let words = (0..<700).map { "wörd\($0)" }.joined(separator: " ")
        let field = String(words.utf8.prefix(4_096)) ?? ""
        let other = String(field.reversed())
        let first = UserInfo(
            firstName: field, middleName: field, lastName: field, fullName: field, dob: field,
            gender: field, phoneNumber: field, address: field, expirationDate: field)
        let second = UserInfo(
            firstName: other, middleName: other, lastName: other, fullName: other, dob: other,
            gender: other, phoneNumber: other, address: other, expirationDate: other)
        let comparator = UserInfoComparator(options: .lenient)
        let clock = ContinuousClock()
        var best = Duration.seconds(1)
        for _ in 0..<5 {
            let elapsed = try clock.measure {
                _ = try comparator.compare(idAuthority: first, document: second, country: "NG")
            }
            best = min(best, elapsed)
        }
        // A debug build with coverage is far slower than release; this bound catches quadratic work.
        #expect(best < .milliseconds(250))
    }
}
