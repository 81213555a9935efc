/// The one pass that reads a document into a ``JSONMap``: the structure as Foundation's
/// `JSONScanner` checks it, every string through ``JSONStringLexer``, and the first repeated key
/// as ``DuplicateKeyScanner`` finds it.
struct JSONMapScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var nodes: [JSONMap.Node] = []
    private var depth = 0
    /// The lexer's buffer for strings with escapes.
    private var decoded: [UInt8] = []
    /// A hash table of key indices, reused for every object's repeated-key check.
    private var keyTable: [UInt32] = []

    /// Where ``DuplicateKeyScanner`` would stop without an answer: the start of the first string
    /// the lexer refuses, or of the first key that is not UTF-8.
    private var scanStop = Int.max
    /// The first repeated key found so far (by the position of its second spelling).
    private var repeated: (position: Int, object: Int, key: Int)?

    /// The most deeply nested arrays and objects Foundation's scanner accepts.
    static let maximumDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONMapError) {
        guard bytes.count < Int(UInt32.max) else { throw .invalidJSON }
        self.bytes = bytes
        position = try Self.startOfUTF8Text(bytes)
        nodes.reserveCapacity(bytes.count / 8 + 4)
    }

    /// Where the text starts: after a UTF-8 byte order mark, if any.
    ///
    /// - Throws: ``JSONMapError/notUTF8`` for the first bytes by which Foundation's decoder
    ///   recognises UTF-16 and UTF-32 (RFC 4627, section 3, and byte order marks).
    private static func startOfUTF8Text(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONMapError) -> Int {
        let count = bytes.count
        let byte0: UInt8? = count > 0 ? bytes[0] : nil
        let byte1: UInt8? = count > 1 ? bytes[1] : nil
        let byte2: UInt8? = count > 2 ? bytes[2] : nil
        let byte3: UInt8? = count > 3 ? bytes[3] : nil
        switch (byte0, byte1, byte2, byte3) {
        case (0, 0, 0xFE, 0xFF), (0xFE, 0xFF, 0, 0), (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _):
            throw .notUTF8
        case (0xEF, 0xBB, 0xBF, _):
            return 3
        case (0, 0, 0, .some(let last)) where last != 0:
            throw .notUTF8
        case (0, .some(let a), 0, .some(let b)) where a != 0 && b != 0:
            throw .notUTF8
        case (.some(let first), 0, 0, 0) where first != 0:
            throw .notUTF8
        case (.some(let a), 0, .some(let b), 0) where a != 0 && b != 0:
            throw .notUTF8
        case (0, .some(let last), nil, nil) where last != 0:
            throw .notUTF8
        case (.some(let first), 0, nil, nil) where first != 0:
            throw .notUTF8
        default:
            return 0
        }
    }

    /// Reads the whole document.
    mutating func scan() throws(JSONMapError) -> JSONMap {
        try scanValue()
        while position < bytes.count {
            guard Self.isWhitespace(bytes[position]) else { throw .invalidJSON }
            position &+= 1
        }
        var map = JSONMap(bytes: bytes, nodes: nodes, firstDuplicateKey: nil)
        if let repeated, repeated.position < scanStop {
            map.firstDuplicateKey = map.path(toKey: repeated.key, inObject: repeated.object)
        }
        return map
    }
}

// MARK: - Values

extension JSONMapScanner {
    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The first byte that is not whitespace, at `position`.
    @inline(__always)
    private mutating func skipWhitespace() throws(JSONMapError) -> UInt8 {
        while position < bytes.count {
            let byte = bytes[position]
            if !Self.isWhitespace(byte) { return byte }
            position &+= 1
        }
        throw .invalidJSON
    }

    private mutating func scanValue() throws(JSONMapError) {
        switch try skipWhitespace() {
        case UInt8(ascii: "\""): _ = try scanString(isKey: false)
        case UInt8(ascii: "{"): try scanObject()
        case UInt8(ascii: "["): try scanArray()
        case UInt8(ascii: "t"): try scanLiteral("true", kind: .true)
        case UInt8(ascii: "f"): try scanLiteral("false", kind: .false)
        case UInt8(ascii: "n"): try scanLiteral("null", kind: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): scanNumber()
        default: throw .invalidJSON
        }
    }

