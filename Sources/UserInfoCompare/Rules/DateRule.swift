/// The date rule, for the date of birth and the expiration date: Exact Match, Transposed,
/// Partial Match or No Match.
///
/// Both values parse → compared by components; otherwise compared as normalised text (Exact
/// Match when equal, otherwise No Match).
struct DateRule: Sendable {
    let normalizer: TextNormalizer
    let order: CompareOptions.DateOrder

    /// The outcome for two values.
    func outcome(_ first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?) -> FieldOutcome {
        guard let first, let second else { return .notProvided }
        if let outcome = asciiOutcome(first, second) { return outcome }
        // Parsed from the normalised bytes; strings are made only to compare unparsed text.
        let firstDate = parse(first)
        let secondDate = parse(second)
        switch (firstDate, secondDate) {
        case (.blank, _), (_, .blank):
            return .notProvided
        case (.date(let firstDate), .date(let secondDate)):
            return Self.outcome(firstDate, secondDate)
        case (.text(let firstText), .text(let secondText)):
            return firstText == secondText ? .exactMatch : .noMatch
        default:
            // A date against text that does not parse: equal only if the texts are.
            return normalizer.normalizedText(of: first) == normalizer.normalizedText(of: second)
                ? .exactMatch : .noMatch
        }
    }

    /// The outcome when both values are ASCII, parsed from their normalised bytes in temporary
    /// storage without making a string; `nil` when one is not ASCII.
    private func asciiOutcome(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>)
        -> FieldOutcome?
    {
        let outcome = normalizer.withASCIINormalizedTexts(of: first, and: second) {
            firstText, secondText -> FieldOutcome in
            if firstText.isEmpty || secondText.isEmpty { return .notProvided }
            if let firstDate = CalendarDate(parsing: firstText, order: order),
                let secondDate = CalendarDate(parsing: secondText, order: order)
            {
                return Self.outcome(firstDate, secondDate)
            }
            // Otherwise compared as text; ASCII text is equal exactly when its bytes are.
            return firstText.hasSameBytes(as: secondText) ? .exactMatch : .noMatch
        }
        return outcome
    }

    /// What a value's normalised text is: blank, a date, or text that does not parse.
    private enum Parsed {
        case blank
        case date(CalendarDate)
        case text(String)
    }

    private func parse(_ value: UnsafeBufferPointer<UInt8>) -> Parsed {
        normalizer.withNormalizedText(of: value) { bytes in
            if bytes.isEmpty { return .blank }
            return CalendarDate(parsing: bytes, order: order).map(Parsed.date)
                ?? .text(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The outcome for two parsed dates.
    static func outcome(_ first: CalendarDate, _ second: CalendarDate) -> FieldOutcome {
        if first == second { return .exactMatch }
        if first.year == second.year, first.day != first.month,
            first.day == second.month, first.month == second.day
        {
            return .transposed
        }
        // Exactly one component differs, and only a little (no array: this runs per record).
        let dayDiffers = first.day != second.day
        let monthDiffers = first.month != second.month
        let yearDiffers = first.year != second.year
        switch (dayDiffers, monthDiffers, yearDiffers) {
        case (true, false, false):
            return CalendarDate.isNear(first.day, second.day, width: 2) ? .partialMatch : .noMatch
        case (false, true, false):
            return CalendarDate.isNear(first.month, second.month, width: 2) ? .partialMatch : .noMatch
        case (false, false, true):
            return CalendarDate.isNear(first.year, second.year, width: 4) ? .partialMatch : .noMatch
        default:
            return .noMatch
        }
    }
}
