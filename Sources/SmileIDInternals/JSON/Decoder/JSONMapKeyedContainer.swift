/// A keyed container over one object of a ``JSONMap``: each method reads and fails as
/// Foundation's `JSONDecoder` keyed container does.
struct JSONMapKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: JSONMapDecoderImpl
    /// The object's node.
    let object: Int
    /// The object's coding path.
    let path: JSONCodingPath?

    var codingPath: [any CodingKey] { path.codingPath }

    /// Every key of the object, in document order, each once (a key given twice is listed
    /// where it first appears), that `Key(stringValue:)` accepts.
    ///
    /// A `Key` that is a ``JSONKeyBytesFilter`` says which plain keys it refuses from their bytes,
    /// so that no `String` is made for them.
    var allKeys: [Key] {
        let map = decoder.map
        let node = map.nodes[object]
        var keys: [Key] = []
        var seen = Set<String>()
        let checksRepeats = node.flags & JSONMap.Flags.hasRepeatedKey != 0
        let refused = checksRepeats ? nil : (Key.self as? any JSONKeyBytesFilter.Type)?.refusedKeys
        var member = object &+ 1
        for _ in 0..<node.count {
            defer { member = map.after(member &+ 1) }
            if let refused,
                map.nodes[member].flags & (JSONMap.Flags.hasEscapes | JSONMap.Flags.isASCII) == JSONMap.Flags.isASCII,
                refused.contains(map.rawBytes(of: member))
            {
                continue
            }
            // A keyed container exists only on an object whose keys all have text.
            if let text = decoder.text(of: member), !checksRepeats || seen.insert(text).inserted,
                let key = Key(stringValue: text)
            {
                keys.append(key)
            }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        valueNode(for: key) != nil
    }

    /// The value of `key`, or `nil` when the object has no such key.
    @inline(__always)
    private func valueNode(for key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { decoder.member(named: $0, text: key.stringValue, in: object) }
    }

    /// The value of `key`; `keyNotFound` when the object has no such key.
    @inline(__always)
    private func requiredValueNode(for key: Key) throws -> Int {
        guard let node = valueNode(for: key) else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: "No value for the key."))
        }
        return node
    }

    /// The value of `key`, or `nil` when the object has no such key or its value is `null`.
    @inline(__always)
    private func presentValueNode(for key: Key) -> Int? {
        guard let node = valueNode(for: key), decoder.map.nodes[node].kind != .null else { return nil }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        decoder.map.nodes[try requiredValueNode(for: key)].kind == .null
    }

    // MARK: Required values

    func decode(_: Bool.Type, forKey key: Key) throws -> Bool {
        let node = try requiredValueNode(for: key)
        return try decoder.reading(Bool.self, parent: path, key: key) { () throws(JSONValueProblem) in
            try decoder.bool(at: node)
        }
    }

    func decode(_: String.Type, forKey key: Key) throws -> String {
        let node = try requiredValueNode(for: key)
        return try decoder.reading(String.self, parent: path, key: key) { () throws(JSONValueProblem) in
            try decoder.string(at: node)
        }
    }

    func decode(_: Double.Type, forKey key: Key) throws -> Double {
        try floatingPoint(at: try requiredValueNode(for: key), key: key)
    }

    func decode(_: Float.Type, forKey key: Key) throws -> Float {
        try floatingPoint(at: try requiredValueNode(for: key), key: key)
    }

    func decode(_: Int.Type, forKey key: Key) throws -> Int { try integer(forKey: key) }
    func decode(_: Int8.Type, forKey key: Key) throws -> Int8 { try integer(forKey: key) }
    func decode(_: Int16.Type, forKey key: Key) throws -> Int16 { try integer(forKey: key) }
    func decode(_: Int32.Type, forKey key: Key) throws -> Int32 { try integer(forKey: key) }
    func decode(_: Int64.Type, forKey key: Key) throws -> Int64 { try integer(forKey: key) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    func decode(_: Int128.Type, forKey key: Key) throws -> Int128 { try integer(forKey: key) }
    func decode(_: UInt.Type, forKey key: Key) throws -> UInt { try integer(forKey: key) }
    func decode(_: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(forKey: key) }
    func decode(_: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(forKey: key) }
    func decode(_: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(forKey: key) }
    func decode(_: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(forKey: key) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    func decode(_: UInt128.Type, forKey key: Key) throws -> UInt128 { try integer(forKey: key) }

    func decode<T: Decodable>(_: T.Type, forKey key: Key) throws -> T {
        try decoder.unwrap(try requiredValueNode(for: key), as: T.self, parent: path, key: key)
    }

    @inline(__always)
    private func integer<T: FixedWidthInteger>(forKey key: Key) throws -> T {
        try integer(at: try requiredValueNode(for: key), key: key)
    }

    @inline(__always)
    private func integer<T: FixedWidthInteger>(at node: Int, key: Key) throws -> T {
        try decoder.reading(T.self, parent: path, key: key) { () throws(JSONValueProblem) in
            try decoder.integer(T.self, at: node)
        }
    }

    @inline(__always)
    private func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(at node: Int, key: Key) throws -> T {
        try decoder.reading(T.self, parent: path, key: key) { () throws(JSONValueProblem) in
            try decoder.floatingPoint(T.self, at: node)
        }
    }

    // MARK: Optional values

    func decodeIfPresent(_: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let node = presentValueNode(for: key) else { return nil }
        return try decoder.reading(Bool.self, parent: path, key: key) { () throws(JSONValueProblem) in
            try decoder.bool(at: node)
        }
    }

    func decodeIfPresent(_: String.Type, forKey key: Key) throws -> String? {
        guard let node = presentValueNode(for: key) else { return nil }
        return try decoder.reading(String.self, parent: path, key: key) { () throws(JSONValueProblem) in
            try decoder.string(at: node)
        }
    }

    func decodeIfPresent(_: Double.Type, forKey key: Key) throws -> Double? {
        guard let node = presentValueNode(for: key) else { return nil }
        return try floatingPoint(at: node, key: key) as Double
    }

    func decodeIfPresent(_: Float.Type, forKey key: Key) throws -> Float? {
        guard let node = presentValueNode(for: key) else { return nil }
        return try floatingPoint(at: node, key: key) as Float
    }

    func decodeIfPresent(_: Int.Type, forKey key: Key) throws -> Int? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: Int8.Type, forKey key: Key) throws -> Int8? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: Int16.Type, forKey key: Key) throws -> Int16? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: Int32.Type, forKey key: Key) throws -> Int32? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: Int64.Type, forKey key: Key) throws -> Int64? { try integerIfPresent(forKey: key) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    func decodeIfPresent(_: Int128.Type, forKey key: Key) throws -> Int128? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: UInt.Type, forKey key: Key) throws -> UInt? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: UInt8.Type, forKey key: Key) throws -> UInt8? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: UInt16.Type, forKey key: Key) throws -> UInt16? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: UInt32.Type, forKey key: Key) throws -> UInt32? { try integerIfPresent(forKey: key) }
    func decodeIfPresent(_: UInt64.Type, forKey key: Key) throws -> UInt64? { try integerIfPresent(forKey: key) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    func decodeIfPresent(_: UInt128.Type, forKey key: Key) throws -> UInt128? { try integerIfPresent(forKey: key) }

    func decodeIfPresent<T: Decodable>(_: T.Type, forKey key: Key) throws -> T? {
        guard let node = presentValueNode(for: key) else { return nil }
        return try decoder.unwrap(node, as: T.self, parent: path, key: key)
    }

    @inline(__always)
    private func integerIfPresent<T: FixedWidthInteger>(forKey key: Key) throws -> T? {
        guard let node = presentValueNode(for: key) else { return nil }
        return try integer(at: node, key: key) as T
    }

    // MARK: Nested containers and decoders

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let node = try requiredValueNode(for: key)
        return try decoder.with(value: node, path: JSONCodingPath(parent: path, key: key)) {
            try decoder.container(keyedBy: type)
        }
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let node = try requiredValueNode(for: key)
        return try decoder.with(value: node, path: JSONCodingPath(parent: path, key: key)) {
            try decoder.unkeyedContainer()
        }
    }

    func superDecoder() throws -> any Decoder {
        superDecoder(key: JSONSuperKey(), value: member(named: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        superDecoder(key: key, value: valueNode(for: key))
    }

    /// The value of the key whose text is `name`.
    private func member(named name: String) -> Int? {
        var bytes = name
        return bytes.withUTF8 { decoder.member(named: $0, text: name, in: object) }
    }

    /// A new decoder of `value` (`null` when the key is absent), as Foundation makes one.
    private func superDecoder(key: any CodingKey, value: Int?) -> any Decoder {
        var map = decoder.map
        let node: Int
        if let value {
            node = value
        } else {
            node = map.nodes.count
            map.nodes.append(JSONMap.Node(kind: .null, flags: 0, count: 0, start: 0, next: UInt32(node + 1)))
        }
        return JSONMapDecoderImpl(
            map: map, userInfo: decoder.userInfoValues, path: JSONCodingPath(parent: path, key: key), value: node)
    }
}

// MARK: - Finding a key

extension JSONMapDecoderImpl {
    /// The value of the first key of `object` whose text is `text` (whose UTF-8 is `needle`),
    /// or `nil`.
    ///
    /// In an object of plain keys (ASCII, no escapes, none repeated) the bytes are compared,
    /// starting after the last key found in the same object; otherwise each key's text is
    /// compared from the first (a `String` comparison: canonical equivalence, as the keys of
    /// Foundation's dictionary).
    func member(named needle: UnsafeBufferPointer<UInt8>, text: @autoclosure () -> String, in object: Int) -> Int? {
        let node = map.nodes[object]
        let first = object &+ 1
        let end = Int(node.next)
        // In an object of plain keys, a key with the needle's bytes is the needle's key (its
        // bytes are ASCII, so the needle is); only when none has them does it matter whether the
        // needle is ASCII: if not, it may still equal a key as text (U+212A KELVIN SIGN is `K`).
        if node.flags & (JSONMap.Flags.hasTextKeys | JSONMap.Flags.hasRepeatedKey) == 0 {
            let start = lookupObject == object && lookupHint < end ? lookupHint : first
            var key = start
            while key < end {
                let value = key &+ 1
                let next = map.after(value)
                if map.plainKey(at: key, equals: needle) {
                    remember(next, in: object)
                    return value
                }
                key = next
            }
            key = first
            while key < start {
                let value = key &+ 1
                let next = map.after(value)
                if map.plainKey(at: key, equals: needle) {
                    remember(next, in: object)
                    return value
                }
                key = next
            }
            guard !Self.isASCII(needle) else { return nil }
        }
        let needleIsASCII = Self.isASCII(needle)
        var key = first
        while key < end {
            let value = key &+ 1
            let flags = map.nodes[key].flags
            let isPlain = flags & (JSONMap.Flags.hasEscapes | JSONMap.Flags.isASCII) == JSONMap.Flags.isASCII
            if isPlain && needleIsASCII {
                if map.plainKey(at: key, equals: needle) { return value }
            } else if map.text(of: key, scratch: &scratch) == text() {
                return value
            }
            key = map.after(value)
        }
        return nil
    }

    @inline(__always)
    private func remember(_ key: Int, in object: Int) {
        lookupObject = object
        lookupHint = key
    }

    /// Whether every byte is ASCII, eight at a time.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        var bits: UInt64 = 0
        while offset &+ 8 <= bytes.count {
            bits |= UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            offset &+= 8
        }
        while offset < bytes.count {
            bits |= UInt64(base[offset])
            offset &+= 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }
}

// MARK: - Keys refused by their bytes

/// A coding key type whose `init(stringValue:)` refuses some keys, and that can list them: a
/// keyed container's `allKeys` then makes no `String` for them.
///
/// Models' `ObjectKey` refuses the keys its type models, so that `allKeys` lists only the
/// others; for a callback that is twenty-two `String`s saved.
package protocol JSONKeyBytesFilter: CodingKey {
    /// The ASCII keys `init(stringValue:)` refuses.
    static var refusedKeys: JSONKeySet { get }
}

/// A set of ASCII keys, looked up by their bytes: grouped by length, compared eight bytes at a
/// time.
package struct JSONKeySet: Sendable {
    /// For each length, the keys of that length.
    private let byLength: [[[UInt8]]]

    /// The set of `keys`, each of which must be ASCII.
    package init(_ keys: [String]) {
        var byLength = [[[UInt8]]](repeating: [], count: (keys.map(\.utf8.count).max() ?? 0) + 1)
        for key in keys {
            byLength[key.utf8.count].append(Array(key.utf8))
        }
        self.byLength = byLength
    }

    /// Whether `bytes` are one of the keys.
    @inline(__always)
    package func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count < byLength.count else { return false }
        for key in byLength[bytes.count] {
            let isEqual = key.withUnsafeBufferPointer { JSONMap.sameBytes($0, bytes, count: bytes.count) }
            if isEqual { return true }
        }
        return false
    }
}
