/// Reads the numbers of a ``JSONMap`` as Foundation's `JSONDecoder` reads them, so that every
/// number decodes to the same value, or fails, as it does there:
///
/// - the text must be a JSON number (RFC 8259: no leading zero, digits on both sides of `.`
///   and after `e`), else ``JSONMapError/invalidJSON``;
/// - an integer type takes digits that fit it; any other form (`1.0`, `1e3`) is read as a
///   `Double` and taken when that is exactly a whole number of the type, and below 2^53 in
///   magnitude; above, the digits are read again as Foundation's `Decimal` reads them (a
///   128-bit significand, the fraction's digits truncated), so `9007199254740993.0` is
///   9007199254740993, not 9007199254740992;
/// - a floating-point type takes the correctly rounded value, and refuses a number that
///   overflows to infinity or underflows to zero from non-zero digits.
enum JSONNumberReading {
    /// Whether `text` is a JSON number.
    static func isJSONNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        var index = 0
        @inline(__always) func isDigit(_ at: Int) -> Bool { at < count && text[at] &- UInt8(ascii: "0") < 10 }
        if index < count, text[index] == UInt8(ascii: "-") { index &+= 1 }
        guard isDigit(index) else { return false }
        if text[index] == UInt8(ascii: "0") {
            index &+= 1
        } else {
            while isDigit(index) { index &+= 1 }
        }
        if index < count, text[index] == UInt8(ascii: ".") {
            index &+= 1
            guard isDigit(index) else { return false }
            while isDigit(index) { index &+= 1 }
        }
        if index < count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index &+= 1
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index &+= 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index &+= 1 }
        }
        return index == count
    }

    /// The integer `text` holds; `isPlainInteger` when it is digits with an optional minus sign.
    static func integer<T: FixedWidthInteger>(
        _: T.Type, from text: UnsafeBufferPointer<UInt8>, isPlainInteger: Bool
    ) throws(JSONMapError) -> T {
        guard isJSONNumber(text) else { throw .invalidJSON }
        if isPlainInteger, let value = plainInteger(T.self, from: text) { return value }
        // Foundation's slow path: through a Double, then through a Decimal above 2^53.
        guard let double = Double(String(decoding: text, as: UTF8.self)), let value = T(exactly: double) else {
            throw .invalidJSON
        }
        if double.magnitude < 9_007_199_254_740_992 { return value }
        guard let exact = decimalInteger(T.self, from: text) else { throw .invalidJSON }
        return exact
    }

    /// Digits (with an optional minus sign) that fit in `T`, or `nil`.
    @inline(__always)
    private static func plainInteger<T: FixedWidthInteger>(_: T.Type, from text: UnsafeBufferPointer<UInt8>) -> T? {
        var index = 0
        let isNegative = text[0] == UInt8(ascii: "-")
        if isNegative {
            guard T.isSigned else { return nil }
            index = 1
        }
        var value: T = 0
        while index < text.count {
            let digit = T(text[index] &- UInt8(ascii: "0"))
            let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
            guard !overflowed else { return nil }
            let (sum, overflowedAgain) =
                isNegative ? tens.subtractingReportingOverflow(digit) : tens.addingReportingOverflow(digit)
            guard !overflowedAgain else { return nil }
            value = sum
            index &+= 1
        }
        return value
    }

    /// The integer that Foundation's `Decimal` reading of `text` converts to, or `nil` where
    /// that conversion fails: a significand of at most 128 bits (further integer digits raise
    /// the exponent, further fraction digits are dropped), an exponent from -128 to 127, then
    /// trailing zeros removed; the significand must fit in 64 bits, and a negative exponent
    /// divides it (truncating).
    static func decimalInteger<T: FixedWidthInteger>(_: T.Type, from text: UnsafeBufferPointer<UInt8>) -> T? {
        let count = text.count
        var index = 0
        var isNegative = false
        if index < count, text[index] == UInt8(ascii: "-") {
            isNegative = true
            index &+= 1
        }
        var significand = DecimalSignificand()
        var exponent = 0
        var isFull = false
        @inline(__always) func digit(_ at: Int) -> UInt8? {
            guard at < count else { return nil }
            let value = text[at] &- UInt8(ascii: "0")
            return value < 10 ? value : nil
        }
        @inline(__always) func appending(_ digit: UInt8) -> DecimalSignificand? {
            significand.appending(digit)
        }
        while let value = digit(index) {
            index &+= 1
            if !isFull, let next = appending(value) {
                significand = next
                continue
            }
            isFull = true
            guard exponent < Int(Int8.max) else { return nil }
            exponent &+= 1
        }
        if index < count, text[index] == UInt8(ascii: ".") {
            index &+= 1
            while let value = digit(index) {
                index &+= 1
                guard !isFull else { continue }
                guard let next = appending(value) else {
                    isFull = true
                    continue
                }
                significand = next
                guard exponent > Int(Int8.min) else { return nil }
                exponent &-= 1
            }
        }
        if index < count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index &+= 1
            var isExponentNegative = false
            if index < count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                isExponentNegative = text[index] == UInt8(ascii: "-")
                index &+= 1
            }
            var written = 0
            while let value = digit(index) {
                written = written &* 10 &+ Int(value)
                guard written <= 2 * Int(Int8.max) else { return nil }
                index &+= 1
            }
            let total = exponent &+ (isExponentNegative ? -written : written)
            guard total >= Int(Int8.min), total <= Int(Int8.max) else { return nil }
            exponent = total
        }
        guard !significand.isZero else { return 0 }
        while let tenth = significand.dividedByTenExactly(), exponent < Int(Int8.max) {
            significand = tenth
            exponent &+= 1
        }
        guard significand.high == 0 else { return nil }
        var magnitude = significand.low
        if exponent < 0 {
            for _ in 0..<(-exponent) { magnitude /= 10 }
        } else {
            for _ in 0..<exponent {
                let (tens, overflowed) = magnitude.multipliedReportingOverflow(by: 10)
                guard !overflowed else { return nil }
                magnitude = tens
            }
        }
        if isNegative {
            guard T.isSigned, let value = T(exactly: magnitude) else { return nil }
            return value * -1
        }
        return T(exactly: magnitude)
    }

    /// The floating-point value `text` holds, correctly rounded; refused when it is not finite
    /// in `T` or rounds to zero from non-zero digits.
    static func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _: T.Type, from text: UnsafeBufferPointer<UInt8>
    ) throws(JSONMapError) -> T {
        guard isJSONNumber(text), let value = T(String(decoding: text, as: UTF8.self)), value.isFinite else {
            throw .invalidJSON
        }
        if value == 0, !isTrueZero(text) { throw .invalidJSON }
        return value
    }

    /// Whether a number that reads as zero is written as one, as Foundation decides it: the
    /// bytes are checked four at a time for a non-zero digit (not zero) or an exponent sign (a
    /// zero), and the last one to three bytes from the last to the first, so that `0e5` is
    /// refused as `JSONDecoder` refuses it.
    private static func isTrueZero(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func verdict(_ byte: UInt8) -> Bool? {
            switch byte {
            case UInt8(ascii: "1")...UInt8(ascii: "9"): false
            case UInt8(ascii: "e"), UInt8(ascii: "E"): true
            default: nil
            }
        }
        var index = 0
        while text.count &- index >= 4 {
            for offset in 0..<4 {
                if let answer = verdict(text[index &+ offset]) { return answer }
            }
            index &+= 4
        }
        var last = text.count &- 1
        while last >= index {
            if let answer = verdict(text[last]) { return answer }
            last &-= 1
        }
        return true
    }
}

