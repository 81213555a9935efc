/// The gender rule: Exact Match or No Match.
///
/// "m", "male" and "man" mean male; "f", "female" and "woman" mean female; any other value is
/// compared as normalised text.
struct GenderRule: Sendable {
    let normalizer: TextNormalizer

    /// The outcome for two values.
    func outcome(_ first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?) -> FieldOutcome {
        guard let firstValue = first, let secondValue = second else { return .notProvided }
        if let outcome = asciiOutcome(firstValue, secondValue) { return outcome }
        // The common values are read from the normalised bytes; strings only for other text.
        let firstWord = word(firstValue)
        let secondWord = word(secondValue)
        switch (firstWord, secondWord) {
        case (.blank, _), (_, .blank): return .notProvided
        case (.male, .male), (.female, .female): return .exactMatch
        case (.other(let firstText), .other(let secondText)): return firstText == secondText ? .exactMatch : .noMatch
        default: return .noMatch
        }
    }

    /// What a value's normalised text says.
    private enum Word {
        case blank, male, female
        /// Any other text, compared as normalised text.
        case other(String)
    }

    private func word(_ value: UnsafeBufferPointer<UInt8>) -> Word {
        normalizer.withNormalizedText(of: value) { bytes in
            if bytes.isEmpty { return .blank }
            switch Self.gender(of: bytes) {
            case .male?: return .male
            case .female?: return .female
            case nil: return .other(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    private enum Gender { case male, female }

    /// The gender a normalised text names, or `nil` for other text.
    @inline(__always)
    private static func gender(of bytes: UnsafeBufferPointer<UInt8>) -> Gender? {
        // The six words are 1 to 6 ASCII letters: pack the bytes into one integer and switch.
        guard bytes.count <= 6 else { return nil }
        var packed: UInt64 = 0
        for byte in bytes { packed = packed << 8 | UInt64(byte) }
        switch packed {
        case 0x6D, 0x6D61_6C65, 0x6D_616E: return .male  // m, male, man
        case 0x66, 0x6665_6D61_6C65, 0x77_6F6D_616E: return .female  // f, female, woman
        default: return nil
        }
    }

    /// The outcome when both values are ASCII, read from their normalised bytes in temporary
    /// storage without making a string; `nil` when one is not ASCII.
    private func asciiOutcome(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>)
        -> FieldOutcome?
    {
        let outcome = normalizer.withASCIINormalizedTexts(of: first, and: second) {
            firstText, secondText -> FieldOutcome in
            if firstText.isEmpty || secondText.isEmpty { return .notProvided }
            switch (Self.gender(of: firstText), Self.gender(of: secondText)) {
            case (.male?, .male?), (.female?, .female?): return .exactMatch
            // Other text against other text: ASCII text is equal exactly when its bytes are.
            case (nil, nil): return firstText.hasSameBytes(as: secondText) ? .exactMatch : .noMatch
            default: return .noMatch
            }
        }
        return outcome
    }
}
