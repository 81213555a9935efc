#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

extension Date {
    /// Reads a `timestamp` in any of the forms Smile ID has sent, or `nil` when it is none of them.
    ///
    /// - ISO 8601 date and time, separated by `T` or a space, with or without fractional seconds,
    ///   and a zone that is required: `Z`, or an offset `+01:00`, `+0100` or `+01`, which may
    ///   follow a space: `2024-05-01T12:00:00.000Z`, `2021-05-18 15:14:43 -0700`.
    /// - Seconds or milliseconds since 1970 as decimal digits (the digits of a JSON number
    ///   timestamp, or a string of them): twelve digits or more are milliseconds
    ///   (`1715000000123`), fewer are seconds (`1715000000`, which may have a fraction:
    ///   `1715000000.5`).
    ///
    /// Nothing is trimmed: surrounding white space, a missing zone, an impossible date
    /// (`2024-02-30`) or time (`24:00:00`) is `nil`.
    ///
    /// `package`: the intake and `smileid verify` read timestamps with it; a server gets the
    /// timestamp's reading from `JobInbox.receive(body:now:)`.
    ///
    /// - Parameter smileIDTimestamp: The `timestamp` field as received.
    package init?(smileIDTimestamp text: String) {
        let parsed =
            text.utf8.withContiguousStorageIfAvailable(TimestampParser.secondsSince1970)
            ?? Array(text.utf8).withUnsafeBufferPointer(TimestampParser.secondsSince1970)
        guard let seconds = parsed else { return nil }
        self.init(timeIntervalSince1970: seconds)
    }
}

/// The parser behind `Date(smileIDTimestamp:)`; reads bytes, no formatter.
enum TimestampParser {
    /// Epoch values of this many digits or more are milliseconds.
    static let millisecondDigits = 12

    static func secondsSince1970(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count <= 64 else { return nil }
        var reader = Reader(bytes: bytes)
        if let epoch = reader.epoch() { return epoch }
        reader = Reader(bytes: bytes)
        return reader.iso8601()
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Exactly `count` digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let byte = bytes[position]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                position += 1
            }
            return value
        }

        /// One or more digits: their count and the value of the first 18.
        mutating func digitRun() -> (count: Int, value: Int)? {
            var count = 0
            var value = 0
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                if count < 18 { value = value * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
                count += 1
                position += 1
            }
            return count == 0 ? nil : (count, value)
        }

        /// `digits` or `digits.digits` (seconds), or twelve digits and more (milliseconds).
        mutating func epoch() -> Double? {
            guard let whole = digitRun(), whole.count <= 16 else { return nil }
            if atEnd {
                return whole.count >= TimestampParser.millisecondDigits
                    ? Double(whole.value) / 1000 : Double(whole.value)
            }
            guard whole.count < TimestampParser.millisecondDigits, consume(UInt8(ascii: ".")),
                let fraction = digitRun(), atEnd
            else { return nil }
            return Double(whole.value) + Self.fraction(fraction)
        }

        static func fraction(_ run: (count: Int, value: Int)) -> Double {
            var scale = 1.0
            for _ in 0..<min(run.count, 18) { scale *= 10 }
            return Double(run.value) / scale
        }

        mutating func iso8601() -> Double? {
            guard let year = digits(4), consume(UInt8(ascii: "-")), let month = digits(2), consume(UInt8(ascii: "-")),
                let day = digits(2), consume(UInt8(ascii: "T")) || consume(UInt8(ascii: " ")),
                let hour = digits(2), consume(UInt8(ascii: ":")), let minute = digits(2),
                consume(UInt8(ascii: ":")), let second = digits(2)
            else { return nil }
            guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
                hour < 24, minute < 60, second < 60
            else { return nil }
            var fraction = 0.0
            if consume(UInt8(ascii: ".")) {
                guard let run = digitRun() else { return nil }
                fraction = Self.fraction(run)
            }
            _ = consume(UInt8(ascii: " "))
            guard let offset = zoneOffsetSeconds(), atEnd else { return nil }
            let days = Self.daysSince1970(year: year, month: month, day: day)
            let local = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + fraction
            return local - Double(offset)
        }

        /// `Z`, `±HH:MM`, `±HHMM` or `±HH`, as seconds east of UTC.
        mutating func zoneOffsetSeconds() -> Int? {
            if consume(UInt8(ascii: "Z")) || consume(UInt8(ascii: "z")) { return 0 }
            let sign: Int
            if consume(UInt8(ascii: "+")) {
                sign = 1
            } else if consume(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), hours < 24 else { return nil }
            var minutes = 0
            if !atEnd {
                _ = consume(UInt8(ascii: ":"))
                guard let value = digits(2), value < 60 else { return nil }
                minutes = value
            }
            return sign * (hours * 3600 + minutes * 60)
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        /// Days from 1970-01-01 to the date in the proleptic Gregorian calendar.
        static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }
    }
}

extension Date {
    /// The date as Smile ID writes timestamps, in UTC to the nearest millisecond:
    /// `2024-05-01T12:00:00.000Z`; what a signed request sends, and what
    /// `Date(smileIDTimestamp:)` reads back exactly.
    package var smileIDTimestamp: String {
        let milliseconds = Int64((timeIntervalSince1970 * 1000).rounded())
        let (days, dayMilliseconds) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let (day, time) = dayMilliseconds < 0 ? (days - 1, dayMilliseconds + 86_400_000) : (days, dayMilliseconds)
        let (year, month, dayOfMonth) = TimestampParser.civilDate(daysSince1970: Int(day))
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let hour = time / 3_600_000
        let minute = time / 60_000 % 60
        let second = time / 1000 % 60
        let fraction = time % 1000
        return "\(pad(Int64(year), 4))-\(pad(Int64(month), 2))-\(pad(Int64(dayOfMonth), 2))T"
            + "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(fraction, 3))Z"
    }
}

extension TimestampParser {
    /// The proleptic Gregorian date `daysSince1970` days after 1970-01-01 (the inverse of
    /// `Reader.daysSince1970`).
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
