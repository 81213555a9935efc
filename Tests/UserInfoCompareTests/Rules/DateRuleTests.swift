import Testing

@testable import UserInfoCompare

@Suite struct DateRuleTests {
    let rule = DateRule(normalizer: TextNormalizer(options: .default), order: .dayFirst)

    @Test(arguments: [
        ("1990-03-04" as String?, "04/03/1990" as String?, FieldOutcome.exactMatch),
        ("1990-03-04", "1990-04-03", .transposed),
        ("1990-03-04", "1990-03-09", .partialMatch),
        ("1990-03-04", "1991-03-04", .partialMatch),
        ("1990-03-04", "1980-03-04", .partialMatch),
        ("1989-12-31", "1990-12-31", .partialMatch),
        ("1990-03-04", "1990-03-25", .noMatch),
        ("1990-03-04", "1991-03-05", .noMatch),
        ("1990-05-05", "1990-05-05", .exactMatch),
        ("1990-03-04", "1991-04-03", .noMatch),
        ("unknown", "UNKNOWN ", .exactMatch),
        ("1990-03-04", "circa 1990", .noMatch),
        ("1990-03-04", nil, .notProvided),
        (" ", "1990-03-04", .notProvided),
    ])
    func outcomes(first: String?, second: String?, expected: FieldOutcome) {
        #expect(rule.outcome(first, second) == expected)
        #expect(rule.outcome(second, first) == expected)
    }

    @Test func sameDayAndMonthIsNotTransposed() {
        // 05/05 against 05/05 of another year: one component (the year) differs.
        #expect(
            DateRule.outcome(CalendarDate(day: 5, month: 5, year: 1990), CalendarDate(day: 5, month: 5, year: 1991))
                == .partialMatch)
    }
}
