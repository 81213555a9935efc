/// The package's one scan of a JSON document's bytes, without decoding it: it finds a key that
/// appears twice in one object, which Foundation's `JSONDecoder` accepts silently (it keeps the
/// first value and drops the other), and, when asked, checks that the document is well-formed
/// JSON and reads the values of a few top-level keys on the way.
///
/// A body with a duplicated key can be read differently by two parsers (one keeps the first
/// value, another the last), so a callback handler should refuse it before decoding:
///
/// ```swift
/// if let path = DuplicateKeyScanner.firstDuplicateKey(in: body) {
///     throw CallbackError.duplicateKey(path)   // e.g. PartnerParams.job_type
/// }
/// let result = try JSONDecoder().decode(JobResult.self, from: body)
/// ```
///
/// The scan is one pass over the bytes. Strings are read by the package's one JSON string lexer
/// (the one the `compare` tool's reader uses), and keys are compared as the `String`s the decoder
/// makes of them: after their escapes are decoded (`"a"` and `"\u0061"` are the same key) and up
/// to Unicode canonical equivalence (`"é"` and `"e\u0301"` are one dictionary key to the
/// decoder). A string with a lone surrogate escape (`"\uD800"`), an unescaped control character,
/// and a key that is not valid UTF-8 are malformed input: Foundation's decoder rejects such a
/// document too.
///
/// Two uses:
///
/// - ``firstDuplicateKey(in:maximumDepth:)`` looks for repeated keys only. It does not validate
///   the JSON as a whole (the decoder that follows reports that): past a byte that is not JSON it
///   keeps looking for keys as a tolerant reader would, and on a string it cannot read (a key
///   that is not UTF-8 among them) it stops with `nil`, as the one-pass decoder's map does.
/// - ``scan(_:capturing:maximumDepth:)`` is the callback intake's first look at a body: whether it
///   is empty, well-formed JSON (RFC 8259, strictly: no trailing comma, no comment; a leading
///   UTF-8 byte-order mark is skipped, as the decoder does), an object, and free of repeated keys,
///   with the values of up to three top-level keys (`timestamp`, `signature`, `job_complete`)
///   located in the bytes, so that a signature can be checked before anything is decoded. It
///   allocates three small buffers, whatever the size of the body.
///
/// Keys are compared byte for byte while every key of an object is ASCII (two ASCII strings are
/// equal `String`s exactly when their bytes are); an object with a non-ASCII key, or with more
/// than 32 keys, compares its keys as `String`s in a set, so the scan stays linear in the size
/// of the document.
package enum DuplicateKeyScanner {
    /// The path of the first key that repeats within one object, such as
    /// `history[1].ResultCode` (a key at the top level is a path of that key alone), or `nil`
    /// when every object's keys are distinct or a string cannot be read.
    ///
    /// - Parameter json: The JSON text as UTF-8 bytes.
    /// - Parameter maximumDepth: Objects and arrays nested deeper than this end the scan (with
    ///   `nil`); Foundation's decoder rejects such documents anyway.
    package static func firstDuplicateKey(in json: some Collection<UInt8>, maximumDepth: Int = 512) -> [PathStep]? {
        if let found = json.withContiguousStorageIfAvailable({ lookForDuplicates($0, maximumDepth: maximumDepth) }) {
            return found
        }
        return Array(json).withUnsafeBufferPointer { lookForDuplicates($0, maximumDepth: maximumDepth) }
    }

    /// Scans a whole document: its ``Scan/Outcome`` (the first problem found, in document order)
    /// and, for a well-formed object, where the values of the `capturing` keys are at its top
    /// level.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - keys: Up to three top-level keys whose values to locate (an empty string for none).
    ///   - maximumDepth: Objects and arrays nested deeper than this make the document invalid.
    package static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, capturing keys: (StaticString, StaticString, StaticString),
        maximumDepth: Int = 512
    ) -> Scan {
        var scanner = Scanner(bytes: bytes, maximumDepth: maximumDepth, captureKeys: keys)
        let outcome = scanner.validate()
        return Scan(
            outcome: outcome, members: scanner.members, decodedValues: scanner.capturedBytes)
    }

    private static func lookForDuplicates(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> [PathStep]? {
        var scanner = Scanner(bytes: bytes, maximumDepth: maximumDepth, captureKeys: ("", "", ""))
        switch scanner.validate() {
        case .duplicateKey(let path): return path
        case .valid, .empty, .notAnObject: return nil
        case .invalid: return scanner.stoppedAtUnreadableKey ? nil : scanner.continueTolerantly()
        }
    }
}

// MARK: - Results

extension DuplicateKeyScanner {
    /// One step of the path to a repeated key: an object's key or an array's index (Models'
    /// `JSONPath` is built from these).
    package enum PathStep: Sendable, Hashable {
        /// A key of an object.
        case key(String)
        /// An index of an array.
        case index(Int)
    }

