/// The phone-number rule: Exact Match or No Match of national significant numbers.
struct PhoneRule: Sendable {
    /// The country's calling code, or `nil` when the country is absent or not in the table.
    let callingCode: CallingCode?

    /// The outcome for two values.
    func outcome(_ first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?) -> FieldOutcome {
        guard let first, let second else { return .notProvided }
        // Compared as digit bytes in temporary storage: no string is made.
        return withNationalNumber(of: first) { first in
            withNationalNumber(of: second) { second in
                guard let first, let second else { return .notProvided }
                return first.hasSameBytes(as: second) ? .exactMatch : .noMatch
            }
        }
    }

    /// The national significant number of a value, as ASCII digits; `nil` when the value is
    /// absent or has no digit (Not Provided).
    ///
    /// 1. Keep the digits, remembering whether the value began with `+` (after white space).
    /// 2. If it began with `+` or its digits with `00`, drop a leading `00`; then drop the
    ///    calling code if the digits begin with it.
    /// 3. Otherwise drop the calling code if the digits begin with it and number more than 10.
    /// 4. Drop one leading trunk `0`.
    func nationalNumber(of value: String?) -> String? {
        guard let value else { return nil }
        return value.withUTF8Bytes { bytes in
            withNationalNumber(of: bytes) { digits in digits.map { String(decoding: $0, as: UTF8.self) } }
        }
    }

    /// Calls `body` with the national significant number of a value as ASCII digit bytes, or
    /// `nil` when the value has no digit; see ``nationalNumber(of:)``.
    func withNationalNumber<Result>(
        of value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
    ) -> Result {
        let beganWithPlus = Self.beginsWithPlus(value)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { buffer in
            var count = 0
            for byte in value where ASCII.isDigit(byte) {
                buffer[count] = byte
                count += 1
            }
            guard count > 0 else { return body(nil) }
            let digits = UnsafeBufferPointer(rebasing: buffer[..<count])
            let zero = UInt8(ascii: "0")
            let beganWithZeroZero = count >= 2 && digits[0] == zero && digits[1] == zero
            var start = 0
            if beganWithPlus || beganWithZeroZero {
                if beganWithZeroZero { start = 2 }
                if let callingCode, callingCode.isPrefix(of: digits, at: start) {
                    start += callingCode.count
                }
            } else if let callingCode, count > 10, callingCode.isPrefix(of: digits, at: 0) {
                start = callingCode.count
            }
            if start < count && digits[start] == zero {
                start += 1
            }
            return body(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Whether the first scalar that is not white space (Unicode's White_Space) is `+`; ASCII
    /// is read byte by byte, without Unicode property lookups.
    static func beginsWithPlus(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in value {
            if ASCII.isWhitespace(byte) { continue }
            if byte < 0x80 { return byte == UInt8(ascii: "+") }
            return String(decoding: value, as: UTF8.self).unicodeScalars.first { !$0.properties.isWhitespace } == "+"
        }
        return false
    }
}
