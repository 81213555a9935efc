import Models

/// Reads the common shape of a ``CompareCase`` straight from UTF-8 bytes, in one pass, without
/// Foundation: the fast path of ``CompareLineProcessor/decodeCase(line:)``.
///
/// It accepts exactly what it can read with certainty and refuses everything else by returning
/// `nil`, leaving the line to `JSONDecoder` (whose errors the processor reports unchanged):
///
/// - a top-level object whose `country` is a string or `null`, whose `id_authority` and
///   `document` are objects of strings or `null`s under `UserInfo`'s keys, and whose `options`
///   is `null` or an object of `folds_diacritics` / `drops_apostrophes` (booleans or `null`) and
///   `date_order` (`"day_first"`, `"month_first"` or `null`);
/// - other keys, at any of these levels, with a value of any well-formed JSON type, nested no
///   deeper than ``maximumSkippedDepth``, which are skipped (as `JSONDecoder` skips them).
///
/// It refuses: malformed JSON, a value of another type, a missing `id_authority` or `document`,
/// an `options.address_partial_threshold` (a number whose reading is left to Foundation), a key
/// that is escaped or not ASCII, a key that repeats within one object (so the processor's
/// duplicate-key check gives its usual error), invalid UTF-8, an invalid or lone-surrogate
/// `\u` escape, and an object with more than ``maximumSkippedKeys`` unknown keys.
///
/// For every line it accepts, the case is the one `JSONDecoder` gives, with every string's
/// UTF-8 bytes identical (`CompareCaseReaderTests` checks this over the fixtures and generated
/// variations).
struct CompareCaseReader: ~Copyable {
    /// Why the reader gave up; carries nothing, since the line goes to `JSONDecoder` anyway.
    struct Refusal: Error {}

    /// How deep the value of an unknown key may nest (objects and arrays) before the reader
    /// refuses the line.
    static let maximumSkippedDepth = 32
    /// How many unknown keys one object may have before the reader refuses the line (the
    /// duplicate check among them is quadratic).
    static let maximumSkippedKeys = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Whether any key the reader does not know refuses the line (so that `JSONDecoder`
    /// applies `CodingUserInfoKey.rejectsUnknownKeys` and names the key).
    private let rejectsUnknownKeys: Bool
    private var position = 0
    /// Decoded bytes of a string with escapes, reused across strings.
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, rejectsUnknownKeys: Bool) {
        self.bytes = bytes
        self.rejectsUnknownKeys = rejectsUnknownKeys
    }

    /// The case in `bytes`, or `nil` when the line is not of the shape the reader accepts.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CompareCase? {
        read(bytes, rejectingUnknownKeys: false)
    }

    /// The case in `bytes`, or `nil` when the line is not of the shape the reader accepts or,
    /// with `rejectingUnknownKeys`, has a key the reader does not know.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, rejectingUnknownKeys: Bool) -> CompareCase? {
        var reader = CompareCaseReader(bytes: bytes, rejectsUnknownKeys: rejectingUnknownKeys)
        return try? reader.readCase()
    }
}

// MARK: - The case's shape

