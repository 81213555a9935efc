/// The text normalisation every rule starts from, fused with tokenising into one pass.
///
/// Lowercases (Unicode's default mapping), optionally drops apostrophes and folds diacritics,
/// and splits at the given separators, dropping empty tokens; so white space is trimmed and
/// collapsed for free. Tokens are `String`s, whose `==` and hashing follow Unicode canonical
/// equivalence, so "é" as one scalar equals "e" + U+0301.
///
/// ASCII text, the common case, takes a byte loop with no Unicode tables and no allocation
/// beyond the tokens (short tokens are stored inline in `String`).
struct TextNormalizer: Sendable {
    /// Whether diacritics are folded (``CompareOptions/foldsDiacritics``).
    var foldsDiacritics: Bool
    /// Whether `'` and `’` are dropped (``CompareOptions/dropsApostrophes``).
    var dropsApostrophes: Bool

    init(options: CompareOptions) {
        foldsDiacritics = options.foldsDiacritics
        dropsApostrophes = options.dropsApostrophes
    }

    /// The normalised tokens of a value.
    func tokens(of value: String, splitting separators: TokenSeparators) -> [String] {
        var value = value
        let fast = value.withUTF8 { bytes -> [String]? in
            for byte in bytes where byte >= 0x80 {
                return nil
            }
            return asciiTokens(of: bytes, splitting: separators)
        }
        return fast ?? unicodeTokens(of: value, splitting: separators)
    }

    /// The normalised text of a value: its white-space tokens joined by single spaces.
    func normalizedText(of value: String) -> String {
        let parts = tokens(of: value, splitting: .whitespace)
        return parts.count == 1 ? parts[0] : parts.joined(separator: " ")
    }

    // MARK: ASCII fast path

    private func asciiTokens(of bytes: UnsafeBufferPointer<UInt8>, splitting separators: TokenSeparators) -> [String] {
        guard !bytes.isEmpty else { return [] }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
            var tokens: [String] = []
            var length = 0
            for byte in bytes {
                if dropsApostrophes && byte == UInt8(ascii: "'") { continue }
                let lowered = ASCII.lowercased(byte)
                if separators.separates(ascii: lowered) {
                    if length > 0 {
                        tokens.append(String(decoding: UnsafeBufferPointer(rebasing: scratch[..<length]), as: UTF8.self))
                        length = 0
                    }
                } else {
                    scratch[length] = lowered
                    length += 1
                }
            }
            if length > 0 {
                tokens.append(String(decoding: UnsafeBufferPointer(rebasing: scratch[..<length]), as: UTF8.self))
            }
            return tokens
        }
    }

    // MARK: Unicode path

    private func unicodeTokens(of value: String, splitting separators: TokenSeparators) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in value.lowercased().unicodeScalars {
            if dropsApostrophes && (scalar == "'" || scalar == "\u{2019}") { continue }
            var scalar = scalar
            if foldsDiacritics {
                if DiacriticFolding.isFoldedMark(scalar) { continue }
                if let base = DiacriticFolding.base(of: scalar) {
                    scalar = base
                }
                if let letters = DiacriticFolding.specialLetters(for: scalar) {
                    current.append(contentsOf: letters.unicodeScalars)
                    continue
                }
            }
            if separators.separates(scalar) {
                flush()
            } else {
                current.append(scalar)
            }
        }
        flush()
        return tokens
    }
}

extension String {
    /// Whether the string is empty or only white space (Unicode's White_Space property).
    var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
