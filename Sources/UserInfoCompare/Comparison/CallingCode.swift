/// A country calling code (one to three digits, as ``CallingCodes`` lists them) held inline, so
/// that the phone rule reads it without a string.
struct CallingCode: Sendable, Hashable {
    /// The digits' ASCII bytes, the first in the lowest byte, and their count (1 to 3) in the
    /// highest byte: never 0, so that a table can use 0 for "no code".
    let packedValue: UInt32

    /// The code of an ASCII digit string of one to three digits; `nil` for anything else.
    init?(_ digits: some StringProtocol) {
        var packed: UInt32 = 0
        var count: UInt32 = 0
        for byte in digits.utf8 {
            guard count < 3, ASCII.isDigit(byte) else { return nil }
            packed |= UInt32(byte) << (8 * count)
            count += 1
        }
        guard count > 0 else { return nil }
        packedValue = packed | count << 24
    }

    /// The code of a ``packedValue``; `nil` for 0.
    init?(packedValue: UInt32) {
        guard packedValue != 0 else { return nil }
        self.packedValue = packedValue
    }

    /// How many digits there are (1 to 3).
    var count: Int { Int(packedValue >> 24) }

    /// The digits, as ``CallingCodes`` lists them.
    var digits: String {
        String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: packedValue >> (8 * $0)) }, as: UTF8.self)
    }

    /// Whether `bytes` begins with the code at `start`.
    @inline(__always)
    func isPrefix(of bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = count
        guard start + count <= bytes.count else { return false }
        var digits = packedValue
        for index in start..<(start + count) {
            guard bytes[index] == UInt8(truncatingIfNeeded: digits) else { return false }
            digits >>= 8
        }
        return true
    }
}
