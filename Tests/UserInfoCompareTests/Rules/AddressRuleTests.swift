import Testing

@testable import UserInfoCompare

@Suite struct AddressRuleTests {
    let rule = AddressRule(normalizer: TextNormalizer(options: .default), partialThreshold: 0.5)

    @Test(arguments: [
        ("st", "street"), ("rd", "road"), ("ave", "avenue"), ("av", "avenue"), ("cres", "crescent"),
        ("cl", "close"), ("dr", "drive"), ("ln", "lane"), ("blvd", "boulevard"), ("hwy", "highway"),
        ("est", "estate"), ("ct", "court"), ("pl", "place"), ("sq", "square"), ("apt", "apartment"),
        ("bldg", "building"), ("fl", "floor"),
    ])
    func abbreviations(abbreviation: String, word: String) {
        #expect(AddressRule.expansion(of: abbreviation) == word)
        #expect(rule.tokens(of: "1 \(abbreviation.uppercased()).") == ["1", word])
    }

    @Test func onlyWholeWordsExpand() {
        #expect(rule.tokens(of: "Stadium Rd") == ["stadium", "road"])
        #expect(AddressRule.expansion(of: "street") == nil)
    }

    @Test(arguments: [
        ("12 Admiralty Way, Lekki" as String?, "12 admiralty  way lekki" as String?, FieldOutcome.exactMatch),
        ("12 Admiralty Rd", "12 Admiralty Road", .exactMatch),
        ("Lekki 12 Admiralty Way", "12 Admiralty Way Lekki", .partialMatch),
        ("12 Admiralty Way Lekki Lagos", "12 Admiralty Close", .partialMatch),
        ("12 Admiralty Way", "40 Bourdillon Road Ikoyi Lagos", .noMatch),
        ("---", "12 Admiralty Way", .noMatch),
        ("---", "***", .exactMatch),
        ("  ", "12 Admiralty Way", .notProvided),
    ])
    func outcomes(first: String?, second: String?, expected: FieldOutcome) {
        #expect(rule.outcome(first, second) == expected)
        #expect(rule.outcome(second, first) == expected)
    }

    @Test func thresholdIsInclusive() {
        // smaller set {12, admiralty, way, lagos}: 2 of 4 shared = 0.5
        let pair = ("12 Admiralty Way Lagos", "12 Admiralty Close Ikeja Estate")
        #expect(rule.outcome(pair.0, pair.1) == .partialMatch)
        let strict = AddressRule(normalizer: TextNormalizer(options: .default), partialThreshold: 0.75)
        #expect(strict.outcome(pair.0, pair.1) == .noMatch)
    }
}