    /// What ``scan(_:capturing:maximumDepth:)`` found.
    package struct Scan: Sendable {
        /// The document as a whole.
        package enum Outcome: Sendable, Hashable {
            /// Well-formed JSON whose top-level value is an object, every key distinct.
            case valid
            /// Nothing but white space.
            case empty
            /// Not well-formed JSON (or a string that is not UTF-8), or nested too deep.
            case invalid
            /// Well-formed JSON, every key distinct, but its top-level value is not an object.
            case notAnObject
            /// The path of the first key, in document order, that repeats within its object
            /// (found before any problem that comes later in the bytes).
            case duplicateKey([PathStep])
        }

        /// The document as a whole.
        package var outcome: Outcome
        /// The values of the captured keys, in the order they were asked for; `nil` for a key the
        /// top-level object does not have (or when the scan stopped before it).
        package var members: (Member?, Member?, Member?)
        /// The decoded bytes of captured strings that had escapes.
        package var decodedValues: [UInt8]

        /// The bytes of a captured string: its raw content in `bytes` when it had no escape,
        /// else its decoded bytes. Valid UTF-8 either way.
        package func withStringBytes<Result>(
            of member: Member, in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
        ) -> Result {
            guard let decoded = member.decoded else { return body(UnsafeBufferPointer(rebasing: bytes[member.range])) }
            return decodedValues.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[decoded])) }
        }
    }

    /// Where one top-level value is.
    package struct Member: Sendable, Hashable {
        /// The JSON type of a value.
        package enum Kind: Sendable, Hashable {
            case string, number, boolean, null, object, array
        }

        /// The value's type.
        package var kind: Kind
        /// A string's raw content (between the quotes), a number's or literal's token, an object's
        /// or array's first byte.
        package var range: Range<Int>
        /// For a string with escapes: where its decoded bytes are in ``Scan/decodedValues``.
        package var decoded: Range<Int>?
    }
}

// MARK: - The scanner

extension DuplicateKeyScanner {
    /// What may come next in the document.
    private enum Expecting {
        /// A value (at the top, after `:`, or after `,` in an array).
        case value
        /// A value or `]` (just after `[`).
        case valueOrClose
        /// A key or `}` (just after `{`).
        case keyOrClose
        /// A key (after `,` in an object).
        case key
        /// `:` after a key.
        case colon
        /// `,` or the close of the innermost container.
        case commaOrClose
        /// Nothing but white space.
        case end
    }

    /// One key of an open object: its bytes in the arena.
    private struct KeySpan {
        var start: Int
        var count: Int
        var isASCII: Bool
    }

    /// One open object or array.
    private struct Level {
        var isObject: Bool
        /// Where this object's keys start in `keySpans`.
        var firstKey: Int
        /// The span of the current key (objects), for paths.
        var currentKey = -1
        /// The current index (arrays), for paths.
        var index = 0
        /// The keys as strings, once the object has a non-ASCII key or more than 32 keys.
        var strings: Set<String>? = nil
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let maximumDepth: Int
        let captureKeys: (StaticString, StaticString, StaticString)
        var position = 0
        var expecting = Expecting.value
        /// Whether the next string is a key, as the tolerant reader tracks it.
        var expectingKey = false
        /// Whether the scan stopped at a key it cannot read (not a JSON string, or not UTF-8):
        /// past it, which keys the decoder would see is not defined, so no repeat is reported.
        var stoppedAtUnreadableKey = false
        var levels: [Level] = []
        var keySpans: [KeySpan] = []
        var keyArena: [UInt8] = []
        var decoded: [UInt8] = []
        var rootIsObject = false
        /// The capture slot whose value comes next (after its key at the top level).
        var pendingCapture: Int?
        var members: (Member?, Member?, Member?) = (nil, nil, nil)
        var capturedBytes: [UInt8] = []

        init(
            bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int,
            captureKeys: (StaticString, StaticString, StaticString)
        ) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
            self.captureKeys = captureKeys
        }

        // MARK: Strict

