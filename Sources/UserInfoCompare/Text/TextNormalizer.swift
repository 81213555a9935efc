/// The text normalisation every rule starts from, fused with tokenising into one pass.
///
/// Lowercases (Unicode's default lowercase mapping, scalar by scalar, as `lowercased()` does),
/// optionally drops apostrophes and folds diacritics, and splits at the given separators,
/// dropping empty tokens; so white space is trimmed and collapsed for free. Tokens are bytes;
/// the rules compare non-ASCII ones as `String`s, whose `==` follows Unicode canonical
/// equivalence, so "é" as one scalar equals "e" + U+0301.
///
/// The pass walks the UTF-8 bytes: ASCII bytes go through ``ASCIINormalizer``'s byte-class
/// table, the scalars of the Latin blocks (``LatinScalarTable``) read precomputed outputs, and
/// only other scalars consult Unicode properties. The rules call
/// ``appendTerminatedTokens(of:splitting:trying:expandingAbbreviations:to:length:tokenCount:)``,
/// which writes tokens into the rule's own temporary buffer and allocates nothing; the
/// `String`-returning functions serve the slow paths of non-ASCII comparison and the tests.
struct TextNormalizer: Sendable {
    /// Whether diacritics are folded (``CompareOptions/foldsDiacritics``).
    var foldsDiacritics: Bool
    /// Whether `'` and `’` are dropped (``CompareOptions/dropsApostrophes``).
    var dropsApostrophes: Bool

    /// Whether the scanner reads ``LatinScalarTable``'s scalars from its precomputed outputs;
    /// `false` only in the tests that check those outputs against the computation they cache.
    var usesLatinOutputs = true

    init(options: CompareOptions) {
        foldsDiacritics = options.foldsDiacritics
        dropsApostrophes = options.dropsApostrophes
    }

    init(foldsDiacritics: Bool, dropsApostrophes: Bool) {
        self.foldsDiacritics = foldsDiacritics
        self.dropsApostrophes = dropsApostrophes
    }

