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
    private var position = 0
    /// Decoded bytes of a string with escapes, reused across strings.
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The case in `bytes`, or `nil` when the line is not of the shape the reader accepts.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CompareCase? {
        var reader = CompareCaseReader(bytes: bytes)
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
        try readMembers { (reader: inout CompareCaseReader, key: Range<Int>) throws(Refusal) in
            let slot: UInt32
            if reader.key(key, is: "country") {
                slot = 1
                country = try reader.readOptionalString()
            } else if reader.key(key, is: "id_authority") {
                slot = 2
                idAuthority = try reader.readUserInfo()
            } else if reader.key(key, is: "document") {
                slot = 4
                document = try reader.readUserInfo()
            } else if reader.key(key, is: "options") {
                slot = 8
                options = try reader.readOptions()
            } else {
                try unknownKeys.insert(key, in: reader.bytes)
                try reader.skipValue(depth: 1)
                return
            }
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
        }
        skipWhitespace()
        guard position == bytes.count, let idAuthority, let document else { throw Refusal() }
        return CompareCase(country: country, idAuthority: idAuthority, document: document, options: options)
    }

    /// An object of `UserInfo`'s snake_case keys, each a string or `null`.
    private mutating func readUserInfo() throws(Refusal) -> UserInfo {
        try expect(UInt8(ascii: "{"))
        var info = UserInfo()
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        try readMembers { (reader: inout CompareCaseReader, key: Range<Int>) throws(Refusal) in
            let slot: UInt32
            switch reader.bytes[key.lowerBound] {
            case UInt8(ascii: "f") where reader.key(key, is: "first_name"):
                slot = 1 << 0
                info.firstName = try reader.readOptionalString()
            case UInt8(ascii: "f") where reader.key(key, is: "full_name"):
                slot = 1 << 1
                info.fullName = try reader.readOptionalString()
            case UInt8(ascii: "m") where reader.key(key, is: "middle_name"):
                slot = 1 << 2
                info.middleName = try reader.readOptionalString()
            case UInt8(ascii: "l") where reader.key(key, is: "last_name"):
                slot = 1 << 3
                info.lastName = try reader.readOptionalString()
            case UInt8(ascii: "d") where reader.key(key, is: "dob"):
                slot = 1 << 4
                info.dob = try reader.readOptionalString()
            case UInt8(ascii: "g") where reader.key(key, is: "gender"):
                slot = 1 << 5
                info.gender = try reader.readOptionalString()
            case UInt8(ascii: "p") where reader.key(key, is: "phone_number"):
                slot = 1 << 6
                info.phoneNumber = try reader.readOptionalString()
            case UInt8(ascii: "a") where reader.key(key, is: "address"):
                slot = 1 << 7
                info.address = try reader.readOptionalString()
            case UInt8(ascii: "e") where reader.key(key, is: "expiration_date"):
                slot = 1 << 8
                info.expirationDate = try reader.readOptionalString()
            default:
                try unknownKeys.insert(key, in: reader.bytes)
                try reader.skipValue(depth: 2)
                return
            }
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
        }
        return info
    }

    /// `null`, or an object of options without `address_partial_threshold`; a missing key
    /// takes its value from ``CompareOptions/default``, as `CompareOptions.init(from:)` does.
    private mutating func readOptions() throws(Refusal) -> CompareOptions? {
        if try readNull() { return nil }
        try expect(UInt8(ascii: "{"))
        var options = CompareOptions.default
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        try readMembers { (reader: inout CompareCaseReader, key: Range<Int>) throws(Refusal) in
            let slot: UInt32
            if reader.key(key, is: "folds_diacritics") {
                slot = 1
                if let value = try reader.readOptionalBool() { options.foldsDiacritics = value }
            } else if reader.key(key, is: "drops_apostrophes") {
                slot = 2
                if let value = try reader.readOptionalBool() { options.dropsApostrophes = value }
            } else if reader.key(key, is: "date_order") {
                slot = 4
                if let text = try reader.readOptionalString() {
                    guard let order = CompareOptions.DateOrder(rawValue: text) else { throw Refusal() }
                    options.dateOrder = order
                }
            } else if reader.key(key, is: "address_partial_threshold") {
                throw Refusal()
            } else {
                try unknownKeys.insert(key, in: reader.bytes)
                try reader.skipValue(depth: 2)
                return
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

    /// Reads the members of an object whose `{` was just read, up to and including its `}`;
    /// `member` reads each value, after the reader has read the key and its `:`.
    private mutating func readMembers(
        _ member: (inout CompareCaseReader, Range<Int>) throws(Refusal) -> Void
    ) throws(Refusal) {
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return }
        while true {
            skipWhitespace()
            let key = try readKey()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try member(&self, key)
            skipWhitespace()
            guard position < bytes.count else { throw Refusal() }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "}") { return }
            guard byte == UInt8(ascii: ",") else { throw Refusal() }
        }
    }

    /// A key: the range of its bytes between the quotes. Refuses an empty key, an escape, a
    /// control character or a byte outside ASCII (whose equality with another key would depend
    /// on Unicode rules).
    private mutating func readKey() throws(Refusal) -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                guard position > start else { throw Refusal() }
                position += 1
                return start..<(position - 1)
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Refusal() }
            position += 1
        }
        throw Refusal()
    }

    /// Whether the key's bytes are `name`'s.
    private func key(_ key: Range<Int>, is name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let text = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        return bytes[key].elementsEqual(text)
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

    /// A string, with its escapes decoded; refuses invalid UTF-8, a control character, an
    /// unknown escape and a `\u` escape of a lone surrogate.
    private mutating func readString() throws(Refusal) -> String {
        try expect(UInt8(ascii: "\""))
        var runStart = position
        var isASCII = true
        var hasEscapes = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<position])
                position += 1
                if hasEscapes {
                    scratch.append(contentsOf: run)
                    guard let text = String(validating: scratch, as: UTF8.self) else { throw Refusal() }
                    return text
                }
                if isASCII { return String(decoding: run, as: UTF8.self) }
                guard let text = String(validating: run, as: UTF8.self) else { throw Refusal() }
                return text
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes {
                    hasEscapes = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                try readEscape()
                runStart = position
                continue
            }
            guard byte >= 0x20 else { throw Refusal() }
            if byte >= 0x80 { isASCII = false }
            position += 1
        }
        throw Refusal()
    }

    /// Decodes the escape at `position` (a `\`) into ``scratch`` as UTF-8.
    private mutating func readEscape() throws(Refusal) {
        guard position + 1 < bytes.count else { throw Refusal() }
        let letter = bytes[position + 1]
        position += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var value = try readHex4()
            if (0xD800..<0xDC00).contains(value) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                      bytes[position + 1] == UInt8(ascii: "u") else { throw Refusal() }
                position += 2
                let low = try readHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Refusal() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw Refusal() }
            UTF8.encode(scalar) { scratch.append($0) }
        default:
            throw Refusal()
        }
    }

    /// The value of four hexadecimal digits.
    private mutating func readHex4() throws(Refusal) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Refusal() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Refusal()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
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
            try readMembers { (reader: inout CompareCaseReader, key: Range<Int>) throws(Refusal) in
                try keys.insert(key, in: reader.bytes)
                try reader.skipValue(depth: depth + 1)
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
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count,
              bytes[position..<(position + count)].elementsEqual(
                UnsafeBufferPointer(start: literal.utf8Start, count: count))
        else { throw Refusal() }
        position += count
    }
}
