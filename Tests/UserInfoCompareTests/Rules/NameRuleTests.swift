import Models
import Testing

@testable import UserInfoCompare

@Suite struct NameRuleTests {
    let rule = NameRule(normalizer: TextNormalizer(options: .default))

    @Test func tokensComeFromFirstMiddleLastOrFullName() {
        #expect(
            rule.tokens(of: UserInfo(firstName: "Ada", middleName: "Chi", lastName: "Okonkwo-Test")) == [
                "ada", "chi", "okonkwo", "test",
            ])
        #expect(rule.tokens(of: UserInfo(lastName: "Okonkwo", fullName: "Ignored Name")) == ["okonkwo"])
        #expect(rule.tokens(of: UserInfo(fullName: "OKONKWO, ADA")) == ["okonkwo", "ada"])
        #expect(rule.tokens(of: UserInfo(firstName: " . ", fullName: "Ada Okonkwo")) == ["ada", "okonkwo"])
        #expect(rule.tokens(of: UserInfo(middleName: "Chi")) == ["chi"])
        #expect(rule.tokens(of: UserInfo(firstName: "  ", fullName: "-")).isEmpty)
    }

    @Test(arguments: [
        (["john", "doe"], ["john", "doe"], FieldOutcome.exactMatch),
        (["doe", "john"], ["john", "doe"], .transposed),
        (["john", "paul", "doe"], ["john", "doe"], .partialMatch),
        (["jon", "doe"], ["john", "doe"], .partialMatch),
        (["john", "john", "doe"], ["john", "doe", "doe"], .partialMatch),
        (["jane", "roe"], ["john", "doe"], .noMatch),
        ([], ["john"], .notProvided),
    ])
    func outcomes(first: [String], second: [String], expected: FieldOutcome) {
        #expect(NameRule.outcome(first, second) == expected)
        #expect(NameRule.outcome(second, first) == expected)
    }
}

@Suite struct NameRuleLongListTests {
    let words = (0..<20).map { "nàme\($0)" }

    @Test func longListsFollowTheSameRules() {
        #expect(NameRule.outcome(words, words) == .exactMatch)
        #expect(NameRule.outcome(words, words.reversed()) == .transposed)
        #expect(NameRule.outcome(words, words.dropLast() + ["other"]) == .partialMatch)
        #expect(NameRule.outcome(words + words, words + words.reversed()) == .transposed)
        #expect(NameRule.outcome(words + ["x", "x"], words + ["x", "y"]) == .partialMatch)
        #expect(NameRule.outcome(words, words.map { $0 + "z" }) == .noMatch)
    }
}