    private mutating func scanLiteral(_ literal: StaticString, kind: JSONMap.Kind) throws(JSONMapError) {
        let length = literal.utf8CodeUnitCount
        guard bytes.count &- position >= length else { throw .invalidJSON }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        guard JSONMap.sameBytes(UnsafeBufferPointer(rebasing: bytes[position...]), expected, count: length) else {
            throw .invalidJSON
        }
        position &+= length
        let index = UInt32(nodes.count)
        nodes.append(JSONMap.Node(kind: kind, flags: 0, count: 0, start: 0, next: index &+ 1))
    }

    /// Skips the characters Foundation's scanner takes as a number (digits, `.`, `+`, `-`, `e`,
    /// `E`); whether they form one is checked when the number is decoded.
    private mutating func scanNumber() {
        let start = position
        var isPlainInteger = true
        position &+= 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte &- UInt8(ascii: "0") < 10 {
                position &+= 1
                continue
            }
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "e"), UInt8(ascii: "E"):
                isPlainInteger = false
                position &+= 1
                continue
            default:
                break
            }
            break
        }
        let index = UInt32(nodes.count)
        nodes.append(
            JSONMap.Node(
                kind: .number, flags: isPlainInteger ? JSONMap.Flags.isPlainInteger : 0,
                count: UInt32(position &- start), start: UInt32(start), next: index &+ 1))
    }

    /// Reads the string at `position` (its opening quote) into a node; returns the node's index.
    ///
    /// A string the lexer refuses is kept as malformed (Foundation's decoder throws only when a
    /// type reads it), and where it ends is found as Foundation's scanner finds it.
    private mutating func scanString(isKey: Bool) throws(JSONMapError) -> Int {
        let start = position &+ 1
        // Most strings are ASCII without escapes: their end is found here, eight bytes a step;
        // any other string is read again by the lexer.
        if let quote = Self.endOfPlainASCIIString(bytes, from: start) {
            position = quote &+ 1
            let index = nodes.count
            nodes.append(
                JSONMap.Node(
                    kind: .string, flags: JSONMap.Flags.isASCII, count: UInt32(quote &- start), start: UInt32(start),
                    next: UInt32(index &+ 1)))
            return index
        }
        var flags: UInt8 = 0
        let end: Int
        do {
            let lexeme = try JSONStringLexer.read(bytes, at: &position, decoded: &decoded)
            end = lexeme.content.upperBound
            if lexeme.hasEscapes { flags |= JSONMap.Flags.hasEscapes }
            if lexeme.isASCII { flags |= JSONMap.Flags.isASCII }
            if isKey, !lexeme.isASCII || lexeme.hasEscapes,
                !decoded.withUnsafeBufferPointer({ [bytes] decoded in
                    JSONStringLexer.validatedBytes(of: lexeme, in: bytes, decoded: decoded) != nil
                })
            {
                // A key that is not UTF-8 ends DuplicateKeyScanner's scan, and Foundation's
                // decoder refuses a keyed container with it.
                flags |= JSONMap.Flags.isMalformed
                scanStop = min(scanStop, start)
            }
        } catch {
            end = try Self.endOfString(bytes, openingQuote: start &- 1)
            position = end &+ 1
            flags = JSONMap.Flags.isMalformed
            scanStop = min(scanStop, start)
        }
        let index = nodes.count
        nodes.append(
            JSONMap.Node(
                kind: .string, flags: flags, count: UInt32(end &- start), start: UInt32(start),
                next: UInt32(index &+ 1)))
        return index
    }

    /// The index of the closing quote of a string whose content starts at `start`, when every
    /// byte of that content is printable ASCII and no backslash (what the lexer would read as
    /// an ASCII string without escapes); `nil` when another byte comes first, or no quote.
    @inline(__always)
    private static func endOfPlainASCIIString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index &+ 8 <= bytes.count {
            // The first byte in memory is the lowest byte of the word. The lowest byte flagged is
            // exactly the first quote, backslash, control byte or byte of 0x80 or more.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let special =
                (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                    | ((word &- ones &* 0x20) & ~word) | word) & highs
            if special != 0 {
                let end = index &+ (special.trailingZeroBitCount &>> 3)
                return base[end] == UInt8(ascii: "\"") ? end : nil
            }
            index &+= 8
        }
        while index < bytes.count {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") { return index }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
            index &+= 1
        }
        return nil
    }

    /// The index of the closing quote of the string whose opening quote is at `quote`, found as
    /// Foundation's scanner finds it: a backslash skips the next byte, and `\u` four more, which
    /// must be there and must not hold a quote.
    private static func endOfString(_ bytes: UnsafeBufferPointer<UInt8>, openingQuote quote: Int) throws(JSONMapError)
        -> Int
    {
        var index = quote &+ 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return index
            case UInt8(ascii: "\\"):
                guard index &+ 1 < bytes.count else { throw .invalidJSON }
                let letter = bytes[index &+ 1]
                index &+= 2
                if letter == UInt8(ascii: "u") {
                    guard bytes.count &- index >= 4 else { throw .invalidJSON }
                    for offset in 0..<4 where bytes[index &+ offset] == UInt8(ascii: "\"") {
                        throw .invalidJSON
                    }
                    index &+= 4
                }
            default:
                index &+= 1
            }
        }
        throw .invalidJSON
    }
}