        /// Reads the document as RFC 8259 JSON; stops at the first problem.
        mutating func validate() -> Scan.Outcome {
            // A UTF-8 byte-order mark, which Foundation's decoder skips.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
            skipWhitespace()
            guard position < bytes.count else { return .empty }
            rootIsObject = bytes[position] == UInt8(ascii: "{")
            while true {
                skipWhitespace()
                guard position < bytes.count else {
                    guard expecting == .end else { return .invalid }
                    return rootIsObject ? .valid : .notAnObject
                }
                let byte = bytes[position]
                switch expecting {
                case .end:
                    return .invalid
                case .value, .valueOrClose:
                    if byte == UInt8(ascii: "]"), expecting == .valueOrClose {
                        guard close(isObject: false) else { return .invalid }
                        continue
                    }
                    guard readValue(byte) else { return .invalid }
                case .keyOrClose, .key:
                    if byte == UInt8(ascii: "}"), expecting == .keyOrClose {
                        guard close(isObject: true) else { return .invalid }
                        continue
                    }
                    guard byte == UInt8(ascii: "\"") else { return .invalid }
                    switch readKey() {
                    case .failed: return .invalid
                    case .duplicate(let path): return .duplicateKey(path)
                    case .read: expecting = .colon
                    }
                case .colon:
                    guard byte == UInt8(ascii: ":") else { return .invalid }
                    position += 1
                    expecting = .value
                case .commaOrClose:
                    guard let top = levels.indices.last else { return .invalid }
                    switch byte {
                    case UInt8(ascii: ","):
                        position += 1
                        if levels[top].isObject {
                            expecting = .key
                            expectingKey = true
                        } else {
                            levels[top].index += 1
                            expecting = .value
                        }
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        guard close(isObject: byte == UInt8(ascii: "}")) else { return .invalid }
                    default:
                        return .invalid
                    }
                }
            }
        }

        /// Reads the value that starts with `byte`; false when it is not one.
        mutating func readValue(_ byte: UInt8) -> Bool {
            let capture = levels.count == 1 ? pendingCapture : nil
            pendingCapture = nil
            let start = position
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard levels.count < maximumDepth else { return false }
                let isObject = byte == UInt8(ascii: "{")
                levels.append(Level(isObject: isObject, firstKey: keySpans.count))
                expecting = isObject ? .keyOrClose : .valueOrClose
                expectingKey = isObject
                position += 1
                if let capture { record(capture, Member(kind: isObject ? .object : .array, range: start..<position)) }
                return true
            case UInt8(ascii: "\""):
                guard let lexeme = try? JSONStringLexer.read(bytes, at: &position, decoded: &decoded) else {
                    return false
                }
                if !(lexeme.isASCII && !lexeme.hasEscapes) {
                    let isValid = decoded.withUnsafeBufferPointer {
                        JSONStringLexer.validatedBytes(of: lexeme, in: bytes, decoded: $0) != nil
                    }
                    guard isValid else { return false }
                }
                if let capture {
                    var member = Member(kind: .string, range: lexeme.content)
                    if lexeme.hasEscapes {
                        member.decoded = capturedBytes.count..<(capturedBytes.count + decoded.count)
                        capturedBytes.append(contentsOf: decoded)
                    }
                    record(capture, member)
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard let end = numberEnd(from: position) else { return false }
                position = end
                if let capture { record(capture, Member(kind: .number, range: start..<end)) }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let word: StaticString =
                    byte == UInt8(ascii: "t") ? "true" : byte == UInt8(ascii: "f") ? "false" : "null"
                guard hasWord(word, at: position) else { return false }
                position += word.utf8CodeUnitCount
                if let capture {
                    record(capture, Member(kind: byte == UInt8(ascii: "n") ? .null : .boolean, range: start..<position))
                }
            default:
                return false
            }
            expecting = levels.isEmpty ? .end : .commaOrClose
            return true
        }

        /// Closes the innermost level, which must be of the given kind.
        mutating func close(isObject: Bool) -> Bool {
            guard let top = levels.last, top.isObject == isObject else { return false }
            pop()
            position += 1
            expectingKey = false
            expecting = levels.isEmpty ? .end : .commaOrClose
            return true
        }

        mutating func pop() {
            guard let top = levels.popLast() else { return }
            if top.firstKey < keySpans.count {
                keyArena.removeSubrange(keySpans[top.firstKey].start...)
                keySpans.removeSubrange(top.firstKey...)
            }
        }

        /// The end of the number token at `start`, or `nil` when it is not a JSON number.
        func numberEnd(from start: Int) -> Int? {
            var index = start
            func digits() -> Int {
                let first = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    index += 1
                }
                return index - first
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if digits() == 0 {
                return nil
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard digits() > 0 else { return nil }
            }
            return index
        }

        func hasWord(_ word: StaticString, at start: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[start + offset] != word.utf8Start[offset] {
                return false
            }
            return true
        }

        mutating func skipWhitespace() {
            while position < bytes.count, JSONWhitespace.contains(bytes[position]) { position += 1 }
        }

        mutating func record(_ slot: Int, _ member: Member) {
            switch slot {
            case 0: members.0 = member
            case 1: members.1 = member
            default: members.2 = member
            }
        }

        // MARK: Keys

        enum KeyRead {
            case read, failed
            case duplicate([PathStep])
        }

