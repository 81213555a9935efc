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
