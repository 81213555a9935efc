/// The text normalisation of ``TextNormalizer`` for values that are entirely ASCII, in one
/// tight loop over the UTF-8 bytes with no Unicode tables, no scalar decoding and no allocation.
///
/// For ASCII the normalisation is: lowercase `A`…`Z`, drop `'` when apostrophes are dropped,
/// split at the separators' ASCII bytes (``TokenSeparators/separates(ascii:)``) and drop empty
/// tokens. Folding diacritics changes nothing in ASCII. The loop stops at the first non-ASCII
/// byte and reports it, so that callers fall back to ``TextNormalizer`` for the whole value.
struct ASCIINormalizer {
    /// What each byte becomes: ``separator``, ``dropped``, ``notASCII`` (which sends the value
    /// to ``TextNormalizer``), or the byte itself lowercased (every other value), so the loop
    /// reads one table entry a byte.
    private let classes: UnsafePointer<UInt8>

    /// The class of a byte that ends a token.
    static let separator: UInt8 = 0
    /// The class of a byte that is dropped (`'` when apostrophes are dropped).
    static let dropped: UInt8 = 1
    /// The class of a byte the table does not handle: not ASCII, or a kept 0x00 or 0x01.
    static let notASCII: UInt8 = 0xFF

    init(separators: TokenSeparators, dropsApostrophes: Bool) {
        classes = Self.tables + 256 * Self.tableIndex(separators, dropsApostrophes)
    }

    /// What `byte` becomes: ``separator``, ``dropped``, ``notASCII``, or the byte lowercased.
    @inline(__always)
    func byteClass(_ byte: UInt8) -> UInt8 {
        classes[Int(byte)]
    }

    /// The 256-byte tables of the six combinations of separators and apostrophes, in one
    /// allocation made on first use and never freed. It is read-only once made, so threads
    /// share it safely; and reading it costs no reference counting, where an array's storage
    /// would be retained and released at every field.
    private nonisolated(unsafe) static let tables: UnsafePointer<UInt8> = {
        let tables = UnsafeMutablePointer<UInt8>.allocate(capacity: 6 * 256)
        for separators in TokenSeparators.allCases {
            for dropsApostrophes in [false, true] {
                let table = tables + 256 * tableIndex(separators, dropsApostrophes)
                for value in 0...255 {
                    table[value] = tableEntry(UInt8(value), separators, dropsApostrophes)
                }
            }
        }
        return UnsafePointer(tables)
    }()

    private static func tableEntry(_ byte: UInt8, _ separators: TokenSeparators, _ dropsApostrophes: Bool) -> UInt8 {
        if byte >= 0x80 { return notASCII }
        let lowered = ASCII.lowercased(byte)
        if dropsApostrophes && lowered == UInt8(ascii: "'") { return dropped }
        if separators.separates(ascii: lowered) { return separator }
        // A kept 0x00 or 0x01 would read as a class: such a value takes the general
        // normaliser's path, as a non-ASCII one does.
        return lowered <= dropped ? notASCII : lowered
    }

    private static func tableIndex(_ separators: TokenSeparators, _ dropsApostrophes: Bool) -> Int {
        2 * separators.rawValue + (dropsApostrophes ? 1 : 0)
    }

    /// How tokens are written.
    enum Layout {
        /// Joined by single spaces, as ``TextNormalizer/normalizedText(of:)`` makes them.
        case joined
        /// Each followed by ``TokenBytes/terminator``, as ``TokenBytes`` holds them.
        case terminated
        /// Each followed by ``TokenBytes/terminator``, address abbreviations expanded
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
        for byte in bytes {
            let lowered = classes[Int(byte)]
            if lowered > Self.dropped {
                guard lowered != Self.notASCII else { return false }
                if tokenStart < 0 {
                    if case .joined = layout, written > fieldStart {
                        output[written] = UInt8(ascii: " ")
                        written += 1
                    }
                    tokenStart = written
                }
                output[written] = lowered
                written += 1
            } else if lowered == Self.separator && tokenStart >= 0 {
                end(token: tokenStart, layout: layout, output: output, length: &written)
                tokenCount += 1
                tokenStart = -1
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
                let expansion = AddressRule.expansion(of: UnsafeBufferPointer(rebasing: output[start..<length]))
            {
                length = start
                for byte in UnsafeBufferPointer(start: expansion.utf8Start, count: expansion.utf8CodeUnitCount) {
                    output[length] = byte
                    length += 1
                }
            }
        }
        output[length] = TokenBytes.terminator
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