extension CompareCaseReader {
    private mutating func readCase() throws(Refusal) -> CompareCase {
        var country: String?
        var idAuthority: UserInfo?
        var document: UserInfo?
        var options: CompareOptions?
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        skipWhitespace()
        try expect(UInt8(ascii: "{"))
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            let slot: UInt32
            if matches(key, "country") {
                slot = 1
                country = try readOptionalString()
            } else if matches(key, "id_authority") {
                slot = 2
                idAuthority = try readUserInfo()
            } else if matches(key, "document") {
                slot = 4
                document = try readUserInfo()
            } else if matches(key, "options") {
                slot = 8
                options = try readOptions()
            } else {
                guard !rejectsUnknownKeys else { throw Refusal() }
                try unknownKeys.insert(key, in: bytes)
                try skipValue(depth: 1)
                continue
            }
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
        }
        skipWhitespace()
        guard position == bytes.count, let idAuthority, let document else { throw Refusal() }
        return CompareCase(country: country, idAuthority: idAuthority, document: document, options: options)
    }

    /// An object of `UserInfo`'s snake_case keys, each a string or `null`.
    ///
    /// The fields are kept in locals and the record is made once at the end: setting them on a
    /// `UserInfo` one by one made the compiler copy the record (and retain its strings).
    private mutating func readUserInfo() throws(Refusal) -> UserInfo {
        try expect(UInt8(ascii: "{"))
        var firstName: String?
        var fullName: String?
        var middleName: String?
        var lastName: String?
        var dob: String?
        var gender: String?
        var phoneNumber: String?
        var address: String?
        var expirationDate: String?
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            let slot: UInt32
            switch bytes[key.lowerBound] {
            case UInt8(ascii: "f") where matches(key, "first_name"):
                slot = 1 << 0
                firstName = try readOptionalString()
            case UInt8(ascii: "f") where matches(key, "full_name"):
                slot = 1 << 1
                fullName = try readOptionalString()
            case UInt8(ascii: "m") where matches(key, "middle_name"):
                slot = 1 << 2
                middleName = try readOptionalString()
            case UInt8(ascii: "l") where matches(key, "last_name"):
                slot = 1 << 3
                lastName = try readOptionalString()
            case UInt8(ascii: "d") where matches(key, "dob"):
                slot = 1 << 4
                dob = try readOptionalString()
            case UInt8(ascii: "g") where matches(key, "gender"):
                slot = 1 << 5
                gender = try readOptionalString()
            case UInt8(ascii: "p") where matches(key, "phone_number"):
                slot = 1 << 6
                phoneNumber = try readOptionalString()
            case UInt8(ascii: "a") where matches(key, "address"):
                slot = 1 << 7
                address = try readOptionalString()
            case UInt8(ascii: "e") where matches(key, "expiration_date"):
                slot = 1 << 8
                expirationDate = try readOptionalString()
            default:
                guard !rejectsUnknownKeys else { throw Refusal() }
                try unknownKeys.insert(key, in: bytes)
                try skipValue(depth: 2)
                continue
            }
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
        }
        return UserInfo(
            firstName: firstName, middleName: middleName, lastName: lastName, fullName: fullName, dob: dob,
            gender: gender, phoneNumber: phoneNumber, address: address, expirationDate: expirationDate)
    }

    /// `null`, or an object of options without `address_partial_threshold`; a missing key
    /// takes its value from ``CompareOptions/default``, as `CompareOptions.init(from:)` does.
    private mutating func readOptions() throws(Refusal) -> CompareOptions? {
        if try readNull() { return nil }
        try expect(UInt8(ascii: "{"))
        var options = CompareOptions.default
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            let slot: UInt32
            if matches(key, "folds_diacritics") {
                slot = 1
                if let value = try readOptionalBool() { options.foldsDiacritics = value }
            } else if matches(key, "drops_apostrophes") {
                slot = 2
                if let value = try readOptionalBool() { options.dropsApostrophes = value }
            } else if matches(key, "date_order") {
                slot = 4
                if let text = try readOptionalString() {
                    guard let order = CompareOptions.DateOrder(rawValue: text) else { throw Refusal() }
                    options.dateOrder = order
                }
            } else if matches(key, "address_partial_threshold") {
                throw Refusal()
            } else {
                guard !rejectsUnknownKeys else { throw Refusal() }
                try unknownKeys.insert(key, in: bytes)
                try skipValue(depth: 2)
                continue
            }
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
        }
        return options
    }
}

// MARK: - Objects and keys

extension CompareCaseReader {
    /// The keys of one object that the reader does not know, to refuse a repeated one.
    ///
    /// Keys are ASCII without escapes (others are refused), so equal keys have equal bytes.
    private struct UnknownKeys {
        private var ranges: [Range<Int>] = []

        mutating func insert(_ key: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) throws(Refusal) {
            guard ranges.count < CompareCaseReader.maximumSkippedKeys else { throw Refusal() }
            for other in ranges where other.count == key.count {
                if bytes[other].elementsEqual(bytes[key]) { throw Refusal() }
            }
            ranges.append(key)
        }
    }