// MARK: - Collections

extension JSONMapScanner {
    /// Opens an array or object: checks the depth and appends its node, completed by
    /// ``close(_:count:)``.
    private mutating func open(_ kind: JSONMap.Kind) throws(JSONMapError) -> Int {
        guard depth < Self.maximumDepth else { throw .invalidJSON }
        depth &+= 1
        position &+= 1
        let index = nodes.count
        nodes.append(JSONMap.Node(kind: kind, flags: 0, count: 0, start: 0, next: 0))
        return index
    }

    private mutating func close(_ index: Int, count: Int) {
        depth &-= 1
        position &+= 1
        nodes[index].count = UInt32(count)
        nodes[index].next = UInt32(nodes.count)
    }

    private mutating func scanArray() throws(JSONMapError) {
        let index = try open(.array)
        var count = 0
        if try skipWhitespace() != UInt8(ascii: "]") {
            while true {
                try scanValue()
                count &+= 1
                let byte = try skipWhitespace()
                if byte == UInt8(ascii: "]") { break }
                guard byte == UInt8(ascii: ",") else { throw .invalidJSON }
                position &+= 1
                // Foundation accepts a trailing comma.
                if try skipWhitespace() == UInt8(ascii: "]") { break }
            }
        }
        close(index, count: count)
    }

    private mutating func scanObject() throws(JSONMapError) {
        let index = try open(.object)
        var count = 0
        var flags: UInt8 = 0
        if try skipWhitespace() != UInt8(ascii: "}") {
            while true {
                guard bytes[position] == UInt8(ascii: "\"") else { throw .invalidJSON }
                let key = try scanString(isKey: true)
                let keyFlags = nodes[key].flags
                if keyFlags & JSONMap.Flags.isMalformed != 0 { flags |= JSONMap.Flags.hasInvalidKey }
                if keyFlags & (JSONMap.Flags.hasEscapes | JSONMap.Flags.isASCII) != JSONMap.Flags.isASCII {
                    flags |= JSONMap.Flags.hasTextKeys
                }
                guard try skipWhitespace() == UInt8(ascii: ":") else { throw .invalidJSON }
                position &+= 1
                try scanValue()
                count &+= 1
                let byte = try skipWhitespace()
                if byte == UInt8(ascii: "}") { break }
                guard byte == UInt8(ascii: ",") else { throw .invalidJSON }
                position &+= 1
                // Foundation accepts a trailing comma.
                if try skipWhitespace() == UInt8(ascii: "}") { break }
            }
        }
        close(index, count: count)
        nodes[index].flags = flags
        if count > 1, let key = firstRepeatedKey(inObject: index, count: count, comparesText: flags != 0) {
            nodes[index].flags |= JSONMap.Flags.hasRepeatedKey
            let keyPosition = Int(nodes[key].start)
            if keyPosition < repeated?.position ?? Int.max {
                repeated = (keyPosition, index, key)
            }
        }
    }
}

// MARK: - Repeated keys

