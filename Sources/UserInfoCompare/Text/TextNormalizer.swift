/// The text normalisation every rule starts from, fused with tokenising into one pass.
///
/// Lowercases (Unicode's default lowercase mapping, scalar by scalar, as `lowercased()` does),
/// optionally drops apostrophes and folds diacritics, and splits at the given separators,
/// dropping empty tokens; so white space is trimmed and collapsed for free. Tokens are
/// `String`s, whose `==` and hashing follow Unicode canonical equivalence, so "é" as one
/// scalar equals "e" + U+0301.
///
/// The pass walks the UTF-8 bytes: ASCII bytes take a branch with no Unicode tables, and only
/// the scalars of non-ASCII bytes consult Unicode properties. Everything is written into one
/// scratch buffer; the only allocations are the resulting strings (short ones are stored inline
/// in `String`) and the token array.
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
        var tokens: [String] = []
        value.withUTF8Bytes { appendTokens(of: $0, splitting: separators, to: &tokens) }
        return tokens
    }

    /// Appends the normalised tokens of a value's UTF-8 bytes to `tokens`; with
    /// `expandingAbbreviations`, a token that is an address abbreviation is replaced by its
    /// expansion (``AddressRule/expansion(of:)``), read from the bytes before any string is made.
    func appendTokens(
        of value: UnsafeBufferPointer<UInt8>, splitting separators: TokenSeparators,
        expandingAbbreviations: Bool = false, to tokens: inout [String]
    ) {
        var output = TokenOutput(isText: false, expandsAbbreviations: expandingAbbreviations, tokens: tokens)
        tokens = []
        scan(value, splitting: separators, into: &output)
        tokens = output.tokens
    }

    /// Appends the normalised tokens of a value's UTF-8 bytes to a byte-backed token list; see
    /// the `[String]` variant of `appendTokens`.
    func appendTokens(
        of value: UnsafeBufferPointer<UInt8>, splitting separators: TokenSeparators,
        expandingAbbreviations: Bool = false, to list: inout TokenList
    ) {
        var output = TokenOutput(
            isText: false, expandsAbbreviations: expandingAbbreviations, collectsList: true, list: list)
        list = TokenList()
        scan(value, splitting: separators, into: &output)
        list = output.list
    }

    /// Calls `body` with the UTF-8 bytes of the normalised text of a value (see
    /// ``normalizedText(of:)``), without making a string.
    func withNormalizedText<Result>(
        of value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var output = TokenOutput(isText: true, keepsBytes: false)
        var result: Result?
        scan(value, splitting: .whitespace, into: &output) { bytes in result = body(bytes) }
        return result ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// Calls `body` with the UTF-8 bytes of the normalised texts (see ``normalizedText(of:)``)
    /// of two ASCII values, read by ``ASCIINormalizer`` into one temporary buffer; `nil`,
    /// without calling `body`, when either value is not ASCII.
    @inline(__always)
    func withASCIINormalizedTexts<Result>(
        of first: UnsafeBufferPointer<UInt8>, and second: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        // Joined text is never longer than its value: a joining space stands for a separator.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: first.count + second.count) { buffer -> Result? in
            let ascii = ASCIINormalizer(separators: .whitespace, dropsApostrophes: dropsApostrophes)
            var length = 0
            var count = 0
            guard ascii.append(first, layout: .joined, to: buffer, length: &length, tokenCount: &count) else {
                return nil
            }
            let firstEnd = length
            guard ascii.append(second, layout: .joined, to: buffer, length: &length, tokenCount: &count) else {
                return nil
            }
            return body(
                UnsafeBufferPointer(rebasing: buffer[..<firstEnd]),
                UnsafeBufferPointer(rebasing: buffer[firstEnd..<length]))
        }
    }

    /// The normalised text of a value: its white-space tokens joined by single spaces.
    func normalizedText(of value: String) -> String {
        value.withUTF8Bytes { normalizedText(of: $0) }
    }

    /// The normalised text of a value's UTF-8 bytes; see ``normalizedText(of:)``.
    func normalizedText(of value: UnsafeBufferPointer<UInt8>) -> String {
        var output = TokenOutput(isText: true)
        scan(value, splitting: .whitespace, into: &output)
        return output.text
    }

    // MARK: Scanning

    private func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, splitting separators: TokenSeparators, into output: inout TokenOutput,
        withText body: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }
    ) {
        guard !bytes.isEmpty else { return }
        // Lowercasing grows a scalar by at most half its UTF-8 length (İ → i̇); folding
        // never grows it (ß → ss keeps two bytes); a joining space needs a separator; an
        // expanded abbreviation with its terminator at most triples its token and separator
        // ("st " → "street" + 0xFF).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 3 + 8) { scratch in
            var scanner = Scanner(
                normalizer: self, separators: separators,
                writer: TokenWriter(
                    scratch: scratch, joined: output.isText, inList: output.collectsList,
                    expandsAbbreviations: output.expandsAbbreviations))
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    scanner.appendASCII(ASCII.lowercased(byte), to: &output)
                    index += 1
                } else {
                    let (scalar, length) = Self.decodeScalar(bytes, at: index)
                    scanner.appendLowercasing(scalar, to: &output)
                    index += length
                }
            }
            scanner.writer.finish(&output)
            body(UnsafeBufferPointer(rebasing: scanner.writer.scratch[..<scanner.writer.length]))
        }
    }

    /// Decodes the non-ASCII scalar starting at `index` of valid UTF-8 (as every `String` is);
    /// a malformed sequence gives U+FFFD and a length of 1.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard lead >= 0xC0, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

