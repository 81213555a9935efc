/// An unkeyed container over one array of a ``JSONMap``: each method reads and fails as
/// Foundation's `JSONDecoder` unkeyed container does.
struct JSONMapUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: JSONMapDecoderImpl
    /// The array's coding path.
    let path: JSONCodingPath?
    let count: Int?
    private(set) var currentIndex = 0
    /// The node of the element at ``currentIndex``.
    private var element: Int

    init(decoder: JSONMapDecoderImpl, array: Int, path: JSONCodingPath?) {
        self.decoder = decoder
        self.path = path
        count = Int(decoder.map.nodes[array].count)
        element = array &+ 1
    }

    var codingPath: [any CodingKey] { path.codingPath }

    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    /// The key of the current element in a coding path.
    private var indexKey: JSONIndexKey { JSONIndexKey(currentIndex) }

    /// The current element; `valueNotFound` of `type` when the array has no more.
    @inline(__always)
    private func next(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: path.codingPath(appending: indexKey), debugDescription: "Unkeyed container is at end."))
        }
        return element
    }

    @inline(__always)
    private mutating func advance() {
        element = decoder.map.after(element)
        currentIndex &+= 1
    }

    mutating func decodeNil() throws -> Bool {
        guard decoder.map.nodes[try next(Never.self)].kind == .null else { return false }
        advance()
        return true
    }

    mutating func decode(_: Bool.Type) throws -> Bool {
        let node = try next(Bool.self)
        let value = try decoder.reading(Bool.self, parent: path, key: indexKey) { () throws(JSONValueProblem) in
            try decoder.bool(at: node)
        }
        advance()
        return value
    }

    mutating func decode(_: String.Type) throws -> String {
        let node = try next(String.self)
        let value = try decoder.reading(String.self, parent: path, key: indexKey) { () throws(JSONValueProblem) in
            try decoder.string(at: node)
        }
        advance()
        return value
    }

    mutating func decode(_: Double.Type) throws -> Double { try floatingPoint() }
    mutating func decode(_: Float.Type) throws -> Float { try floatingPoint() }
    mutating func decode(_: Int.Type) throws -> Int { try integer() }
    mutating func decode(_: Int8.Type) throws -> Int8 { try integer() }
    mutating func decode(_: Int16.Type) throws -> Int16 { try integer() }
    mutating func decode(_: Int32.Type) throws -> Int32 { try integer() }
    mutating func decode(_: Int64.Type) throws -> Int64 { try integer() }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func decode(_: Int128.Type) throws -> Int128 { try integer() }
    mutating func decode(_: UInt.Type) throws -> UInt { try integer() }
    mutating func decode(_: UInt8.Type) throws -> UInt8 { try integer() }
    mutating func decode(_: UInt16.Type) throws -> UInt16 { try integer() }
    mutating func decode(_: UInt32.Type) throws -> UInt32 { try integer() }
    mutating func decode(_: UInt64.Type) throws -> UInt64 { try integer() }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func decode(_: UInt128.Type) throws -> UInt128 { try integer() }

    mutating func decode<T: Decodable>(_: T.Type) throws -> T {
        let value = try decoder.unwrap(try next(T.self), as: T.self, parent: path, key: indexKey)
        advance()
        return value
    }

    @inline(__always)
    private mutating func integer<T: FixedWidthInteger>() throws -> T {
        let node = try next(T.self)
        let value = try decoder.reading(T.self, parent: path, key: indexKey) { () throws(JSONValueProblem) in
            try decoder.integer(T.self, at: node)
        }
        advance()
        return value
    }

    @inline(__always)
    private mutating func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>() throws -> T {
        let node = try next(T.self)
        let value = try decoder.reading(T.self, parent: path, key: indexKey) { () throws(JSONValueProblem) in
            try decoder.floatingPoint(T.self, at: node)
        }
        advance()
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let node = try next(KeyedDecodingContainer<NestedKey>.self)
        let container = try decoder.with(value: node, path: JSONCodingPath(parent: path, key: indexKey)) {
            try decoder.container(keyedBy: type)
        }
        advance()
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let node = try next((any UnkeyedDecodingContainer).self)
        let container = try decoder.with(value: node, path: JSONCodingPath(parent: path, key: indexKey)) {
            try decoder.unkeyedContainer()
        }
        advance()
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let node = try next((any Decoder).self)
        let nested = JSONMapDecoderImpl(
            map: decoder.map, userInfo: decoder.userInfoValues, path: JSONCodingPath(parent: path, key: indexKey),
            value: node)
        advance()
        return nested
    }
}
