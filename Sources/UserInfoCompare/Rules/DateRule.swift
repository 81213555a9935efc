/// The date rule, for the date of birth and the expiration date: Exact Match, Transposed,
/// Partial Match or No Match.
///
/// Both values parse → compared by components; otherwise compared as normalised text (Exact
/// Match when equal, otherwise No Match).
struct DateRule: Sendable {
    let normalizer: TextNormalizer
    let order: CompareOptions.DateOrder

    /// The outcome for two values.
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        guard let first, let second else { return .notProvided }
        let firstText = normalizer.normalizedText(of: first)
        let secondText = normalizer.normalizedText(of: second)
        if firstText.isEmpty || secondText.isEmpty { return .notProvided }
        guard let firstDate = CalendarDate(parsing: firstText, order: order),
            let secondDate = CalendarDate(parsing: secondText, order: order)
        else {
            return firstText == secondText ? .exactMatch : .noMatch
        }
        return Self.outcome(firstDate, secondDate)
    }

    /// The outcome for two parsed dates.
    static func outcome(_ first: CalendarDate, _ second: CalendarDate) -> FieldOutcome {
        if first == second { return .exactMatch }
        if first.year == second.year, first.day != first.month,
            first.day == second.month, first.month == second.day
        {
            return .transposed
        }
        var differing = 0
        var near = false
        for (firstPart, secondPart, width) in [
            (first.day, second.day, 2), (first.month, second.month, 2), (first.year, second.year, 4),
        ] where firstPart != secondPart {
            differing += 1
            near = CalendarDate.isNear(firstPart, secondPart, width: width)
        }
        if differing == 1 && near { return .partialMatch }
        return .noMatch
    }
}