    /// The normalised tokens of a value.
    func tokens(of value: String, splitting separators: TokenSeparators) -> [String] {
        value.withUTF8Bytes { value in
            withUnsafeTemporaryAllocation(
                of: UInt8.self, capacity: Self.terminatedTokensCapacity(forByteCount: value.count)
            ) { buffer in
                var length = 0
                var count = 0
                _ = appendTerminatedTokens(
                    of: value, splitting: separators, to: buffer, length: &length, tokenCount: &count)
                return TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[..<length]), count: count).strings
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of the normalised text of a value (see
    /// ``normalizedText(of:)``), without making a string.
    func withNormalizedText<Result>(
        of value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(
            of: UInt8.self, capacity: Self.terminatedTokensCapacity(forByteCount: value.count)
        ) { scratch in
            var scanner = Scanner(
                normalizer: self, separators: .whitespace, writer: TokenWriter(scratch: scratch, joined: true))
            scanner.scan(value)
            return body(UnsafeBufferPointer(rebasing: scratch[..<scanner.writer.length]))
        }
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
        withNormalizedText(of: value) { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the normalised tokens of a value's UTF-8 bytes to `buffer` from `length` on,
    /// each followed by ``TokenBytes/terminator`` (abbreviations expanded when asked): the
    /// layout ``ASCIINormalizer`` writes for ASCII values, for any value. `buffer` needs
    /// ``terminatedTokensCapacity(forByteCount:)`` bytes from `length` on. Returns whether
    /// every byte written is ASCII.
    func appendTerminatedTokens(
        of value: UnsafeBufferPointer<UInt8>, splitting separators: TokenSeparators,
        expandingAbbreviations: Bool = false, to buffer: UnsafeMutableBufferPointer<UInt8>, length: inout Int,
        tokenCount: inout Int
    ) -> Bool {
        var scanner = Scanner(
            normalizer: self, separators: separators,
            writer: TokenWriter(
                scratch: buffer, start: length, joined: false, expandsAbbreviations: expandingAbbreviations))
        scanner.scan(value)
        scanner.writer.endToken()
        length = scanner.writer.length
        tokenCount += scanner.writer.tokenCount
        return scanner.writer.isASCII
    }

    /// ``appendTerminatedTokens(of:splitting:expandingAbbreviations:to:length:tokenCount:)``,
    /// by `ascii` (the same separators and apostrophes) when the value is ASCII, by the general
    /// scanner from the value's start otherwise; so the ASCII fields of a record stay on the
    /// fast path whatever its other fields hold. Returns whether every byte written is ASCII.
    @inline(__always)
    func appendTerminatedTokens(
        of value: UnsafeBufferPointer<UInt8>, splitting separators: TokenSeparators, trying ascii: ASCIINormalizer,
        expandingAbbreviations: Bool = false, to buffer: UnsafeMutableBufferPointer<UInt8>, length: inout Int,
        tokenCount: inout Int
    ) -> Bool {
        let start = length
        let startCount = tokenCount
        let layout: ASCIINormalizer.Layout = expandingAbbreviations ? .terminatedExpandingAbbreviations : .terminated
        if ascii.append(value, layout: layout, to: buffer, length: &length, tokenCount: &tokenCount) { return true }
        length = start
        tokenCount = startCount
        return appendTerminatedTokens(
            of: value, splitting: separators, expandingAbbreviations: expandingAbbreviations, to: buffer,
            length: &length, tokenCount: &tokenCount)
    }

    /// The room ``appendTerminatedTokens(of:splitting:expandingAbbreviations:to:length:tokenCount:)``
    /// may need for a value of `byteCount` bytes: lowercasing grows a scalar by at most half its
    /// UTF-8 length (İ → i̇); folding never grows it (ß → ss keeps two bytes); an expanded
    /// abbreviation with its terminator at most triples its token and separator ("st " →
    /// "street" + 0xFF).
    static func terminatedTokensCapacity(forByteCount byteCount: Int) -> Int {
        byteCount * 3 + 8
    }

    // MARK: Scanning

    /// Decodes the non-ASCII scalar starting at `index` of valid UTF-8 (as every `String` is);
    /// a malformed sequence gives U+FFFD and a length of 1.
    fileprivate static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
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

/// The per-scalar steps of a scan.
private struct Scanner {
    let normalizer: TextNormalizer
    let separators: TokenSeparators
    var writer: TokenWriter
    /// The last non-ASCII scalar that lowercasing left unchanged: text repeats its letters, and
    /// the property lookup is the costliest step.
    var lastUnchangedScalar: Unicode.Scalar = "\u{0}"
    /// Where this scanner's separators and folding start in ``latinOutputs``.
    private let latinOutputsOffset: Int

    init(normalizer: TextNormalizer, separators: TokenSeparators, writer: TokenWriter) {
        self.normalizer = normalizer
        self.separators = separators
        self.writer = writer
        latinOutputsOffset = Self.latinOutputsOffset(separators, foldsDiacritics: normalizer.foldsDiacritics)
    }

    /// Lowercases, folds and splits a value's UTF-8 bytes into the writer.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        // ASCII bytes, most of any Latin text, go through the fast path's byte-class table.
        let ascii = ASCIINormalizer(separators: separators, dropsApostrophes: normalizer.dropsApostrophes)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let lowered = ascii.byteClass(byte)
                if lowered == ASCIINormalizer.separator {
                    writer.endToken()
                } else if lowered == ASCIINormalizer.notASCII {
                    appendASCII(ASCII.lowercased(byte))
                } else if lowered != ASCIINormalizer.dropped {
                    writer.append(lowered)
                }
                index += 1
            } else {
                let (scalar, length) = TextNormalizer.decodeScalar(bytes, at: index)
                appendLowercasing(scalar)
                index += length
            }
        }
    }

    /// Handles one lowercased ASCII byte.
    @inline(__always)
    mutating func appendASCII(_ byte: UInt8) {
        if normalizer.dropsApostrophes && byte == UInt8(ascii: "'") { return }
        if separators.separates(ascii: byte) {
            writer.endToken()
        } else {
            writer.append(byte)
        }
    }

    /// Lowercases one non-ASCII scalar, then handles each scalar of its lowercase mapping.
    mutating func appendLowercasing(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value &- 0x300 < 0x70 {
            // Combining Diacritical Marks: unchanged by lowercasing, never separators
            // (nonspacing marks), dropped by folding.
            if !normalizer.foldsDiacritics { writer.append(scalar) }
            return
        }
        if normalizer.usesLatinOutputs, let index = LatinScalarTable.index(value) {
            let entry = Self.latinOutputs[latinOutputsOffset + index]
            switch entry & 3 {
            case Self.endsToken:
                writer.endToken()
                return
            case Self.writesBytes:
                var bytes = entry >> 8
                for _ in 0..<Int((entry >> 2) & 3) {
                    let byte = UInt8(truncatingIfNeeded: bytes)
                    if byte >= 0x80 { writer.isASCII = false }
                    writer.append(byte)
                    bytes >>= 8
                }
                return
            default:
                break
            }
        }
        appendLowercasingUncached(scalar)
    }

    /// ``appendLowercasing(_:to:)`` without the precomputed outputs.
    private mutating func appendLowercasingUncached(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if let index = LatinScalarTable.index(value), let lowered = Unicode.Scalar(LatinScalarTable.lowercase[index]),
            lowered.value != 0
        {
            if lowered.isASCII {
                appendASCII(UInt8(truncatingIfNeeded: lowered.value))
            } else {
                appendLowercased(lowered)
            }
            return
        }
        if scalar == lastUnchangedScalar {
            appendLowercased(scalar)
        } else if scalar.properties.changesWhenLowercased {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                if lowered.isASCII {
                    appendASCII(UInt8(truncatingIfNeeded: lowered.value))
                } else {
                    appendLowercased(lowered)
                }
            }
        } else {
            lastUnchangedScalar = scalar
            appendLowercased(scalar)
        }
    }

    /// Drops an apostrophe, folds, and writes one lowercased non-ASCII scalar or ends a token.
    mutating func appendLowercased(_ scalar: Unicode.Scalar) {
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
                appendASCII(UInt8(truncatingIfNeeded: scalar.value))
                return
            }
        }
        if separators.separates(scalar) {
            writer.endToken()
        } else {
            writer.append(scalar)
        }
    }
}

