// This file holds a README example verbatim (the tests check the README shows it line for line),
// so the formatter leaves it as the README shows it.
// swift-format-ignore-file

// --- README example imports ---
import Models
import ResultCodes
import UserInfoCompare
// --- README example imports end ---
import Testing

/// The README's UserInfoCompare example, compiled and run so that it stays true. In the README
/// it is top-level code of a `main.swift`, under the imports above; here it is a test's body.
@Suite struct ReadmeExampleTests {
    @Test func readmeExample() throws {
        // --- README example begins ---
        let idAuthority = UserInfo(firstName: "Chinedu", middleName: "Emeka", lastName: "Okafor-Test",
                                   dob: "1988-07-14", gender: "Male", phoneNumber: "0803 000 0017")
        let passport = UserInfo(firstName: "CHINEDU", lastName: "OKAFOR-TEST",
                                dob: "14 JUL 1988", gender: "M", phoneNumber: "+234 803 000 0017")

        let comparison = try UserInfoComparator().compare(idAuthority: idAuthority, document: passport,
                                                          country: "NG")
        print(comparison.name)          // Partial Match: the passport leaves out the middle name
        print(comparison.dob)           // Exact Match: 14 JUL 1988 is 1988-07-14
        print(comparison.resultText)    // Partial Match: the overall result, code 1021
        precondition(comparison.phoneNumber == .exactMatch)
        precondition(comparison.resultCode == .partialMatch)
        precondition(comparison.resultCode.row.outcome == .provisionallyApproved)

        let response = comparison.response()    // Smile ID's response shape
        precondition(response.resultCode == "1021")
        precondition(response.actions[.address] == .notProvided)

        // Passport machine-readable zones drop diacritics and apostrophes:
        let lenient = UserInfoComparator(options: .lenient)
        let mrz = try lenient.compare(idAuthority: UserInfo(fullName: "Adébáyọ̀ O’Brien-Test"),
                                      document: UserInfo(fullName: "ADEBAYO OBRIEN TEST"), country: "NG")
        precondition(mrz.resultCode == .exactMatch)
        // --- README example ends ---

        // The same facts as test expectations, so that a change is reported, not a crash.
        #expect("\(comparison.name)" == "Partial Match")
        #expect("\(comparison.dob)" == "Exact Match")
        #expect(comparison.resultText == "Partial Match")
        #expect(comparison.phoneNumber == .exactMatch)
        #expect(comparison.resultCode == .partialMatch)
        #expect(response.actions[.address] == .notProvided)
        #expect(mrz.resultCode == .exactMatch)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TestSupport

extension ReadmeExampleTests {
    /// The README shows the example above line for line, imports first, so the README cannot
    /// drift from code that compiles and passes.
    @Test func readmeShowsTheExampleVerbatim() throws {
        let readme = String(decoding: try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md")), as: UTF8.self)
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: #filePath)), as: UTF8.self)
        let shown = try #require(ReadmeSnippet.lines(of: readme, between: "<!-- BEGIN compare example -->", and: "<!-- END compare example -->"))
        let imports = try #require(ReadmeSnippet.lines(of: source, between: "// --- README example " + "imports ---", and: "// --- README example " + "imports end ---"))
        let body = try #require(ReadmeSnippet.lines(of: source, between: "// --- README example " + "begins ---", and: "// --- README example " + "ends ---"))
        #expect(shown == imports + body)
    }
}
