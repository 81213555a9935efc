/// A country calling code (one to three digits, as ``CallingCodes`` lists them) held inline, so
/// that the phone rule reads it without a string.
struct CallingCode: Sendable, Hashable {
    /// The digits' ASCII bytes, the first in the lowest byte.
    private let packed: UInt32
    /// How many digits there are (1 to 3).
    let count: Int

    /// The code of an ASCII digit string of one to three digits; `nil` for anything else.
    init?(_ digits: some StringProtocol) {
        var packed: UInt32 = 0
        var count = 0
        for byte in digits.utf8 {
            guard count < 3, ASCII.isDigit(byte) else { return nil }
            packed |= UInt32(byte) << (8 * count)
            count += 1
        }
        guard count > 0 else { return nil }
        self.packed = packed
        self.count = count
    }

    /// The code packed by ``packedValue``; `nil` for 0.
    init?(packedValue: UInt32) {
        guard packedValue != 0 else { return nil }
        packed = packedValue & 0xFF_FFFF
        count = Int(packedValue >> 24)
    }

    /// The digits and their count in one integer, never 0: for tables.
    var packedValue: UInt32 { packed | UInt32(count) << 24 }

    /// The digits, as ``CallingCodes`` lists them.
    var digits: String {
        String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: packed >> (8 * $0)) }, as: UTF8.self)
    }

    /// Whether `bytes` begins with the code at `start`.
    @inline(__always)
    func isPrefix(of bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + count <= bytes.count else { return false }
        var packed = packed
        for index in start..<(start + count) {
            guard bytes[index] == UInt8(truncatingIfNeeded: packed) else { return false }
            packed >>= 8
        }
        return true
    }
}
