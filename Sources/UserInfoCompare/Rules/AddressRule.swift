/// The address rule: Exact Match, Partial Match or No Match over address words.
///
/// An address is normalised, split at every scalar that is neither a letter, a combining mark
/// nor a number, and each whole-word abbreviation is expanded (`st` → `street`, …).
struct AddressRule: Sendable {
    let normalizer: TextNormalizer
    /// ``CompareOptions/addressPartialThreshold``.
    let partialThreshold: Double

    /// The outcome for two values.
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        guard let first, let second, !first.isBlank, !second.isBlank else { return .notProvided }
        return outcome(tokens(of: first), tokens(of: second))
    }

    /// The outcome for two word sequences of provided addresses.
    func outcome(_ first: [String], _ second: [String]) -> FieldOutcome {
        if first == second { return .exactMatch }
        let overlap = TokenOverlap(first, second)
        let smaller = min(overlap.firstCount, overlap.secondCount)
        guard smaller > 0 else { return .noMatch }
        return Double(overlap.sharedCount) / Double(smaller) >= partialThreshold ? .partialMatch : .noMatch
    }

    /// The words of an address, abbreviations expanded.
    func tokens(of value: String) -> [String] {
        var words = normalizer.tokens(of: value, splitting: .address)
        for index in words.indices {
            if let expansion = Self.expansion(of: words[index]) {
                words[index] = expansion
            }
        }
        return words
    }

    /// The word an abbreviation stands for, or `nil` when the word is not one.
    static func expansion(of word: String) -> String? {
        switch word {
        case "st": "street"
        case "rd": "road"
        case "ave", "av": "avenue"
        case "cres": "crescent"
        case "cl": "close"
        case "dr": "drive"
        case "ln": "lane"
        case "blvd": "boulevard"
        case "hwy": "highway"
        case "est": "estate"
        case "ct": "court"
        case "pl": "place"
        case "sq": "square"
        case "apt": "apartment"
        case "bldg": "building"
        case "fl": "floor"
        default: nil
        }
    }
}
