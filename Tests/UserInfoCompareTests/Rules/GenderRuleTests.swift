import Testing

@testable import UserInfoCompare

@Suite struct GenderRuleTests {
    let rule = GenderRule(normalizer: TextNormalizer(options: .default))

    @Test(arguments: [
        ("M" as String?, "male" as String?, FieldOutcome.exactMatch), ("Man", "m", .exactMatch),
        ("F", "FEMALE", .exactMatch),
        ("woman", "f", .exactMatch), ("M", "F", .noMatch), ("X", "x ", .exactMatch), ("X", "M", .noMatch),
        ("Non  Binary", "non binary", .exactMatch), ("", "M", .notProvided), (nil, "F", .notProvided),
    ])
    func outcomes(first: String?, second: String?, expected: FieldOutcome) {
        #expect(rule.outcome(first, second) == expected)
        #expect(rule.outcome(second, first) == expected)
    }
}