        /// Reads the key at `position` into the innermost object and checks it against the
        /// object's other keys.
        mutating func readKey() -> KeyRead {
            guard let lexeme = try? JSONStringLexer.read(bytes, at: &position, decoded: &decoded) else {
                stoppedAtUnreadableKey = true
                return .failed
            }
            expectingKey = false
            guard let top = levels.indices.last else { return .read }
            let start = keyArena.count
            let isASCII: Bool
            if lexeme.isASCII && !lexeme.hasEscapes {
                keyArena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lexeme.content]))
                isASCII = true
            } else {
                let valid = decoded.withUnsafeBufferPointer { decoded -> Bool in
                    guard let key = JSONStringLexer.validatedBytes(of: lexeme, in: bytes, decoded: decoded) else {
                        return false
                    }
                    keyArena.append(contentsOf: key)
                    return true
                }
                guard valid else {
                    stoppedAtUnreadableKey = true
                    return .failed
                }
                isASCII = keyArena[start...].allSatisfy { $0 < 0x80 }
            }
            let span = KeySpan(start: start, count: keyArena.count - start, isASCII: isASCII)
            if isDuplicate(span, in: top) {
                return .duplicate(path(then: text(of: span)))
            }
            keySpans.append(span)
            levels[top].currentKey = keySpans.count - 1
            if levels.count == 1 { pendingCapture = captureSlot(of: span) }
            return .read
        }

        /// Whether `span` repeats a key of level `top` (and adds it to the level's set, when the
        /// level compares strings).
        mutating func isDuplicate(_ span: KeySpan, in top: Int) -> Bool {
            let first = levels[top].firstKey
            if levels[top].strings == nil, span.isASCII, keySpans.count - first < 32 {
                for index in first..<keySpans.count where keySpans[index].count == span.count && keySpans[index].isASCII
                {
                    if sameBytes(keySpans[index], span) { return true }
                }
                return false
            }
            if levels[top].strings == nil {
                var strings = Set<String>()
                for index in first..<keySpans.count { strings.insert(text(of: keySpans[index])) }
                levels[top].strings = strings
            }
            let key = text(of: span)
            return levels[top].strings?.insert(key).inserted == false
        }

        func sameBytes(_ a: KeySpan, _ b: KeySpan) -> Bool {
            keyArena.withUnsafeBufferPointer { arena in
                for offset in 0..<a.count where arena[a.start + offset] != arena[b.start + offset] {
                    return false
                }
                return true
            }
        }

        func text(of span: KeySpan) -> String {
            keyArena.withUnsafeBufferPointer {
                String(
                    decoding: UnsafeBufferPointer(rebasing: $0[span.start..<(span.start + span.count)]), as: UTF8.self)
            }
        }

        func captureSlot(of span: KeySpan) -> Int? {
            guard span.count > 0 else { return nil }
            for slot in 0..<3 {
                let key = slot == 0 ? captureKeys.0 : slot == 1 ? captureKeys.1 : captureKeys.2
                guard key.utf8CodeUnitCount == span.count else { continue }
                let matches = keyArena.withUnsafeBufferPointer { arena in
                    (0..<span.count).allSatisfy { arena[span.start + $0] == key.utf8Start[$0] }
                }
                if matches { return slot }
            }
            return nil
        }

        /// The path through the open levels (the last of which holds the repeated key), ending
        /// with `key`.
        func path(then key: String) -> [PathStep] {
            var components: [PathStep] = []
            for level in levels.dropLast() {
                if level.isObject {
                    components.append(.key(level.currentKey >= 0 ? text(of: keySpans[level.currentKey]) : ""))
                } else {
                    components.append(.index(level.index))
                }
            }
            components.append(.key(key))
            return components
        }

        // MARK: Tolerant

        /// Goes on from where ``validate()`` stopped, looking only for repeated keys, as a
        /// tolerant reader: a byte that is not a bracket, a comma or a quote is skipped; a string
        /// that cannot be read ends the scan.
        mutating func continueTolerantly() -> [PathStep]? {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard levels.count < maximumDepth else { return nil }
                    let isObject = byte == UInt8(ascii: "{")
                    levels.append(Level(isObject: isObject, firstKey: keySpans.count))
                    expectingKey = isObject
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard !levels.isEmpty else { return nil }
                    pop()
                    expectingKey = false
                    position += 1
                case UInt8(ascii: ","):
                    guard let top = levels.indices.last else { return nil }
                    if levels[top].isObject {
                        expectingKey = true
                    } else {
                        levels[top].index += 1
                    }
                    position += 1
                case UInt8(ascii: "\""):
                    if expectingKey, !levels.isEmpty {
                        switch readKey() {
                        case .failed: return nil
                        case .duplicate(let path): return path
                        case .read: break
                        }
                    } else {
                        guard (try? JSONStringLexer.read(bytes, at: &position, decoded: &decoded)) != nil else {
                            return nil
                        }
                    }
                default:
                    position += 1
                }
            }
            return nil
        }
    }
}
