/// Decodes `Decodable` values from a ``JSONMap``: the package's fast path for Smile ID's JSON,
/// which gives every value and every error that Foundation's `JSONDecoder` (with its default
/// options) gives for the same UTF-8 bytes.
///
/// ```swift
/// let result = try bytes.withUnsafeBufferPointer { buffer in
///     try JSONMapDecoder().decode(JobResult.self, from: try JSONMap.read(buffer))
/// }
/// ```
///
/// What it keeps from `JSONDecoder`, so that the types' `Decodable` conformances (which probe
/// with `try?`) read the same:
/// - the same `DecodingError` cases, coding paths and error types (`typeMismatch(String.self, …)`,
///   `valueNotFound([String: Any].self, …)`, `keyNotFound` with the container's path); a string
///   or number that cannot be read, and a keyed container on an object with a key that is not
///   UTF-8, throw an error that the top level turns into `dataCorrupted` at the document (with
///   the debug text "The given data was not valid JSON."), as Foundation's `JSONError` is;
/// - numbers read as ``JSONNumberReading`` describes (`1.0` is the `Int` 1);
/// - a key given twice: look-ups find the first value and `allKeys` lists the key once (the
///   map also records the first such key, for callers that refuse them).
///
/// What differs: `allKeys` lists keys in document order (Foundation's order is a dictionary's,
/// which changes from run to run); debug descriptions are shorter (no type names); and `Data`,
/// `Date`, `URL` and `Decimal` decode through their own `Decodable` conformances, as with a
/// `JSONDecoder` whose strategies are `.deferredTo…` (no type of this package decodes them).
package struct JSONMapDecoder {
    /// Values passed to the decoded types through `Decoder.userInfo`.
    package var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates a decoder.
    package init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    /// Decodes a `T` from the document's top-level value.
    ///
    /// - Throws: `DecodingError`, exactly as `JSONDecoder.decode(_:from:)` throws it for the
    ///   bytes the map was read from.
    package func decode<T: Decodable>(_ type: T.Type, from map: JSONMap) throws -> T {
        let decoder = JSONMapDecoderImpl(map: map, userInfo: userInfo, path: nil, value: 0)
        do {
            return try T(from: decoder)
        } catch is JSONMapError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "The given data was not valid JSON."))
        }
    }
}

// MARK: - The decoder

/// The `Decoder` (and single-value container) of one decoding: the map, the value being decoded
/// and its coding path, changed in place as nested values are decoded (as Foundation's
/// `JSONDecoderImpl` does), so that a nested `init(from:)` costs no new decoder.
final class JSONMapDecoderImpl {
    let map: JSONMap
    let userInfoValues: [CodingUserInfoKey: any Sendable]
    /// The coding path of ``value``.
    var path: JSONCodingPath?
    /// The node of the value being decoded.
    var value: Int
    /// The lexer's buffer, for strings with escapes.
    var scratch: [UInt8] = []
    /// The object of the last key found, and the key after it, where the next look-up in that
    /// object starts: types decode their keys mostly in the order the JSON has them.
    var lookupObject = -1
    var lookupHint = 0

    init(map: JSONMap, userInfo: [CodingUserInfoKey: any Sendable], path: JSONCodingPath?, value: Int) {
        self.map = map
        self.userInfoValues = userInfo
        self.path = path
        self.value = value
    }

    /// Runs `body` with ``value`` and ``path`` set to a nested value's.
    @inline(__always)
    func with<T>(value nested: Int, path nestedPath: JSONCodingPath?, _ body: () throws -> T) rethrows -> T {
        let (savedValue, savedPath) = (value, path)
        value = nested
        path = nestedPath
        defer { (value, path) = (savedValue, savedPath) }
        return try body()
    }

    /// Decodes a `T` from the node `node`, whose coding path is `parent` then `key`.
    @inline(__always)
    func unwrap<T: Decodable>(_ node: Int, as _: T.Type, parent: JSONCodingPath?, key: (any CodingKey)?) throws -> T {
        let nestedPath = key.map { JSONCodingPath(parent: parent, key: $0) } ?? parent
        return try with(value: node, path: nestedPath) { try T(from: self) }
    }
}

extension JSONMapDecoderImpl: Decoder {
    var codingPath: [any CodingKey] { path.codingPath }

    var userInfo: [CodingUserInfoKey: Any] { userInfoValues }

    func container<Key: CodingKey>(keyedBy _: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let node = map.nodes[value]
        switch node.kind {
        case .object:
            guard node.flags & JSONMap.Flags.hasInvalidKey == 0 else { throw JSONMapError.invalidJSON }
            return KeyedDecodingContainer(JSONMapKeyedContainer<Key>(decoder: self, object: value, path: path))
        case .null:
            throw DecodingError.valueNotFound(
                [String: Any].self,
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "Cannot get keyed decoding container -- found null value instead"
                ))
        default:
            throw DecodingError.typeMismatch(
                [String: Any].self,
                DecodingError.Context(codingPath: codingPath, debugDescription: "Expected to decode an object."))
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let node = map.nodes[value]
        switch node.kind {
        case .array:
            return JSONMapUnkeyedContainer(decoder: self, array: value, path: path)
        case .null:
            throw DecodingError.valueNotFound(
                [Any].self,
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "Cannot get unkeyed decoding container -- found null value instead"
                ))
        default:
            throw DecodingError.typeMismatch(
                [Any].self,
                DecodingError.Context(codingPath: codingPath, debugDescription: "Expected to decode an array."))
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }
}

// MARK: - Reading values

/// Why a value could not be read as a type; the container that asked names the path.
enum JSONValueProblem: Error {
    /// The value has another JSON type (`typeMismatch`).
    case otherType
    /// The value is `null` (`valueNotFound`).
    case null
    /// A string or number that cannot be read (`JSONMapError`, "not valid JSON").
    case malformed
}

