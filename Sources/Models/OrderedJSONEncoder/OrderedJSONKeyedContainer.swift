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
    mutating func encode(_ value: Int128, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(value), forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.integer(value), forKey: key) }
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
