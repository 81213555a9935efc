/// The address rule: Exact Match, Partial Match or No Match over address words.
///
/// An address is normalised, split at every scalar that is neither a letter, a combining mark
/// nor a number, and each whole-word abbreviation is expanded (`st` → `street`, …).
struct AddressRule: Sendable {
    let normalizer: TextNormalizer
    /// ``CompareOptions/addressPartialThreshold``.
    let partialThreshold: Double

    /// The outcome for two values.
    ///
    /// Both are normalised into one temporary buffer, each by the ASCII fast path when it is
    /// ASCII; words are compared as bytes when both came out ASCII, otherwise as strings
    /// (canonical equivalence).
    func outcome(_ first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?) -> FieldOutcome {
        guard let first, let second else { return .notProvided }
        let capacity =
            TextNormalizer.terminatedTokensCapacity(forByteCount: first.count)
            + TextNormalizer.terminatedTokensCapacity(forByteCount: second.count)
        let ascii = ASCIINormalizer(separators: .address, dropsApostrophes: normalizer.dropsApostrophes)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var length = 0
            var firstCount = 0
            var secondCount = 0
            let firstIsASCII = normalizer.appendTerminatedTokens(
                of: first, splitting: .address, trying: ascii, expandingAbbreviations: true, to: buffer,
                length: &length, tokenCount: &firstCount)
            let firstEnd = length
            let secondIsASCII = normalizer.appendTerminatedTokens(
                of: second, splitting: .address, trying: ascii, expandingAbbreviations: true, to: buffer,
                length: &length, tokenCount: &secondCount)
            // A value that is only white space is Not Provided; one of other separators has no
            // word and shares none. (Only a value without words can be blank.)
            if firstCount == 0 && TextNormalizer.isBlank(first) || secondCount == 0 && TextNormalizer.isBlank(second) {
                return .notProvided
            }
            let firstWords = TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[..<firstEnd]), count: firstCount)
            let secondWords = TokenBytes(
                bytes: UnsafeBufferPointer(rebasing: buffer[firstEnd..<length]), count: secondCount)
            if firstIsASCII && secondIsASCII { return outcome(firstWords, secondWords) }
            return outcome(firstWords.strings, secondWords.strings)
        }
    }

    /// The outcome for two word lists of provided addresses: byte by byte when both are
    /// ASCII, otherwise as strings (canonical equivalence).
    func outcome(_ first: TokenBytes, _ second: TokenBytes) -> FieldOutcome {
        if first == second { return .exactMatch }
        let overlap = TokenBytes.withTokenNumbers(first, second) { firstNumbers, secondNumbers, distinctCount in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: distinctCount) { flags in
                flags.initialize(repeating: 0)
                for number in firstNumbers { flags[Int(number)] |= 1 }
                for number in secondNumbers { flags[Int(number)] |= 2 }
                var overlap = TokenOverlap(firstCount: 0, secondCount: 0, sharedCount: 0)
                for flag in flags {
                    if flag & 1 != 0 { overlap.firstCount += 1 }
                    if flag & 2 != 0 { overlap.secondCount += 1 }
                    if flag == 3 { overlap.sharedCount += 1 }
                }
                return overlap
            }
        }
        return outcome(overlap)
    }

    /// The outcome for two word sequences of provided addresses.
    func outcome(_ first: [String], _ second: [String]) -> FieldOutcome {
        if first == second { return .exactMatch }
        return outcome(TokenOverlap(first, second))
    }

    /// The outcome for the overlap of two different word lists.
    private func outcome(_ overlap: TokenOverlap) -> FieldOutcome {
        let smaller = min(overlap.firstCount, overlap.secondCount)
        guard smaller > 0 else { return .noMatch }
        return Double(overlap.sharedCount) / Double(smaller) >= partialThreshold ? .partialMatch : .noMatch
    }

    /// The words of an address, abbreviations expanded.
    func tokens(of value: String) -> [String] {
        value.withUTF8Bytes { value in
            let capacity = TextNormalizer.terminatedTokensCapacity(forByteCount: value.count)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                var length = 0
                var count = 0
                _ = normalizer.appendTerminatedTokens(
                    of: value, splitting: .address, expandingAbbreviations: true, to: buffer, length: &length,
                    tokenCount: &count)
                return TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[..<length]), count: count).strings
            }
        }
    }

    /// The word an abbreviation stands for, or `nil` when the word is not one.
    static func expansion(of word: String) -> String? {
        var word = word
        return word.withUTF8 { expansion(of: $0) }.map { $0.description }
    }

    /// The word an abbreviation, given as normalised UTF-8 bytes, stands for, or `nil` when the
    /// bytes are not one.
    @inline(__always)
    static func expansion(of word: UnsafeBufferPointer<UInt8>) -> StaticString? {
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
