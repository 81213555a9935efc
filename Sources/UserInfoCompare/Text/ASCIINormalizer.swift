/// The text normalisation of ``TextNormalizer`` for values that are entirely ASCII, in one
/// tight loop over the UTF-8 bytes with no Unicode tables, no scalar decoding and no allocation.
///
/// For ASCII the normalisation is: lowercase `A`…`Z`, drop `'` when apostrophes are dropped,
/// split at the separators' ASCII bytes (``TokenSeparators/separates(ascii:)``) and drop empty
/// tokens. Folding diacritics changes nothing in ASCII. The loop stops at the first non-ASCII
/// byte and reports it, so that callers fall back to ``TextNormalizer`` for the whole value.
struct ASCIINormalizer {
    /// The separators' ASCII bytes as a 128-bit set: bit `b` of `low` (b < 64) or of `high`
    /// (b ≥ 64) is set when byte `b` separates tokens.
    private let low: UInt64
    private let high: UInt64
    /// Whether `'` is dropped.
    private let dropsApostrophes: Bool

    init(separators: TokenSeparators, dropsApostrophes: Bool) {
        // Tab, line feed, vertical tab, form feed, carriage return and space.
        let whitespace: UInt64 = 0b11111 << 9 | 1 << 0x20
        switch separators {
        case .whitespace:
            (low, high) = (whitespace, 0)
        case .name:
            (low, high) = (whitespace | 1 << 0x2C | 1 << 0x2D | 1 << 0x2E, 0)  // , - .
        case .address:
            // Everything but 0…9 and a…z.
            (low, high) = (~(0x3FF << 0x30), ~(0x3FF_FFFF << (0x61 - 64)))
        }
        self.dropsApostrophes = dropsApostrophes
    }

    @inline(__always)
    private func separates(_ byte: UInt8) -> Bool {
        byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : (high >> UInt64(byte & 63)) & 1 != 0
    }

    /// How tokens are written.
    enum Layout {
        /// Joined by single spaces, as ``TextNormalizer/normalizedText(of:)`` makes them.
        case joined
        /// Each followed by ``TokenList/terminator``, as a ``TokenList`` stores them.
        case terminated
        /// Each followed by ``TokenList/terminator``, address abbreviations expanded
        /// (``AddressRule/expansion(of:)``).
        case terminatedExpandingAbbreviations
    }

    /// The most bytes ``append(_:layout:to:length:tokenCount:)`` writes for `byteCount` input
    /// bytes: an expanded abbreviation with its terminator at most triples its bytes plus one
    /// ("apt" → "apartment" + terminator).
    static func capacity(forByteCount byteCount: Int, layout: Layout) -> Int {
        switch layout {
        case .joined: byteCount
        case .terminated: byteCount + 1
        case .terminatedExpandingAbbreviations: byteCount * 3 + 1
        }
    }

    /// Appends the normalised tokens of ASCII bytes to `output` at `length`, counting them in
    /// `tokenCount`; returns `false`, having written an unspecified part, at the first
    /// non-ASCII byte.
    ///
    /// `output` must have room for ``capacity(forByteCount:layout:)`` bytes from `length`.
    @inline(__always)
    func append(
        _ bytes: UnsafeBufferPointer<UInt8>, layout: Layout,
        to output: UnsafeMutableBufferPointer<UInt8>, length: inout Int, tokenCount: inout Int
    ) -> Bool {
        var tokenStart = -1
        var written = length
        let fieldStart = length
        for var byte in bytes {
            guard byte < 0x80 else { return false }
            if byte &- 0x41 < 26 { byte |= 0x20 }
            if dropsApostrophes && byte == UInt8(ascii: "'") { continue }
            if separates(byte) {
                if tokenStart >= 0 {
                    end(token: tokenStart, layout: layout, output: output, length: &written)
                    tokenCount += 1
                    tokenStart = -1
                }
            } else {
                if tokenStart < 0 {
                    if case .joined = layout, written > fieldStart {
                        output[written] = UInt8(ascii: " ")
                        written += 1
                    }
                    tokenStart = written
                }
                output[written] = byte
                written += 1
            }
        }
        if tokenStart >= 0 {
            end(token: tokenStart, layout: layout, output: output, length: &written)
            tokenCount += 1
        }
        length = written
        return true
    }

    @inline(__always)
    private func end(token start: Int, layout: Layout, output: UnsafeMutableBufferPointer<UInt8>, length: inout Int) {
        switch layout {
        case .joined:
            return
        case .terminated:
            break
        case .terminatedExpandingAbbreviations:
            if length - start <= 4,
                var expansion = AddressRule.expansion(of: UnsafeBufferPointer(rebasing: output[start..<length]))
            {
                expansion.withUTF8 { expansion in
                    length = start
                    for byte in expansion {
                        output[length] = byte
                        length += 1
                    }
                }
            }
        }
        output[length] = TokenList.terminator
        length += 1
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying a native string.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
