/// A JSON document read in one pass into a flat array of nodes that hold offsets into its bytes:
/// what ``JSONMapDecoder`` serves its containers from.
///
/// As in swift-foundation's `JSONDecoder` (its "JSONMap"), the pass checks the structure and
/// only skips over the insides of strings and numbers; they are read, and their errors thrown,
/// when a type decodes them. So the map accepts and refuses exactly the documents Foundation's
/// scanner accepts and refuses (trailing commas included, at most 512 nested arrays and
/// objects), and a string or number that no type reads may be malformed, as with `JSONDecoder`.
///
/// The same pass finds the first key that repeats within one object, with the rules of
/// ``DuplicateKeyScanner`` (``firstDuplicateKey``), so a body is scanned once, not twice.
///
/// A map refers to the bytes it was read from without copying them: use it only while they are
/// valid (``read(_:)`` takes a buffer for that reason; the decoder never keeps one).
package struct JSONMap {
    /// The document's bytes (after a UTF-8 byte order mark, if it had one).
    let bytes: UnsafeBufferPointer<UInt8>
    /// Every value in document order; a collection's members follow its node.
    var nodes: [Node]
    /// The path of the first key that repeats within one object, as
    /// ``DuplicateKeyScanner/firstDuplicateKey(in:maximumDepth:)`` gives it for these bytes.
    package internal(set) var firstDuplicateKey: [DuplicateKeyScanner.PathStep]?

    /// Reads `bytes` into a map.
    ///
    /// - Throws: ``JSONMapError/invalidJSON`` when the structure is not JSON (as Foundation's
    ///   scanner refuses it), and ``JSONMapError/notUTF8`` when the bytes start as UTF-16 or
    ///   UTF-32 text does (Foundation converts those; ``JSONMapDecoder`` reads only UTF-8).
    package static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONMapError) -> JSONMap {
        var scanner = try JSONMapScanner(bytes)
        return try scanner.scan()
    }
}

/// Why bytes could not be read or a value could not be decoded: nothing about the input's
/// content, as Foundation's `JSONDecoder` says only that "the given data was not valid JSON".
package enum JSONMapError: Error, Sendable, Hashable {
    /// The document is not JSON, or a string or number that a type decodes is malformed (an
    /// escape, a control character, bytes that are not UTF-8, a number out of the type's range).
    case invalidJSON
    /// The bytes begin as UTF-16 or UTF-32 text does (a byte order mark or zero bytes among
    /// the first four); Foundation's decoder converts them to UTF-8 first.
    case notUTF8
}

// MARK: - Nodes

extension JSONMap {
    /// One value: a scalar takes one node; an array or object its node, then its members (an
    /// object's as key, value, key, value…).
    struct Node {
        /// What the value is.
        var kind: Kind
        /// ``Flags`` of a string, number or object.
        var flags: UInt8
        /// A string's or number's length in bytes (a string's between its quotes); the number
        /// of members of an array, or of keys of an object.
        var count: UInt32
        /// Where a string's content (after its opening quote) or a number starts in the bytes.
        var start: UInt32
        /// The index of the node after this value and all its members.
        var next: UInt32
    }

    /// The kind of a node.
    enum Kind: UInt8 {
        case string, number, `true`, `false`, null, object, array
    }

    /// Facts about a node that the decoder needs.
    enum Flags {
        /// A string with an escape (its text must be decoded by the lexer).
        static let hasEscapes: UInt8 = 1
        /// A string whose raw bytes are all ASCII.
        static let isASCII: UInt8 = 2
        /// A string the lexer refuses (a control character, a bad escape, a lone surrogate):
        /// reading it throws, as Foundation's decoder does when it reads it.
        static let isMalformed: UInt8 = 4
        /// A number made of digits only, with an optional leading minus sign.
        static let isPlainInteger: UInt8 = 8
        /// An object with a key that is malformed or not UTF-8: Foundation's decoder refuses
        /// a keyed container on it.
        static let hasInvalidKey: UInt8 = 16
        /// An object with a key given twice: look-ups find the first, `allKeys` lists it once.
        static let hasRepeatedKey: UInt8 = 32
        /// An object with a key that is not plain ASCII (escapes or other bytes): its keys are
        /// compared as `String`s (canonical equivalence), not as bytes.
        static let hasTextKeys: UInt8 = 64
    }
}

// MARK: - Reading nodes

extension JSONMap {
    /// The index of the node after the value at `index` and its members.
    @inline(__always)
    func after(_ index: Int) -> Int {
        Int(nodes[index].next)
    }

    /// The raw bytes of a string's content or of a number.
    @inline(__always)
    func rawBytes(of index: Int) -> UnsafeBufferPointer<UInt8> {
        let node = nodes[index]
        return UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.start) + Int(node.count)])
    }

    /// The text of the string at `index` (a key or a value), or `nil` when it is malformed or not
    /// UTF-8: the `String` Foundation's decoder makes of it.
    func text(of index: Int, scratch: inout [UInt8]) -> String? {
        let node = nodes[index]
        let flags = node.flags
        if flags & Flags.isMalformed != 0 { return nil }
        if flags & Flags.hasEscapes == 0 {
            let raw = rawBytes(of: index)
            if flags & Flags.isASCII != 0 { return String(decoding: raw, as: UTF8.self) }
            return JSONStringLexer.string(validatingUTF8: raw)
        }
        var position = Int(node.start) - 1
        guard let lexeme = try? JSONStringLexer.read(bytes, at: &position, decoded: &scratch) else { return nil }
        return JSONStringLexer.text(of: lexeme, in: bytes, decoded: scratch)
    }

    /// Whether the plain key at `index` (no escapes, ASCII) has exactly the bytes of `key`.
    @inline(__always)
    func plainKey(at index: Int, equals key: UnsafeBufferPointer<UInt8>) -> Bool {
        let node = nodes[index]
        guard Int(node.count) == key.count else { return false }
        return JSONMap.sameBytes(UnsafeBufferPointer(rebasing: bytes[Int(node.start)...]), key, count: key.count)
    }

    /// Whether the first `count` bytes of `a` and `b` are equal, compared eight at a time.
    @inline(__always)
    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        guard count > 0, let left = a.baseAddress, let right = b.baseAddress else { return true }
        var offset = 0
        while offset &+ 8 <= count {
            let x = UnsafeRawPointer(left + offset).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(right + offset).loadUnaligned(as: UInt64.self)
            if x != y { return false }
            offset &+= 8
        }
        while offset < count {
            if left[offset] != right[offset] { return false }
            offset &+= 1
        }
        return true
    }
}
