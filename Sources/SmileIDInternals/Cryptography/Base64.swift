/// Standard base64 (RFC 4648 section 4, alphabet `A–Z a–z 0–9 + /`, `=` padding), strict.
///
/// Signatures are short, so this small codec avoids depending on how each platform's
/// Foundation treats unpadded input, whitespace or non-zero trailing bits: decoding accepts only
/// the one canonical encoding of each byte string.
package enum Base64 {
    /// The 64 characters of the standard alphabet, as ASCII.
    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The padding character `=`.
    private static let padding = UInt8(ascii: "=")

    /// `bytes` encoded as padded standard base64.
    package static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let group = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(group >> 18 & 0x3f)])
            output.append(alphabet[Int(group >> 12 & 0x3f)])
            output.append(second == nil ? padding : alphabet[Int(group >> 6 & 0x3f)])
            output.append(third == nil ? padding : alphabet[Int(group & 0x3f)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes encoded by `text`, or `nil` unless it is canonical padded standard base64.
    ///
    /// Rejected: a length that is not a multiple of 4, any character outside the alphabet
    /// (including whitespace and the URL-safe `-` and `_`), padding anywhere but the end or more
    /// than two `=`, and non-zero bits in the last character before the padding.
    package static func decode(_ text: String) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard characters.count % 4 == 0 else { return nil }
        var isCanonical = true
        let output = characters.withUnsafeBufferPointer { characters in
            [UInt8](unsafeUninitializedCapacity: characters.count / 4 * 3) { output, count in
                if let written = decode(characters, into: output) {
                    count = written
                } else {
                    isCanonical = false
                    count = 0
                }
            }
        }
        return isCanonical ? output : nil
    }

    /// Decodes `characters` into `output` (which must have room for `characters.count / 4 * 3`
    /// bytes) with the rules of ``decode(_:)``; the number of bytes written, or `nil` when the
    /// text is not canonical padded standard base64. Allocates nothing.
    package static func decode(
        _ characters: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        guard characters.count % 4 == 0, output.count >= characters.count / 4 * 3 else { return nil }
        var written = 0
        var groupStart = 0
        while groupStart < characters.count {
            let isLastGroup = groupStart + 4 == characters.count
            let c0 = characters[groupStart]
            let c1 = characters[groupStart + 1]
            let c2 = characters[groupStart + 2]
            let c3 = characters[groupStart + 3]
            guard let v0 = value(of: c0), let v1 = value(of: c1) else { return nil }

            if isLastGroup && c2 == padding {
                // One byte: "xx==", the low 4 bits of the second character must be zero.
                guard c3 == padding, v1 & 0x0f == 0 else { return nil }
                output[written] = v0 << 2 | v1 >> 4
                written += 1
            } else if isLastGroup && c3 == padding {
                // Two bytes: "xxx=", the low 2 bits of the third character must be zero.
                guard let v2 = value(of: c2), v2 & 0x03 == 0 else { return nil }
                output[written] = v0 << 2 | v1 >> 4
                output[written + 1] = v1 << 4 | v2 >> 2
                written += 2
            } else {
                guard let v2 = value(of: c2), let v3 = value(of: c3) else { return nil }
                output[written] = v0 << 2 | v1 >> 4
                output[written + 1] = v1 << 4 | v2 >> 2
                output[written + 2] = v2 << 6 | v3
                written += 3
            }
            groupStart += 4
        }
        return written
    }

    /// The 6-bit value of an alphabet character, or `nil` for any other byte.
    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