extension JSONMapScanner {
    /// The node of the first key of the object that repeats an earlier one, or `nil`.
    ///
    /// Plain keys (ASCII, no escapes) are compared by their bytes through a hash table; an
    /// object with any other key compares the `String`s of its keys, as ``DuplicateKeyScanner``
    /// does (escapes decoded, canonical equivalence), leaving out keys that have no text.
    private mutating func firstRepeatedKey(inObject object: Int, count: Int, comparesText: Bool) -> Int? {
        if comparesText {
            var seen = Set<String>()
            var key = object &+ 1
            let map = JSONMap(bytes: bytes, nodes: nodes, firstDuplicateKey: nil)
            for _ in 0..<count {
                if let text = map.text(of: key, scratch: &decoded), !seen.insert(text).inserted { return key }
                key = Int(nodes[key &+ 1].next)
            }
            return nil
        }
        var slots = 16
        while slots < count &* 2 { slots &<<= 1 }
        if keyTable.count < slots {
            keyTable = [UInt32](repeating: 0, count: slots)
        } else {
            keyTable.withUnsafeMutableBufferPointer { table in
                for slot in 0..<slots { table[slot] = 0 }
            }
        }
        let mask = slots &- 1
        var key = object &+ 1
        for _ in 0..<count {
            let node = nodes[key]
            let content = UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.start) &+ Int(node.count)])
            var slot = hash(content) & mask
            while true {
                let entry = keyTable[slot]
                if entry == 0 {
                    keyTable[slot] = UInt32(key &+ 1)
                    break
                }
                let other = nodes[Int(entry) &- 1]
                if other.count == node.count,
                    JSONMap.sameBytes(
                        UnsafeBufferPointer(rebasing: bytes[Int(other.start)...]), content, count: content.count)
                {
                    return key
                }
                slot = (slot &+ 1) & mask
            }
            key = Int(nodes[key &+ 1].next)
        }
        return nil
    }

    /// A hash of a key's bytes: its length, then its first and last eight bytes (which overlap
    /// for keys of 8 to 15 bytes), or, for a shorter key, its bytes as one little-endian word,
    /// read with one load when eight bytes are there to read.
    @inline(__always)
    private func hash(_ content: UnsafeBufferPointer<UInt8>) -> Int {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let count = content.count
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        guard let base = content.baseAddress, let documentEnd = bytes.baseAddress.map({ $0 + bytes.count }) else {
            return Int(truncatingIfNeeded: hash >> 29)
        }
        if count >= 8 {
            let first = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            let last = UnsafeRawPointer(base + (count &- 8)).loadUnaligned(as: UInt64.self)
            hash = (hash ^ first) &* multiplier
            hash = (hash ^ last) &* multiplier
            return Int(truncatingIfNeeded: hash >> 29)
        }
        var word: UInt64 = 0
        if count > 0 {
            if documentEnd - base >= 8 {
                // The first byte is the word's lowest; the bytes after the key are masked off.
                word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
                word &= UInt64.max &>> (64 &- 8 &* UInt64(count))
            } else {
                for offset in 0..<count {
                    word |= UInt64(base[offset]) &<< (8 &* UInt64(offset))
                }
            }
        }
        hash = (hash ^ word) &* multiplier
        return Int(truncatingIfNeeded: hash >> 29)
    }
}

// MARK: - Paths

extension JSONMap {
    /// The path from the document to the key at `key` in the object at `object`, as
    /// ``DuplicateKeyScanner`` names it: each enclosing object's key and array's index, then
    /// the key.
    func path(toKey key: Int, inObject object: Int) -> [DuplicateKeyScanner.PathStep] {
        var scratch: [UInt8] = []
        var steps: [DuplicateKeyScanner.PathStep] = []
        var current = 0
        while current != object {
            let node = nodes[current]
            var member = current &+ 1
            if node.kind == .object {
                for _ in 0..<node.count {
                    let value = member &+ 1
                    if object >= value && object < after(value) {
                        steps.append(.key(text(of: member, scratch: &scratch) ?? ""))
                        current = value
                        break
                    }
                    member = after(value)
                }
            } else {
                for position in 0..<Int(node.count) {
                    if object >= member && object < after(member) {
                        steps.append(.index(position))
                        current = member
                        break
                    }
                    member = after(member)
                }
            }
        }
        steps.append(.key(text(of: key, scratch: &scratch) ?? ""))
        return steps
    }
}