// MARK: Latin scalars, precomputed

extension Scanner {
    /// An entry of ``latinOutputs`` whose scalar ends a token.
    private static let endsToken: UInt32 = 1
    /// An entry whose scalar writes the 0 to 3 bytes it holds (count in bits 2–3, the bytes
    /// from bit 8 up, first byte lowest). An entry of kind 0 is not cached.
    private static let writesBytes: UInt32 = 2

    /// What ``appendLowercasing(_:to:)`` does with each scalar of ``LatinScalarTable``, for
    /// each of the three separators with and without folding: made once by running the
    /// uncached path on every scalar after a letter, so the two agree by construction.
    /// Dropping apostrophes changes nothing here (no scalar of these blocks is or becomes an
    /// apostrophe; `TextNormalizerTests` checks both settings). One allocation, read-only once
    /// made, never freed: threads share it safely, and reading it retains nothing.
    private nonisolated(unsafe) static let latinOutputs: UnsafePointer<UInt32> = {
        let count = LatinScalarTable.count
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 6 * count)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
            for separators in TokenSeparators.allCases {
                for folds in [false, true] {
                    var normalizer = TextNormalizer(foldsDiacritics: folds, dropsApostrophes: false)
                    normalizer.usesLatinOutputs = false
                    let offset = latinOutputsOffset(separators, foldsDiacritics: folds)
                    for index in 0..<count {
                        table[offset + index] = entry(
                            LatinScalarTable.scalarValue(index), normalizer, separators, scratch)
                    }
                }
            }
        }
        return UnsafePointer(table)
    }()

    private static func latinOutputsOffset(_ separators: TokenSeparators, foldsDiacritics: Bool) -> Int {
        (2 * separators.rawValue + (foldsDiacritics ? 1 : 0)) * LatinScalarTable.count
    }

    /// The entry of one scalar: what the uncached path writes after the letter `a`.
    private static func entry(
        _ value: UInt32, _ normalizer: TextNormalizer, _ separators: TokenSeparators,
        _ scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        var scanner = Scanner(
            normalizer: normalizer, separators: separators, writer: TokenWriter(scratch: scratch, joined: false))
        scanner.writer.append(UInt8(ascii: "a"))
        scanner.appendLowercasingUncached(scalar)
        let writer = scanner.writer
        if writer.tokenCount == 1 && writer.length == 2 { return endsToken }
        let written = writer.length - 1
        guard writer.tokenCount == 0, written <= 3 else { return 0 }
        var entry = writesBytes | UInt32(written) << 2
        for offset in 0..<written {
            entry |= UInt32(scratch[1 + offset]) << (8 + 8 * offset)
        }
        return entry
    }
}

/// Writes normalised bytes into a scratch buffer, token by token: either joined by single
/// spaces into one text, or each token followed by ``TokenBytes/terminator``.
private struct TokenWriter {
    let scratch: UnsafeMutableBufferPointer<UInt8>
    /// Whether tokens are joined by single spaces into one text instead of terminated.
    let joined: Bool
    /// Whether, in terminated tokens, address abbreviations are replaced by their expansions.
    let expandsAbbreviations: Bool
    var length = 0
    var tokenStart = 0
    /// The number of terminated tokens written.
    var tokenCount = 0
    /// Whether every byte written is ASCII.
    var isASCII = true

    init(
        scratch: UnsafeMutableBufferPointer<UInt8>, start: Int = 0, joined: Bool, expandsAbbreviations: Bool = false
    ) {
        self.scratch = scratch
        length = start
        tokenStart = start
        self.joined = joined
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

    /// Ends the current token, if any: in joined text the next token is preceded by a space;
    /// otherwise the token is expanded if it is an abbreviation and terminated.
    @inline(__always)
    mutating func endToken() {
        guard length > tokenStart else { return }
        if joined {
            tokenStart = length
        } else {
            endTerminatedToken()
        }
    }

    private mutating func endTerminatedToken() {
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
        scratch[length] = TokenBytes.terminator
        length += 1
        tokenStart = length
        tokenCount += 1
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
