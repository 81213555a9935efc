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
        var words: [String] = []
        words.reserveCapacity(8)
        normalizer.appendTokens(of: value, splitting: .address, expandingAbbreviations: true, to: &words)
        return words
    }

    /// The word an abbreviation stands for, or `nil` when the word is not one.
    static func expansion(of word: String) -> String? {
        var word = word
        return word.withUTF8 { expansion(of: $0) }
    }

    /// The word an abbreviation, given as normalised UTF-8 bytes, stands for, or `nil` when the
    /// bytes are not one.
    @inline(__always)
    static func expansion(of word: UnsafeBufferPointer<UInt8>) -> String? {
        // Abbreviations are 2 to 4 ASCII letters: pack the bytes into one integer and switch.
        guard word.count >= 2 && word.count <= 4 else { return nil }
        var packed: UInt32 = 0
        for byte in word {
            guard ASCII.isLowercaseLetter(byte) else { return nil }
            packed = packed << 8 | UInt32(byte)
        }
        switch packed {
        case 0x7374: return "street"  // st
        case 0x7264: return "road"  // rd
        case 0x61_7665, 0x6176: return "avenue"  // ave, av
        case 0x6372_6573: return "crescent"  // cres
        case 0x636C: return "close"  // cl
        case 0x6472: return "drive"  // dr
        case 0x6C6E: return "lane"  // ln
        case 0x626C_7664: return "boulevard"  // blvd
        case 0x68_7779: return "highway"  // hwy
        case 0x65_7374: return "estate"  // est
        case 0x6374: return "court"  // ct
        case 0x706C: return "place"  // pl
        case 0x7371: return "square"  // sq
        case 0x61_7074: return "apartment"  // apt
        case 0x626C_6467: return "building"  // bldg
        case 0x666C: return "floor"  // fl
        default: return nil
        }
    }
}
