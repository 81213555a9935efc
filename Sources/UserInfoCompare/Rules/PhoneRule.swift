/// The phone-number rule: Exact Match or No Match of national significant numbers.
struct PhoneRule: Sendable {
    /// The country's calling code, or `nil` when the country is absent or not in the table.
    let callingCode: CallingCode?

    /// The outcome for two values.
    func outcome(_ first: UnsafeBufferPointer<UInt8>?, _ second: UnsafeBufferPointer<UInt8>?) -> FieldOutcome {
        guard let first, let second else { return .notProvided }
        // Compared as digit bytes in one temporary buffer: no string is made.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: first.count + second.count) { buffer in
            guard let firstNumber = nationalNumber(of: first, into: buffer, at: 0),
                let secondNumber = nationalNumber(of: second, into: buffer, at: first.count)
            else { return .notProvided }
            return firstNumber.hasSameBytes(as: secondNumber) ? .exactMatch : .noMatch
        }
    }

    /// The national number of a value, for tests and diagnostics.
    func nationalNumber(of value: String?) -> String? {
        guard let value else { return nil }
        return value.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                nationalNumber(of: bytes, into: buffer, at: 0).map { String(decoding: $0, as: UTF8.self) }
            }
        }
    }

    /// The national number of a value, its digits written to `buffer` from `offset` (which
    /// needs room for the value's bytes); `nil` when the value has no digit.
    @inline(__always)
    private func nationalNumber(
        of value: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) -> UnsafeBufferPointer<UInt8>? {
        var end = offset
        for byte in value where ASCII.isDigit(byte) {
            buffer[end] = byte
            end += 1
        }
        guard end > offset else { return nil }
        let digits = UnsafeBufferPointer(rebasing: buffer[offset..<end])
        let count = digits.count
        let zero = UInt8(ascii: "0")
        let beganWithZeroZero = count >= 2 && digits[0] == zero && digits[1] == zero
        var start = 0
        if beganWithZeroZero || Self.beginsWithPlus(value) {
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
        return UnsafeBufferPointer(rebasing: digits[start...])
    }

    static func beginsWithPlus(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in value {
            if ASCII.isWhitespace(byte) { continue }
            if byte < 0x80 { return byte == UInt8(ascii: "+") }
            return String(decoding: value, as: UTF8.self).unicodeScalars.first { !$0.properties.isWhitespace } == "+"
        }
        return false
    }
}