/// The 128-bit significand of a `Decimal` reading, as two words: `UInt128` is newer than the
/// package's Apple platforms (macOS 15, iOS 18), and only these four operations are needed.
struct DecimalSignificand: Equatable {
    /// The upper 64 bits.
    var high: UInt64 = 0
    /// The lower 64 bits.
    var low: UInt64 = 0

    /// Whether the value is zero.
    var isZero: Bool { high == 0 && low == 0 }

    /// The value times 10 plus `digit`, or `nil` when that does not fit in 128 bits.
    @inline(__always)
    func appending(_ digit: UInt8) -> DecimalSignificand? {
        let (highTens, highOverflowed) = high.multipliedReportingOverflow(by: 10)
        guard !highOverflowed else { return nil }
        let (carry, lowTens) = low.multipliedFullWidth(by: 10)
        let (lowSum, lowCarried) = lowTens.addingReportingOverflow(UInt64(digit))
        let (highSum, overflowed) = highTens.addingReportingOverflow(carry &+ (lowCarried ? 1 : 0))
        // carry is at most 9, so carry + 1 does not wrap.
        guard !overflowed else { return nil }
        return DecimalSignificand(high: highSum, low: lowSum)
    }

    /// The value divided by 10 when it is a multiple of 10, else `nil`.
    @inline(__always)
    func dividedByTenExactly() -> DecimalSignificand? {
        let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: 10)
        let (lowQuotient, remainder) = UInt64(10).dividingFullWidth((highRemainder, low))
        guard remainder == 0 else { return nil }
        return DecimalSignificand(high: highQuotient, low: lowQuotient)
    }
}
