import Testing

@testable import UserInfoCompare

@Suite struct PhoneRuleTests {
    let nigeria = PhoneRule(callingCode: CallingCode("234"))
    let noCountry = PhoneRule(callingCode: nil)

    func national(_ rule: PhoneRule, _ value: String) -> String? {
        rule.nationalNumber(of: value)
    }

    @Test func nationalNumbers() {
        #expect(national(nigeria, "+234 803 000 0001") == "8030000001")
        #expect(national(nigeria, "00234-803-000-0001") == "8030000001")
        #expect(national(nigeria, "2348030000001") == "8030000001")
        #expect(national(nigeria, "0803 000 0001") == "8030000001")
        #expect(national(nigeria, "+2340803 000 0001") == "8030000001")
        #expect(national(nigeria, "2340000001") == "2340000001")  // 10 digits: not dropped
        #expect(national(nigeria, "+44 20 7946 0000") == "442079460000")
        #expect(national(noCountry, "+234 803 000 0001") == "2348030000001")
        #expect(national(noCountry, "0044 20") == "4420")
        #expect(national(nigeria, "  +234 0") == "")
        #expect(national(nigeria, "ext.") == nil)
    }

    @Test(arguments: [
        ("+234 803 000 0001" as String?, "08030000001" as String?, FieldOutcome.exactMatch),
        ("2348030000001", "0803-000-0001", .exactMatch),
        ("00234 803 000 0001", "+2348030000001", .exactMatch),
        ("08030000001", "08030000002", .noMatch),
        ("none", "08030000001", .notProvided),
        (nil, "08030000001", .notProvided),
    ])
    func outcomes(first: String?, second: String?, expected: FieldOutcome) {
        #expect(nigeria.outcome(first, second) == expected)
        #expect(nigeria.outcome(second, first) == expected)
    }

    @Test func withoutCountryTheCallingCodeStays() {
        #expect(noCountry.outcome("+234 803 000 0001", "0803 000 0001") == .noMatch)
        #expect(noCountry.outcome("0803 000 0001", "803 000 0001") == .exactMatch)
    }
}