    /// The next key of an object whose `{` was just read, with its `:` read after it, or `nil`
    /// after the object's `}`; `isFirst` is `true` before the first key and is kept by the
    /// caller between calls. The caller reads the key's value before the next call.
    private mutating func nextKey(isFirst: inout Bool) throws(Refusal) -> Range<Int>? {
        skipWhitespace()
        if isFirst {
            isFirst = false
            if consume(UInt8(ascii: "}")) { return nil }
        } else {
            guard position < bytes.count else { throw Refusal() }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "}") { return nil }
            guard byte == UInt8(ascii: ",") else { throw Refusal() }
            skipWhitespace()
        }
        let key = try readKey()
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
        skipWhitespace()
        return key
    }

    /// A key: the range of its bytes between the quotes. Refuses an empty key, an escape, a
    /// control character or a byte outside ASCII (whose equality with another key would depend
    /// on Unicode rules).
    private mutating func readKey() throws(Refusal) -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let bytes = self.bytes
        let start = position
        var index = start
        // Eight bytes a step: the lowest byte that is a quote, a backslash, a control character
        // or not ASCII ends the plain run (the "has zero byte" and "has byte less than n" tests
        // are exact for the lowest such byte).
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index &+ 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
                let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
                let stops =
                    (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                        | ((word &- ones &* 0x20) & ~word) | word) & highs
                if stops != 0 {
                    index &+= stops.trailingZeroBitCount &>> 3
                    break
                }
                index &+= 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard index > start else { throw Refusal() }
                position = index + 1
                return start..<index
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Refusal() }
            index += 1
        }
        throw Refusal()
    }

    /// Whether the key's bytes are `name`'s.
    private func matches(_ key: Range<Int>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard key.count == count else { return false }
        let text = name.utf8Start
        var offset = 0
        while offset < count {
            guard bytes[key.lowerBound + offset] == text[offset] else { return false }
            offset += 1
        }
        return true
    }
}

// MARK: - Values

extension CompareCaseReader {
    /// A string or `null`.
    private mutating func readOptionalString() throws(Refusal) -> String? {
        if try readNull() { return nil }
        return try readString()
    }

    /// `true`, `false` or `null`.
    private mutating func readOptionalBool() throws(Refusal) -> Bool? {
        guard position < bytes.count else { throw Refusal() }
        switch bytes[position] {
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return false
        default:
            guard try readNull() else { throw Refusal() }
            return nil
        }
    }

    /// Reads `null` if it comes next; whether it did.
    private mutating func readNull() throws(Refusal) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    /// A string, with its escapes decoded by the package's one JSON string lexer; refuses
    /// invalid UTF-8, a control character, an unknown escape and a lone surrogate (the lexer's
    /// policy, which is Foundation's).
    private mutating func readString() throws(Refusal) -> String {
        guard let lexeme = try? JSONStringLexer.read(bytes, at: &position, decoded: &scratch),
            let text = JSONStringLexer.text(of: lexeme, in: bytes, decoded: scratch)
        else { throw Refusal() }
        return text
    }
}

// MARK: - Skipping unknown values

extension CompareCaseReader {
    /// Skips one well-formed JSON value of any type; `depth` counts the objects it is in.
    private mutating func skipValue(depth: Int) throws(Refusal) {
        guard position < bytes.count else { throw Refusal() }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "{"):
            guard depth < Self.maximumSkippedDepth else { throw Refusal() }
            position += 1
            var keys = UnknownKeys()
            var isFirst = true
            while let key = try nextKey(isFirst: &isFirst) {
                try keys.insert(key, in: bytes)
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            guard depth < Self.maximumSkippedDepth else { throw Refusal() }
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return }
            while true {
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if consume(UInt8(ascii: "]")) { return }
                try expect(UInt8(ascii: ","))
            }
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        default:
            try skipNumber()
        }
    }

    /// Skips a number of JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func skipNumber() throws(Refusal) {
        _ = consume(UInt8(ascii: "-"))
        guard position < bytes.count else { throw Refusal() }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            try skipDigits()
        }
        if consume(UInt8(ascii: ".")) { try skipDigits() }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            try skipDigits()
        }
    }

    /// Skips one or more decimal digits.
    private mutating func skipDigits() throws(Refusal) {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        guard position > start else { throw Refusal() }
    }
}

// MARK: - Bytes

extension CompareCaseReader {
    /// Skips JSON white space: space, tab, line feed, carriage return.
    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Reads `byte`, or refuses.
    private mutating func expect(_ byte: UInt8) throws(Refusal) {
        guard consume(byte) else { throw Refusal() }
    }

    /// Reads `byte` if it comes next; whether it did.
    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Reads `literal` (`true`, `false` or `null`), or refuses.
    private mutating func expectLiteral(_ literal: StaticString) throws(Refusal) {
        let end = position + literal.utf8CodeUnitCount
        guard end <= bytes.count, matches(position..<end, literal) else { throw Refusal() }
        position = end
    }
}
