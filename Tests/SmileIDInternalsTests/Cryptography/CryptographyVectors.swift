import SmileIDInternals
import TestSupport
import Testing

// MARK: - Fixture shapes of the cryptography tests

/// One SHA-256 example from `Fixtures/signing/sha256-vectors.json`.
struct SHA256Vector: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    /// UTF-8 text, repeated `repeat` times to form the message.
    let message: String
    let `repeat`: Int
    /// The expected digest in hex.
    let digest: String

    var messageBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(message.utf8.count * `repeat`)
        for _ in 0..<`repeat` { bytes.append(contentsOf: message.utf8) }
        return bytes
    }

    var testDescription: String { name }

    static func all() throws -> [SHA256Vector] {
        struct Document: Decodable { let vectors: [SHA256Vector] }
        return try Fixtures.decode(Document.self, from: "signing/sha256-vectors.json").vectors
    }
}

/// One RFC 4231 test case from `Fixtures/signing/hmac-sha256-rfc4231.json`.
struct HMACVector: Decodable, Sendable, CustomTestStringConvertible {
    let `case`: Int
    let key: String
    let data: String
    let mac: String
    /// How many leading bytes of the code `mac` gives (16 for the truncated case 5).
    let truncatedToBytes: Int

    var testDescription: String { "RFC 4231 case \(`case`)" }

    static func all() throws -> [HMACVector] {
        struct Document: Decodable { let cases: [HMACVector] }
        return try Fixtures.decode(Document.self, from: "signing/hmac-sha256-rfc4231.json").cases
    }
}

// MARK: - Hex

enum Hex {
    /// `text` (an even number of hex digits) as bytes; `nil` if it is not hex.
    static func bytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    /// `bytes` as lowercase hex.
    static func string(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
