/// Where a rule splits normalised text into tokens.
///
/// The raw value numbers the sets, for the tables kept per set (``ASCIINormalizer``'s byte
/// classes, the scanner's Latin outputs).
enum TokenSeparators: Int, Sendable, CaseIterable {
    /// White space only: the text normalisation every rule starts from.
    case whitespace
    /// White space, hyphens (U+002D, U+2010, U+2011), commas and full stops: the name rule.
    case name
    /// Every scalar that is neither a letter, a combining mark nor a number: the address rule.
    case address
}

extension TokenSeparators {
    /// Whether an ASCII byte, already lowercased, separates tokens.
    @inline(__always)
    func separates(ascii byte: UInt8) -> Bool {
        switch self {
        case .whitespace:
            return ASCII.isWhitespace(byte)
        case .name:
            return ASCII.isWhitespace(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: ".")
        case .address:
            return !(ASCII.isLowercaseLetter(byte) || ASCII.isDigit(byte))
        }
    }

    /// Whether a scalar, already lowercased, separates tokens.
    func separates(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return separates(ascii: UInt8(truncatingIfNeeded: scalar.value))
        }
        switch self {
        case .whitespace:
            return Self.isNonASCIIWhitespace(scalar)
        case .name:
            return Self.isNonASCIIWhitespace(scalar) || scalar == "\u{2010}" || scalar == "\u{2011}"
        case .address:
            if let index = LatinScalarTable.index(scalar.value) { return !LatinScalarTable.isWordScalar[index] }
            return separatesByCategory(scalar)
        }
    }

    /// Whether a non-ASCII scalar separates address words, by its general category.
    func separatesByCategory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber:
            false
        default:
            true
        }
    }
}

extension TokenSeparators {
    /// Unicode's White_Space property outside ASCII (a stable list): U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    static func isNonASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

/// Byte classes of ASCII text.
enum ASCII {
    /// Unicode's White_Space within ASCII: tab, line feed, vertical tab, form feed, carriage
    /// return and space.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// `0`…`9`.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// `a`…`z`.
    @inline(__always)
    static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A
    }

    /// `A`…`Z` mapped to `a`…`z`; every other byte unchanged.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
