/// The SHA-256 of a delivered body's bytes, exactly as received: what tells a redelivery of one
/// callback (the same body) from another body under the same `timestamp` and `signature`.
///
/// Held inline (four words, no allocation). It encodes as its 64 lowercase hexadecimal digits,
/// the form a SQL store can keep in a text or bytes column.
public struct BodyDigest: Sendable, Hashable {
    /// The 32 bytes as four big-endian words, first byte highest.
    private var words: (UInt64, UInt64, UInt64, UInt64)

    /// The digest whose 32 bytes are `bytes`, or `nil` when there are not exactly 32.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in bytes.enumerated() {
            words[index / 8] = words[index / 8] << 8 | UInt64(byte)
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    /// The digest whose 32 bytes are the four words, each big-endian (its first byte the
    /// digest's first), as the intake computes it.
    init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// The digest written as 64 hexadecimal digits (either case), or `nil` for any other text.
    public init?(hexadecimal text: String) {
        let digits = Array(text.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.value(ofHexDigit: digits[index]), let low = Self.value(ofHexDigit: digits[index + 1])
            else { return nil }
            bytes.append(high << 4 | low)
        }
        self.init(bytes: bytes)
    }

    /// The 32 bytes.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for word in [words.0, words.1, words.2, words.3] {
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return bytes
    }

    /// The 64 lowercase hexadecimal digits.
    public var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func value(ofHexDigit digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Equal when all 32 bytes are.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.words == rhs.words
    }

    /// Hashes the 32 bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}

extension BodyDigest: Codable {
    /// Decodes the 64 hexadecimal digits.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let digest = BodyDigest(hexadecimal: try container.decode(String.self)) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "a body digest must be 64 hexadecimal digits"))
        }
        self = digest
    }

    /// Encodes the 64 lowercase hexadecimal digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hexadecimal)
    }
}

extension BodyDigest: CustomStringConvertible {
    /// `sha256:` and the first 12 hexadecimal digits, enough to tell digests apart in a log.
    public var description: String { "sha256:\(hexadecimal.prefix(12))…" }
}
