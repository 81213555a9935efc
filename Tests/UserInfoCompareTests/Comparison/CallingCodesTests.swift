import Testing

@testable import UserInfoCompare

@Suite struct CallingCodesTests {
    @Test(arguments: [
        ("NG", "234"), ("GH", "233"), ("KE", "254"), ("ZA", "27"), ("US", "1"), ("GB", "44"),
        ("CI", "225"), ("UG", "256"), ("RW", "250"), ("TZ", "255"), ("IN", "91"), ("FR", "33"),
        ("KZ", "7"), ("CA", "1"), ("JE", "44"),
    ])
    func knownCodes(country: String, callingCode: String) {
        #expect(CallingCodes.callingCode(forCountry: country) == callingCode)
    }

    @Test func everyOfficiallyAssignedCountryIsListed() {
        #expect(CallingCodes.byCountry.count == 249)
        for (country, code) in CallingCodes.byCountry {
            #expect(country.utf8.count == 2 && country.utf8.allSatisfy { (0x41...0x5A).contains($0) })
            #expect(!code.isEmpty && code.utf8.count <= 3 && code.utf8.allSatisfy { (0x30...0x39).contains($0) })
        }
    }

    @Test(arguments: ["ng", "Ng", " NG ", "\tng"])
    func lookupIgnoresCaseAndSurroundingSpace(country: String) {
        #expect(CallingCodes.callingCode(forCountry: country) == "234")
    }

    @Test(arguments: ["", "N", "NGA", "N G", "XK", "ZZ", "1G", "ÑG"])
    func unknownCodesHaveNoCallingCode(country: String) {
        #expect(CallingCodes.callingCode(forCountry: country) == nil)
    }
}