// MARK: Output

/// Where scanned tokens go: a token list, or one text with the tokens joined by single spaces.
private struct TokenOutput {
    /// Whether the tokens are joined into ``text`` instead of collected in ``tokens``.
    let isText: Bool
    /// Whether the joined text is made into ``text`` (otherwise it is only read in the scratch).
    var keepsBytes = true
    /// Whether address abbreviations are replaced by their expansions.
    var expandsAbbreviations = false
    /// Whether tokens go to ``list`` instead of ``tokens``.
    var collectsList = false
    var tokens: [String] = []
    var list = TokenList()
    var text = ""

    @inline(__always)
    mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>) {
        if isText {
            if keepsBytes { text = String(decoding: bytes, as: UTF8.self) }
        } else if expandsAbbreviations, let expansion = AddressRule.expansion(of: bytes) {
            tokens.append(expansion.description)
        } else {
            tokens.append(String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// The per-scalar steps of a scan.
private struct Scanner {
    let normalizer: TextNormalizer
    let separators: TokenSeparators
    var writer: TokenWriter
    /// The last non-ASCII scalar that lowercasing left unchanged: text repeats its letters, and
    /// the property lookup is the costliest step.
    var lastUnchangedScalar: Unicode.Scalar = "\u{0}"

    /// Handles one lowercased ASCII byte.
    @inline(__always)
    mutating func appendASCII(_ byte: UInt8, to output: inout TokenOutput) {
        if normalizer.dropsApostrophes && byte == UInt8(ascii: "'") { return }
        if separators.separates(ascii: byte) {
            writer.endToken(&output)
        } else {
            writer.append(byte)
        }
    }

    /// Lowercases one non-ASCII scalar, then handles each scalar of its lowercase mapping.
    mutating func appendLowercasing(_ scalar: Unicode.Scalar, to output: inout TokenOutput) {
        let value = scalar.value
        if value &- 0x300 < 0x70 {
            // Combining Diacritical Marks: unchanged by lowercasing, never separators
            // (nonspacing marks), dropped by folding.
            if !normalizer.foldsDiacritics { writer.append(scalar) }
            return
        }
        if let index = LatinScalarTable.index(value), let lowered = Unicode.Scalar(LatinScalarTable.lowercase[index]),
            lowered.value != 0
        {
            if lowered.isASCII {
                appendASCII(UInt8(truncatingIfNeeded: lowered.value), to: &output)
            } else {
                appendLowercased(lowered, to: &output)
            }
            return
        }
        if scalar == lastUnchangedScalar {
            appendLowercased(scalar, to: &output)
        } else if scalar.properties.changesWhenLowercased {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                if lowered.isASCII {
                    appendASCII(UInt8(truncatingIfNeeded: lowered.value), to: &output)
                } else {
                    appendLowercased(lowered, to: &output)
                }
            }
        } else {
            lastUnchangedScalar = scalar
            appendLowercased(scalar, to: &output)
        }
    }

    /// Drops an apostrophe, folds, and writes one lowercased non-ASCII scalar or ends a token.
    mutating func appendLowercased(_ scalar: Unicode.Scalar, to output: inout TokenOutput) {
        if normalizer.dropsApostrophes && scalar == "\u{2019}" { return }
        var scalar = scalar
        if normalizer.foldsDiacritics {
            if DiacriticFolding.isFoldedMark(scalar) { return }
            if let base = DiacriticFolding.base(of: scalar) {
                scalar = base
            }
            if let letters = DiacriticFolding.specialLetters(for: scalar) {
                for letter in letters.utf8 { writer.append(letter) }
                return
            }
            if scalar.isASCII {
                appendASCII(UInt8(truncatingIfNeeded: scalar.value), to: &output)
                return
            }
        }
        if separators.separates(scalar) {
            writer.endToken(&output)
        } else {
            writer.append(scalar)
        }
    }
}

/// Writes normalised bytes into a scratch buffer, token by token.
private struct TokenWriter {
    let scratch: UnsafeMutableBufferPointer<UInt8>
    /// Whether tokens are joined by single spaces into one text instead of emitted one by one.
    let joined: Bool
    /// Whether tokens stay in the scratch, each followed by ``TokenList/terminator``, and go
    /// to the output's ``TokenList`` in one copy when the scan finishes.
    let inList: Bool
    /// Whether, in a list, address abbreviations are replaced by their expansions.
    let expandsAbbreviations: Bool
    var length = 0
    var tokenStart = 0
    /// The number of tokens written to the list.
    var tokenCount = 0
    /// Whether every byte written is ASCII.
    var isASCII = true

    init(
        scratch: UnsafeMutableBufferPointer<UInt8>, joined: Bool, inList: Bool = false,
        expandsAbbreviations: Bool = false
    ) {
        self.scratch = scratch
        self.joined = joined
        self.inList = inList
        self.expandsAbbreviations = expandsAbbreviations
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        // The capacity covers every expansion; the guard keeps memory safe regardless.
        guard length + 1 < scratch.count else { return }
        if joined && length > 0 && length == tokenStart {
            scratch[length] = UInt8(ascii: " ")
            length += 1
            tokenStart = length
        }
        scratch[length] = byte
        length += 1
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if !scalar.isASCII { isASCII = false }
        for byte in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
            append(byte)
        }
    }

    /// Ends the current token, if any.
    @inline(__always)
    mutating func endToken(_ output: inout TokenOutput) {
        guard length > tokenStart else { return }
        if inList {
            endListToken()
        } else if joined {
            tokenStart = length
        } else {
            output.emit(UnsafeBufferPointer(rebasing: scratch[..<length]))
            length = 0
        }
    }

    /// Ends a token of a list: expands it if it is an abbreviation, then writes the terminator.
    private mutating func endListToken() {
        if expandsAbbreviations,
            let expansion = AddressRule.expansion(of: UnsafeBufferPointer(rebasing: scratch[tokenStart..<length])),
            tokenStart + expansion.utf8CodeUnitCount < scratch.count
        {
            length = tokenStart
            for byte in UnsafeBufferPointer(start: expansion.utf8Start, count: expansion.utf8CodeUnitCount) {
                scratch[length] = byte
                length += 1
            }
        }
        guard length < scratch.count else { return }
        scratch[length] = TokenList.terminator
        length += 1
        tokenStart = length
        tokenCount += 1
    }

    mutating func finish(_ output: inout TokenOutput) {
        if inList {
            endToken(&output)
            output.list.append(
                encoded: UnsafeBufferPointer(rebasing: scratch[..<length]), count: tokenCount, isASCII: isASCII)
        } else if joined {
            if length > 0 { output.emit(UnsafeBufferPointer(rebasing: scratch[..<length])) }
        } else {
            endToken(&output)
        }
    }
}

extension String {
    /// Whether the string is empty or only white space (Unicode's White_Space property).
    var isBlank: Bool {
        withUTF8Bytes { TextNormalizer.isBlank($0) }
    }
}

extension TextNormalizer {
    /// Whether the UTF-8 bytes are empty or only white space (Unicode's White_Space property).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if byte >= 0x80 {
                return String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            }
            if !ASCII.isWhitespace(byte) { return false }
        }
        return true
    }
}
