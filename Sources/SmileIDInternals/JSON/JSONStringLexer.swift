/// Reads one JSON string from UTF-8 bytes: the single place in the package that decodes
/// escapes, `\u` hexadecimal and surrogate pairs, used by ``DuplicateKeyScanner`` and by the
/// byte-level case reader of `UserInfoCompare`, so the two always agree on what a string is.
///
/// It follows RFC 8259 as Foundation's JSON parser applies it:
///
/// - the two-letter escapes `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, and `\uXXXX` with
///   hexadecimal digits in either case;
/// - a `\u` escape of a high surrogate (U+D800–U+DBFF) must be followed at once by a `\u`
///   escape of a low surrogate (U+DC00–U+DFFF); the pair is one scalar;
/// - **lone surrogates are errors** (``Failure/loneSurrogate``): a high surrogate without its
///   low one, or a low surrogate on its own. Foundation's `JSONDecoder` and `JSONSerialization`
///   reject them too, so a document the lexer refuses is one the decoder refuses. No lone
///   surrogate is ever replaced with U+FFFD, which would make two different keys
///   (`"a\uD800"`, `"a\uDBFF"`) equal;
/// - a byte below 0x20 must be escaped (``Failure/controlCharacter``).
///
/// The lexer checks the escapes but not the UTF-8 of the bytes between them: ``Lexeme/isASCII``
/// says when there is nothing to check, and ``text(of:in:decoded:)`` validates the rest.
package enum JSONStringLexer {
    /// A string that was read.
    package struct Lexeme: Sendable, Equatable {
        /// The raw bytes between the quotes.
        package var content: Range<Int>
        /// Whether the content has an escape; if so, the decoded bytes were written to the
        /// caller's `decoded` buffer.
        package var hasEscapes: Bool
        /// Whether every raw byte of the content is ASCII (escapes may still decode to more).
        package var isASCII: Bool
    }

    /// Why a string could not be read.
    package enum Failure: Error, Sendable, Equatable {
        /// The input ended before the closing quote (or the string did not start with one).
        case unterminated
        /// A byte below 0x20 appears unescaped.
        case controlCharacter
        /// A backslash is followed by something other than a JSON escape, or `\u` by fewer
        /// than four hexadecimal digits.
        case invalidEscape
        /// A `\u` escape is a surrogate without its other half.
        case loneSurrogate
    }
}

// MARK: - Reading

