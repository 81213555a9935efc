// The three encoding containers of OrderedJSONTreeEncoder.

// MARK: - Keyed container

/// The keyed container of ``OrderedJSONTreeEncoder``: writes members into one object, keeping
/// the order in which keys were first encoded.
struct OrderedJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: OrderedJSONTreeEncoder
    let object: OrderedJSONObjectBuilder
    let codingPath: [any CodingKey]

    private func set(_ node: OrderedJSONNode, forKey key: Key) {
        object.set(.node(node), forKey: key.stringValue)
    }
}

// MARK: Primitive values

extension OrderedJSONKeyedContainer {
    mutating func encodeNil(forKey key: Key) throws { set(.null, forKey: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), forKey: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), forKey: key) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func encode(_ value: Int128, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.integer(value), forKey: key) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func encode(_ value: UInt128, forKey key: Key) throws { set(.integer(value), forKey: key) }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try .floatingPoint(value, at: codingPath + [key]), forKey: key)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try .floatingPoint(value, at: codingPath + [key]), forKey: key)
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        set(try encoder.encodeValue(value, at: codingPath + [key]), forKey: key)
    }
}

// MARK: Nested containers

extension OrderedJSONKeyedContainer {
    /// A container on the object at `key`; an object already there is reused, so its members
    /// are kept and new ones appended.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy _: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested: OrderedJSONObjectBuilder
        if case .object(let existing)? = object.value(forKey: key.stringValue) {
            nested = existing
        } else {
            nested = OrderedJSONObjectBuilder()
            object.set(.object(nested), forKey: key.stringValue)
        }
        return KeyedEncodingContainer(
            OrderedJSONKeyedContainer<NestedKey>(encoder: encoder, object: nested, codingPath: codingPath + [key])
        )
    }

    /// A container on the array at `key`; an array already there is reused.
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: OrderedJSONArrayBuilder
        if case .array(let existing)? = object.value(forKey: key.stringValue) {
            nested = existing
        } else {
            nested = OrderedJSONArrayBuilder()
            object.set(.array(nested), forKey: key.stringValue)
        }
        return OrderedJSONUnkeyedContainer(encoder: encoder, array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(at: OrderedJSONCodingKey.super)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(at: key)
    }

    /// An encoder whose value becomes the member `key` once encoding ends.
    private func superEncoder(at key: any CodingKey) -> any Encoder {
        let superEncoder = OrderedJSONTreeEncoder(codingPath: codingPath + [key], userInfo: encoder.userInfo)
        object.set(.encoder(superEncoder), forKey: key.stringValue)
        return superEncoder
    }
}

// MARK: - Unkeyed container

/// The unkeyed container of ``OrderedJSONTreeEncoder``: appends elements to one array.
struct OrderedJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: OrderedJSONTreeEncoder
    let array: OrderedJSONArrayBuilder
    let codingPath: [any CodingKey]

    var count: Int { array.count }

    /// The coding path of the next element.
    private var nextPath: [any CodingKey] {
        codingPath + [OrderedJSONCodingKey.index(array.count)]
    }

    private func append(_ node: OrderedJSONNode) {
        array.append(.node(node))
    }
}

// MARK: Primitive values

extension OrderedJSONUnkeyedContainer {
    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.integer(value)) }
    mutating func encode(_ value: Int8) throws { append(.integer(value)) }
    mutating func encode(_ value: Int16) throws { append(.integer(value)) }
    mutating func encode(_ value: Int32) throws { append(.integer(value)) }
    mutating func encode(_ value: Int64) throws { append(.integer(value)) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func encode(_ value: Int128) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { append(.integer(value)) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func encode(_ value: UInt128) throws { append(.integer(value)) }
    mutating func encode(_ value: Double) throws { append(try .floatingPoint(value, at: nextPath)) }
    mutating func encode(_ value: Float) throws { append(try .floatingPoint(value, at: nextPath)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        append(try encoder.encodeValue(value, at: nextPath))
    }
}

// MARK: Nested containers

extension OrderedJSONUnkeyedContainer {
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedEncodingContainer<NestedKey>
    {
        let path = nextPath
        let nested = OrderedJSONObjectBuilder()
        array.append(.object(nested))
        return KeyedEncodingContainer(
            OrderedJSONKeyedContainer<NestedKey>(encoder: encoder, object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = OrderedJSONArrayBuilder()
        array.append(.array(nested))
        return OrderedJSONUnkeyedContainer(encoder: encoder, array: nested, codingPath: path)
    }

    /// An encoder whose value becomes the next element once encoding ends.
    mutating func superEncoder() -> any Encoder {
        let superEncoder = OrderedJSONTreeEncoder(codingPath: nextPath, userInfo: encoder.userInfo)
        array.append(.encoder(superEncoder))
        return superEncoder
    }
}

// MARK: - Single-value container

/// The single-value container of ``OrderedJSONTreeEncoder``: sets the encoder's one value.
struct OrderedJSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: OrderedJSONTreeEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }
}

// MARK: Values

extension OrderedJSONSingleValueContainer {
    mutating func encodeNil() throws { encoder.setSingleValue(.null) }
    mutating func encode(_ value: Bool) throws { encoder.setSingleValue(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.setSingleValue(.string(value)) }
    mutating func encode(_ value: Int) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: Int8) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: Int16) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: Int32) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: Int64) throws { encoder.setSingleValue(.integer(value)) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func encode(_ value: Int128) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.setSingleValue(.integer(value)) }
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *)
    mutating func encode(_ value: UInt128) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: Double) throws { encoder.setSingleValue(try .floatingPoint(value, at: codingPath)) }
    mutating func encode(_ value: Float) throws { encoder.setSingleValue(try .floatingPoint(value, at: codingPath)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        encoder.setSingleValue(try encoder.encodeValue(value, at: codingPath))
    }
}
