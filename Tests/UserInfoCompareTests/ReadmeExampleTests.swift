import Models
import ResultCodes
import Testing
import UserInfoCompare

/// The README's UserInfoCompare example, compiled and checked so that it stays true.
@Suite struct ReadmeExampleTests {
    @Test func readmeExample() throws {
        // --- README example begins ---
        let idAuthority = UserInfo(firstName: "Chinedu", middleName: "Emeka", lastName: "Okafor-Test",
                                   dob: "1988-07-14", gender: "Male", phoneNumber: "0803 000 0017")
        let passport = UserInfo(firstName: "CHINEDU", lastName: "OKAFOR-TEST",
                                dob: "14 JUL 1988", gender: "M", phoneNumber: "+234 803 000 0017")

        let comparison = try UserInfoComparator().compare(idAuthority: idAuthority, document: passport,
                                                          country: "NG")
        #expect(comparison.name == .partialMatch)   // the passport leaves out the middle name
        #expect(comparison.dob == .exactMatch)      // 14 JUL 1988 is 1988-07-14
        #expect(comparison.phoneNumber == .exactMatch)
        #expect(comparison.resultCode == .partialMatch)   // 1021
        #expect(comparison.resultCode.outcome == .provisionallyApproved)

        let response = comparison.response()        // Smile ID's response shape
        #expect(response.resultCode == "1021")
        #expect(response.actions.address == .notProvided)

        // Passport machine-readable zones drop diacritics and apostrophes:
        let lenient = UserInfoComparator(options: .lenient)
        let mrz = try lenient.compare(idAuthority: UserInfo(fullName: "Adébáyọ̀ O’Brien-Test"),
                                      document: UserInfo(fullName: "ADEBAYO OBRIEN TEST"), country: "NG")
        #expect(mrz.resultCode == .exactMatch)
        // --- README example ends ---
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TestSupport

extension ReadmeExampleTests {
    /// The README shows the example above line for line, so the README cannot drift from code
    /// that compiles and passes.
    @Test func readmeShowsTheExampleVerbatim() throws {
        let readme = String(decoding: try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md")), as: UTF8.self)
        let source = String(decoding: try Data(contentsOf: URL(fileURLWithPath: #filePath)), as: UTF8.self)
        let shown = try #require(ReadmeSnippet.lines(of: readme, between: "<!-- BEGIN compare example -->", and: "<!-- END compare example -->"))
        let code = try #require(ReadmeSnippet.lines(of: source, between: "// --- README example " + "begins ---", and: "// --- README example " + "ends ---"))
        #expect(shown == code)
    }
}
