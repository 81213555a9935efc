import Models
import SmileIDInternals

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
    /// Decoded bytes of the string with escapes being read, reused across strings.
    private var scratch: [UInt8] = []
    /// The decoded bytes of every string with escapes, one after another (a ``Span`` with
    /// ``Span/isDecoded`` points here; the line's other strings are read in place).
    private var decodedStrings: [UInt8] = []

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
        withCase(in: bytes, rejectingUnknownKeys: rejectingUnknownKeys) { view in
            func string(_ field: UnsafeBufferPointer<UInt8>?) -> String? {
                field.map { String(decoding: $0, as: UTF8.self) }
            }
            func userInfo(_ fields: UserInfoBytes) -> UserInfo {
                UserInfo(
                    firstName: string(fields.firstName), middleName: string(fields.middleName),
                    lastName: string(fields.lastName), fullName: string(fields.fullName), dob: string(fields.dob),
                    gender: string(fields.gender), phoneNumber: string(fields.phoneNumber),
                    address: string(fields.address), expirationDate: string(fields.expirationDate))
            }
            return CompareCase(
                country: string(view.country), idAuthority: userInfo(view.idAuthority),
                document: userInfo(view.document), options: view.options)
        }
    }

    /// Calls `body` with the case in `bytes`, its strings lent as UTF-8 bytes (in place when
    /// they have no escapes) instead of made into strings; `nil`, without calling `body`, when
    /// the line is not of the shape the reader accepts (see ``read(_:rejectingUnknownKeys:)``).
    static func withCase<Result>(
        in bytes: UnsafeBufferPointer<UInt8>, rejectingUnknownKeys: Bool, _ body: (CaseView) -> Result
    ) -> Result? {
        // Spans hold 32-bit offsets.
        guard bytes.count < Int(Int32.max) else { return nil }
        var reader = CompareCaseReader(bytes: bytes, rejectsUnknownKeys: rejectingUnknownKeys)
        var spans = CaseSpans()
        guard (try? reader.readCase(into: &spans)) != nil else { return nil }
        return reader.decodedStrings.withUnsafeBufferPointer { decoded in
            func field(_ span: Span) -> UnsafeBufferPointer<UInt8>? {
                guard !span.isMissing else { return nil }
                let start = Int(span.start)
                return UnsafeBufferPointer(rebasing: (span.isDecoded ? decoded : bytes)[start..<(start + span.count)])
            }
            func fields(_ spans: UserInfoSpans) -> UserInfoBytes {
                UserInfoBytes { field(spans[$0]) }
            }
            return body(
                CaseView(
                    country: field(spans.country), idAuthority: fields(spans.idAuthority),
                    document: fields(spans.document), options: spans.options))
        }
    }

    /// A case as ``withCase(in:rejectingUnknownKeys:_:)`` lends it.
    struct CaseView {
        var country: UnsafeBufferPointer<UInt8>?
        var idAuthority: UserInfoBytes
        var document: UserInfoBytes
        var options: CompareOptions?
    }

    /// Where a string's UTF-8 bytes are: in the line, or in ``decodedStrings`` when it has
    /// escapes; or that there is no string (`null`, or no key). Eight bytes, so that the
    /// spans of a case are cheap to keep.
    private struct Span {
        /// The offset of the first byte; `UInt32.max` when there is no string.
        var start: UInt32
        /// The byte count, with ``decodedFlag`` set when the bytes are in ``decodedStrings``.
        private var packedCount: UInt32

        private static let decodedFlag: UInt32 = 1 << 31

        static let missing = Span(start: .max, packedCount: 0)

        private init(start: UInt32, packedCount: UInt32) {
            self.start = start
            self.packedCount = packedCount
        }

        /// The span of `range`; offsets fit, since lines over `Int32.max` bytes are refused.
        init(_ range: Range<Int>, isDecoded: Bool) {
            start = UInt32(truncatingIfNeeded: range.lowerBound)
            packedCount = UInt32(truncatingIfNeeded: range.count) | (isDecoded ? Self.decodedFlag : 0)
        }

        var isMissing: Bool { start == .max }
        var isDecoded: Bool { packedCount & Self.decodedFlag != 0 }
        var count: Int { Int(packedCount & ~Self.decodedFlag) }
    }

    /// The spans of one `UserInfo` object's strings, by field (``userInfoField(of:)``).
    private struct UserInfoSpans {
        var firstName = Span.missing
        var middleName = Span.missing
        var lastName = Span.missing
        var fullName = Span.missing
        var dob = Span.missing
        var gender = Span.missing
        var phoneNumber = Span.missing
        var address = Span.missing
        var expirationDate = Span.missing

        subscript(field: UserInfoBytes.Field) -> Span {
            get {
                switch field {
                case .firstName: firstName
                case .middleName: middleName
                case .lastName: lastName
                case .fullName: fullName
                case .dob: dob
                case .gender: gender
                case .phoneNumber: phoneNumber
                case .address: address
                case .expirationDate: expirationDate
                }
            }
            set {
                switch field {
                case .firstName: firstName = newValue
                case .middleName: middleName = newValue
                case .lastName: lastName = newValue
                case .fullName: fullName = newValue
                case .dob: dob = newValue
                case .gender: gender = newValue
                case .phoneNumber: phoneNumber = newValue
                case .address: address = newValue
                case .expirationDate: expirationDate = newValue
                }
            }
        }
    }

    /// The spans and options of a whole case.
    private struct CaseSpans {
        var country = Span.missing
        var idAuthority = UserInfoSpans()
        var document = UserInfoSpans()
        var options: CompareOptions?
    }
}

// MARK: - The case's shape

