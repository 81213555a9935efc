/// A date as written on a record: day, month and year, with the calendar not otherwise checked
/// (OCR reads 30 February).
struct CalendarDate: Sendable, Hashable {
    /// 1…31.
    var day: Int
    /// 1…12.
    var month: Int
    /// 0…9999, written with four digits.
    var year: Int
}

// MARK: Parsing

extension CalendarDate {
    /// Parses the normalised (lowercased, white space collapsed) text of a date.
    ///
    /// Accepts `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYYMMDD` (each optionally followed by
    /// `t` or a space and a time starting with a digit, which is ignored), `DD-MM-YYYY`,
    /// `DD/MM/YYYY`, `DD.MM.YYYY` (month first when `order` says so), `DD MMM YYYY`,
    /// `DD-MMM-YYYY` and `MMM DD, YYYY`; day and month have 1 or 2 digits, the year 4.
    init?(parsing text: String, order: CompareOptions.DateOrder) {
        var text = text
        guard let parsed = text.withUTF8({ CalendarDate(parsing: $0, order: order) }) else { return nil }
        self = parsed
    }

    /// Parses the UTF-8 bytes of a normalised date; see ``init(parsing:order:)``.
    init?(parsing bytes: UnsafeBufferPointer<UInt8>, order: CompareOptions.DateOrder) {
        var scanner = ByteScanner(bytes: bytes)
        guard let parsed = Self.parse(&scanner, order: order), (1...12).contains(parsed.month),
            (1...31).contains(parsed.day)
        else { return nil }
        self = parsed
    }

    private static func parse(_ scanner: inout ByteScanner, order: CompareOptions.DateOrder) -> CalendarDate? {
        guard let first = scanner.peek() else { return nil }
        if ASCII.isLowercaseLetter(first) {
            // MMM DD, YYYY
            guard let month = scanner.monthName(), scanner.skip(" "),
                let day = scanner.number(digits: 1...2), scanner.skip(","), scanner.skip(" "),
                let year = scanner.number(digits: 4...4), scanner.isAtEnd
            else { return nil }
            return CalendarDate(day: day, month: month, year: year)
        }
        let leadingDigits = scanner.countOfLeadingDigits()
        if leadingDigits == 8 {
            // YYYYMMDD
            guard let year = scanner.fixedNumber(digits: 4), let month = scanner.fixedNumber(digits: 2),
                let day = scanner.fixedNumber(digits: 2), scanner.isAtEndOrTime()
            else { return nil }
            return CalendarDate(day: day, month: month, year: year)
        }
        if leadingDigits == 4 {
            // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
            guard let year = scanner.number(digits: 4...4), let separator = scanner.numericSeparator(),
                let month = scanner.number(digits: 1...2), scanner.skip(separator),
                let day = scanner.number(digits: 1...2), scanner.isAtEndOrTime()
            else { return nil }
            return CalendarDate(day: day, month: month, year: year)
        }
        guard let leading = scanner.number(digits: 1...2), let separator = scanner.next() else { return nil }
        if separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"),
            let next = scanner.peek(), ASCII.isLowercaseLetter(next)
        {
            // DD MMM YYYY, DD-MMM-YYYY
            guard let month = scanner.monthName(), scanner.skip(separator),
                let year = scanner.number(digits: 4...4), scanner.isAtEnd
            else { return nil }
            return CalendarDate(day: leading, month: month, year: year)
        }
        // DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY (or month first)
        guard ByteScanner.isNumericSeparator(separator), let middle = scanner.number(digits: 1...2),
            scanner.skip(separator), let year = scanner.number(digits: 4...4), scanner.isAtEnd
        else { return nil }
        switch order {
        case .dayFirst: return CalendarDate(day: leading, month: middle, year: year)
        case .monthFirst: return CalendarDate(day: middle, month: leading, year: year)
        }
    }
}

// MARK: Comparing components

extension CalendarDate {
    /// Whether two components, written with `width` digits, are near: they differ in exactly one
    /// digit position, or their numbers differ by exactly one.
    static func isNear(_ first: Int, _ second: Int, width: Int) -> Bool {
        if abs(first - second) == 1 { return true }
        var (first, second) = (first, second)
        var differingPositions = 0
        for _ in 0..<width {
            if first % 10 != second % 10 { differingPositions += 1 }
            first /= 10
            second /= 10
        }
        return differingPositions == 1
    }
}

/// A cursor over the bytes of a date's text.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        position += 1
        return byte
    }

    /// Consumes `byte` if it comes next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Consumes the ASCII character `character` if it comes next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        skip(UInt8(ascii: character))
    }

    /// The number of digits from the current position on.
    func countOfLeadingDigits() -> Int {
        var end = position
        while end < bytes.count && ASCII.isDigit(bytes[end]) { end += 1 }
        return end - position
    }

    /// Consumes a run of digits whose length is in `digits` and is followed by a non-digit.
    @inline(__always)
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var index = position
        let end = Swift.min(bytes.count, position + digits.upperBound)
        while index < end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
            index &+= 1
        }
        // More digits than allowed, or fewer than needed: not this number.
        if index < bytes.count && bytes[index] &- UInt8(ascii: "0") < 10 { return nil }
        guard index - position >= digits.lowerBound else { return nil }
        position = index
        return value
    }

    mutating func fixedNumber(digits: Int) -> Int? {
        var value = 0
        for _ in 0..<digits {
            guard let byte = peek(), ASCII.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }

    static func isNumericSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
    }

    /// Consumes `-`, `/` or `.`.
    mutating func numericSeparator() -> UInt8? {
        guard let byte = peek(), Self.isNumericSeparator(byte) else { return nil }
        position += 1
        return byte
    }

    /// Whether the text ends here, or goes on with `t` or a space and then a digit (a time).
    func isAtEndOrTime() -> Bool {
        if isAtEnd { return true }
        let separator = bytes[position]
        guard separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
            position + 1 < bytes.count
        else { return false }
        return ASCII.isDigit(bytes[position + 1])
    }

    /// Consumes a lowercase English month name or its first three letters; returns 1…12.
    mutating func monthName() -> Int? {
        let start = position
        while let byte = peek(), ASCII.isLowercaseLetter(byte) { position += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard word.count >= 3 else { return nil }
        let month: Int
        switch (word[0], word[1], word[2]) {
        case (0x6A, 0x61, 0x6E): month = 1  // jan
        case (0x66, 0x65, 0x62): month = 2  // feb
        case (0x6D, 0x61, 0x72): month = 3  // mar
        case (0x61, 0x70, 0x72): month = 4  // apr
        case (0x6D, 0x61, 0x79): month = 5  // may
        case (0x6A, 0x75, 0x6E): month = 6  // jun
        case (0x6A, 0x75, 0x6C): month = 7  // jul
        case (0x61, 0x75, 0x67): month = 8  // aug
        case (0x73, 0x65, 0x70): month = 9  // sep
        case (0x6F, 0x63, 0x74): month = 10  // oct
        case (0x6E, 0x6F, 0x76): month = 11  // nov
        case (0x64, 0x65, 0x63): month = 12  // dec
        default: return nil
        }
        return word.count == 3 || word.elementsEqual(Self.monthNames[month - 1].utf8) ? month : nil
    }

    static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
}