extension JSONStringLexer {
    /// Reads the string whose opening quote is at `position`, leaving `position` after its
    /// closing quote.
    ///
    /// When the string has escapes, `decoded` is replaced with the string's decoded UTF-8 bytes
    /// (its capacity is kept, so a reader reuses one buffer for all its strings); otherwise
    /// `decoded` is left alone and the string is the raw ``Lexeme/content``.
    package static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, at position: inout Int, decoded: inout [UInt8]
    ) throws(Failure) -> Lexeme {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw .unterminated }
        let start = position + 1
        var index = start
        var runStart = start
        var isASCII = true
        var hasEscapes = false
        while true {
            index = skipPlainWords(bytes, from: index, isASCII: &isASCII)
            guard index < bytes.count else { throw .unterminated }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if hasEscapes {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                position = index + 1
                return Lexeme(content: start..<index, hasEscapes: hasEscapes, isASCII: isASCII)
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes {
                    hasEscapes = true
                    decoded.removeAll(keepingCapacity: true)
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index = try readEscape(bytes, at: index, into: &decoded)
                runStart = index
                continue
            }
            guard byte >= 0x20 else { throw .controlCharacter }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
    }

    /// The index of the first quote, backslash or control character from `index` on, found
    /// eight bytes a step, or of the last bytes (fewer than 8) when there is none before them;
    /// clears `isASCII` when a byte skipped is 0x80 or more.
    @inline(__always)
    private static func skipPlainWords(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, isASCII: inout Bool) -> Int
    {
        guard let base = bytes.baseAddress else { return index }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = index
        var anyHigh: UInt64 = 0
        while index &+ 8 <= bytes.count {
            // The first byte in memory is the lowest byte of the word.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // The high bit of each byte that is zero after the XORs, or below 0x20 ("has zero
            // byte" and "has byte less than n"): exact for the lowest such byte, which is the
            // one wanted.
            let special =
                (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                    | ((word &- ones &* 0x20) & ~word)) & highs
            if special != 0 {
                let offset = special.trailingZeroBitCount &>> 3
                anyHigh |= word & ((1 &<< (UInt64(offset) &* 8)) &- 1)
                index &+= offset
                break
            }
            anyHigh |= word
            index &+= 8
        }
        if anyHigh & highs != 0 { isASCII = false }
        return index
    }

    /// The text of a lexeme read from `bytes` (with `decoded` as ``read(_:at:decoded:)`` left
    /// it), or `nil` when its bytes are not valid UTF-8.
    package static func text(
        of lexeme: Lexeme, in bytes: UnsafeBufferPointer<UInt8>, decoded: [UInt8]
    ) -> String? {
        if lexeme.hasEscapes { return decoded.withUnsafeBufferPointer { string(validatingUTF8: $0) } }
        let raw = UnsafeBufferPointer(rebasing: bytes[lexeme.content])
        if lexeme.isASCII { return String(decoding: raw, as: UTF8.self) }
        return string(validatingUTF8: raw)
    }

    /// The string of `bytes`, or `nil` when they are not well-formed UTF-8: what
    /// `String(validating:as:)` gives, and on Apple platforms older than that initializer
    /// (macOS 15, iOS 18) the same through ``isValidUTF8(_:)``.
    package static func string(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            return String(validating: bytes, as: UTF8.self)
        }
        return isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// The UTF-8 bytes of a lexeme read from `bytes` (with `decoded` as
    /// ``read(_:at:decoded:)`` left it), or `nil` when they are not valid UTF-8: the bytes
    /// ``text(of:in:decoded:)`` would make a string of, without making it.
    package static func validatedBytes(
        of lexeme: Lexeme, in bytes: UnsafeBufferPointer<UInt8>, decoded: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8>? {
        let content = lexeme.hasEscapes ? decoded : UnsafeBufferPointer(rebasing: bytes[lexeme.content])
        if !lexeme.hasEscapes && lexeme.isASCII { return content }
        return isValidUTF8(content) ? content : nil
    }

    /// Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
    /// nothing above U+10FFFF), the same test as `String(validating:as:)`.
    package static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        @inline(__always) func isContinuation(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
        while index < count {
            let lead = bytes[index]
            switch lead {
            case 0x00..<0x80:
                index += 1
            case 0xC2..<0xE0:
                guard index + 1 < count, isContinuation(1) else { return false }
                index += 2
            case 0xE0..<0xF0:
                guard index + 2 < count, isContinuation(1), isContinuation(2) else { return false }
                let second = bytes[index + 1]
                // E0 needs A0…BF (no overlong form); ED needs 80…9F (no surrogate).
                if lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0 { return false }
                index += 3
            case 0xF0..<0xF5:
                guard index + 3 < count, isContinuation(1), isContinuation(2), isContinuation(3) else { return false }
                let second = bytes[index + 1]
                // F0 needs 90…BF (no overlong form); F4 needs 80…8F (nothing above U+10FFFF).
                if lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90 { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    /// Decodes the escape at `position` (a backslash) into `decoded` as UTF-8; the position
    /// after it.
    private static func readEscape(
        _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, into decoded: inout [UInt8]
    ) throws(Failure) -> Int {
        guard position + 1 < bytes.count else { throw .unterminated }
        let letter = bytes[position + 1]
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4(bytes, at: position + 2)
            var end = position + 6
            switch value {
            case 0xD800..<0xDC00:
                guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "\\"), bytes[end + 1] == UInt8(ascii: "u")
                else { throw .loneSurrogate }
                let low = try hex4(bytes, at: end + 2)
                guard (0xDC00..<0xE000).contains(low) else { throw .loneSurrogate }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                end += 6
            case 0xDC00..<0xE000:
                throw .loneSurrogate
            default:
                break
            }
            guard let scalar = Unicode.Scalar(value) else { throw .loneSurrogate }
            UTF8.encode(scalar) { decoded.append($0) }
            return end
        default:
            throw .invalidEscape
        }
        return position + 2
    }

    /// The value of the four hexadecimal digits at `position`.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw .invalidEscape }
        var value: UInt32 = 0
        for index in position..<(position + 4) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
            default: throw .invalidEscape
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