extension CompareCaseReader {
    private mutating func readCase(into spans: inout CaseSpans) throws(Refusal) {
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        skipWhitespace()
        try expect(UInt8(ascii: "{"))
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            let slot: UInt32
            if matches(key, "country") {
                slot = 1
                spans.country = try readOptionalString()
            } else if matches(key, "id_authority") {
                slot = 2
                try readUserInfo(into: &spans.idAuthority)
            } else if matches(key, "document") {
                slot = 4
                try readUserInfo(into: &spans.document)
            } else if matches(key, "options") {
                slot = 8
                spans.options = try readOptions()
            } else {
                // Annotations (`CompareCase.annotationKeys`) are allowed even with strict keys.
                guard !rejectsUnknownKeys || isAnnotationKey(key) else { throw Refusal() }
                try unknownKeys.insert(key, in: bytes)
                try skipValue(depth: 1)
                continue
            }
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
        }
        skipWhitespace()
        guard position == bytes.count, known & 6 == 6 else { throw Refusal() }
    }

    /// An object of `UserInfo`'s snake_case keys, each a string or `null`, read into `spans`.
    private mutating func readUserInfo(into spans: inout UserInfoSpans) throws(Refusal) {
        try expect(UInt8(ascii: "{"))
        var known: UInt32 = 0
        var unknownKeys = UnknownKeys()
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            guard let field = userInfoField(of: key) else {
                guard !rejectsUnknownKeys else { throw Refusal() }
                try unknownKeys.insert(key, in: bytes)
                try skipValue(depth: 2)
                continue
            }
            let slot: UInt32 = 1 << field.rawValue
            guard known & slot == 0 else { throw Refusal() }
            known |= slot
            spans[field] = try readOptionalString()
        }
    }

    /// The field of a `UserInfo` key, or `nil` for another key: the length and first byte pick
    /// the one candidate, then its bytes are compared.
    @inline(__always)
    private func userInfoField(of key: Range<Int>) -> UserInfoBytes.Field? {
        let (field, name): (UserInfoBytes.Field, StaticString)
        switch key.count {
        case 3: (field, name) = (.dob, "dob")
        case 6: (field, name) = (.gender, "gender")
        case 7: (field, name) = (.address, "address")
        case 9 where bytes[key.lowerBound] == UInt8(ascii: "f"): (field, name) = (.fullName, "full_name")
        case 9: (field, name) = (.lastName, "last_name")
        case 10: (field, name) = (.firstName, "first_name")
        case 11: (field, name) = (.middleName, "middle_name")
        case 12: (field, name) = (.phoneNumber, "phone_number")
        case 15: (field, name) = (.expirationDate, "expiration_date")
        default: return nil
        }
        return matches(key, name) ? field : nil
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
                let span = try readOptionalString()
                if !span.isMissing {
                    guard let order = dateOrder(span) else { throw Refusal() }
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

    /// Whether the key is one of `CompareCase.annotationKeys`, which a case may carry whatever
    /// the key policy.
    private func isAnnotationKey(_ key: Range<Int>) -> Bool {
        let keyBytes = UnsafeBufferPointer(rebasing: bytes[key])
        return CompareCase.annotationKeys.contains { name in
            var name = name
            return name.withUTF8 { keyBytes.hasSameBytes(as: $0) }
        }
    }

    /// Whether the key's bytes are `name`'s.
    @inline(__always)
    private func matches(_ key: Range<Int>, _ name: StaticString) -> Bool {
        UnsafeBufferPointer(rebasing: bytes[key]).hasSameBytes(
            as: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
}

// MARK: - Values

extension CompareCaseReader {
    /// A string or `null`.
    private mutating func readOptionalString() throws(Refusal) -> Span {
        if try readNull() { return .missing }
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
    /// policy, which is Foundation's). No string is made: a string without escapes is read in
    /// place, and one with escapes is kept in ``decodedStrings``.
    private mutating func readString() throws(Refusal) -> Span {
        let lexeme = try lexString()
        guard lexeme.hasEscapes else { return Span(lexeme.content, isDecoded: false) }
        let start = decodedStrings.count
        decodedStrings.append(contentsOf: scratch)
        return Span(start..<decodedStrings.count, isDecoded: true)
    }

    /// Reads a string and checks it (escapes, surrogates, UTF-8) without keeping it: what
    /// ``readString()`` keeps, and all a skipped value needs.
    private mutating func lexString() throws(Refusal) -> JSONStringLexer.Lexeme {
        guard let lexeme = try? JSONStringLexer.read(bytes, at: &position, decoded: &scratch) else { throw Refusal() }
        let isValid = scratch.withUnsafeBufferPointer { decoded in
            JSONStringLexer.validatedBytes(of: lexeme, in: bytes, decoded: decoded) != nil
        }
        guard isValid else { throw Refusal() }
        return lexeme
    }

    /// The date order a string names, or `nil` for any other text.
    private func dateOrder(_ span: Span) -> CompareOptions.DateOrder? {
        let range = Int(span.start)..<(Int(span.start) + span.count)
        let text =
            span.isDecoded
            ? String(decoding: decodedStrings[range], as: UTF8.self)
            : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return CompareOptions.DateOrder(rawValue: text)
    }
}

// MARK: - Skipping unknown values

extension CompareCaseReader {
    /// Skips one well-formed JSON value of any type; `depth` counts the objects it is in.
    private mutating func skipValue(depth: Int) throws(Refusal) {
        guard position < bytes.count else { throw Refusal() }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            _ = try lexString()
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
    @inline(__always)
    private mutating func skipWhitespace() {
        // Most lines have none: one test for the common case.
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        while position < bytes.count {
            guard JSONWhitespace.contains(bytes[position]) else { return }
            position += 1
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