extension JSONMapDecoderImpl {
    /// The error of a problem reading a `type` at `parent` then `key`, as Foundation's decoder
    /// throws it.
    @inline(never)
    func error(_ problem: JSONValueProblem, _ type: Any.Type, parent: JSONCodingPath?, key: (any CodingKey)?)
        -> any Error
    {
        switch problem {
        case .otherType:
            DecodingError.typeMismatch(
                type,
                DecodingError.Context(
                    codingPath: parent.codingPath(appending: key), debugDescription: "The value has another JSON type.")
            )
        case .null:
            DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: parent.codingPath(appending: key), debugDescription: "Found null instead of a value."))
        case .malformed:
            JSONMapError.invalidJSON
        }
    }

    /// The string at `node`.
    @inline(__always)
    func string(at node: Int) throws(JSONValueProblem) -> String {
        let entry = map.nodes[node]
        guard entry.kind == .string else { throw entry.kind == .null ? .null : .otherType }
        if entry.flags & (JSONMap.Flags.hasEscapes | JSONMap.Flags.isASCII | JSONMap.Flags.isMalformed)
            == JSONMap.Flags.isASCII
        {
            return String(decoding: map.rawBytes(of: node), as: UTF8.self)
        }
        guard let text = map.text(of: node, scratch: &scratch) else { throw .malformed }
        return text
    }

    /// The text of a key or string (`nil` when it has none), as ``string(at:)`` reads it.
    @inline(__always)
    func text(of node: Int) -> String? {
        let entry = map.nodes[node]
        if entry.flags & (JSONMap.Flags.hasEscapes | JSONMap.Flags.isASCII | JSONMap.Flags.isMalformed)
            == JSONMap.Flags.isASCII
        {
            return String(decoding: map.rawBytes(of: node), as: UTF8.self)
        }
        return map.text(of: node, scratch: &scratch)
    }

    /// The `Bool` at `node` (`null` is another type here, as in Foundation's decoder).
    @inline(__always)
    func bool(at node: Int) throws(JSONValueProblem) -> Bool {
        switch map.nodes[node].kind {
        case .true: return true
        case .false: return false
        default: throw .otherType
        }
    }

    /// The integer at `node`.
    @inline(__always)
    func integer<T: FixedWidthInteger>(_: T.Type, at node: Int) throws(JSONValueProblem) -> T {
        let entry = map.nodes[node]
        guard entry.kind == .number else { throw entry.kind == .null ? .null : .otherType }
        do {
            return try JSONNumberReading.integer(
                T.self, from: map.rawBytes(of: node), isPlainInteger: entry.flags & JSONMap.Flags.isPlainInteger != 0)
        } catch {
            throw .malformed
        }
    }

    /// The floating-point number at `node`.
    @inline(__always)
    func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_: T.Type, at node: Int)
        throws(JSONValueProblem) -> T
    {
        let entry = map.nodes[node]
        guard entry.kind == .number else { throw entry.kind == .null ? .null : .otherType }
        do {
            return try JSONNumberReading.floatingPoint(T.self, from: map.rawBytes(of: node))
        } catch {
            throw .malformed
        }
    }

    /// `read()`, with its problem thrown as the error at `parent` then `key`.
    @inline(__always)
    func reading<T>(
        _ type: T.Type, parent: JSONCodingPath?, key: @autoclosure () -> (any CodingKey)?,
        _ read: () throws(JSONValueProblem) -> T
    ) throws -> T {
        do {
            return try read()
        } catch {
            throw self.error(error, type, parent: parent, key: key())
        }
    }
}

// MARK: - Single value

extension JSONMapDecoderImpl: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        map.nodes[value].kind == .null
    }

    func decode(_: Bool.Type) throws -> Bool {
        try reading(Bool.self, parent: path, key: nil) { () throws(JSONValueProblem) in try bool(at: value) }
    }

    func decode(_: String.Type) throws -> String {
        try reading(String.self, parent: path, key: nil) { () throws(JSONValueProblem) in try string(at: value) }
    }

    func decode(_: Double.Type) throws -> Double { try floatingPoint() }
    func decode(_: Float.Type) throws -> Float { try floatingPoint() }
    func decode(_: Int.Type) throws -> Int { try integer() }
    func decode(_: Int8.Type) throws -> Int8 { try integer() }
    func decode(_: Int16.Type) throws -> Int16 { try integer() }
    func decode(_: Int32.Type) throws -> Int32 { try integer() }
    func decode(_: Int64.Type) throws -> Int64 { try integer() }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    func decode(_: Int128.Type) throws -> Int128 { try integer() }
    func decode(_: UInt.Type) throws -> UInt { try integer() }
    func decode(_: UInt8.Type) throws -> UInt8 { try integer() }
    func decode(_: UInt16.Type) throws -> UInt16 { try integer() }
    func decode(_: UInt32.Type) throws -> UInt32 { try integer() }
    func decode(_: UInt64.Type) throws -> UInt64 { try integer() }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    func decode(_: UInt128.Type) throws -> UInt128 { try integer() }

    @inline(__always)
    private func integer<T: FixedWidthInteger>() throws -> T {
        try reading(T.self, parent: path, key: nil) { () throws(JSONValueProblem) in try integer(T.self, at: value) }
    }

    @inline(__always)
    private func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>() throws -> T {
        try reading(T.self, parent: path, key: nil) { () throws(JSONValueProblem) in
            try floatingPoint(T.self, at: value)
        }
    }

    func decode<T: Decodable>(_: T.Type) throws -> T {
        try T(from: self)
    }
}
