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
    mutating func encode(_ value: Int128) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt128) throws { append(.integer(value)) }
    mutating func encode(_ value: Double) throws { append(try .floatingPoint(value, at: nextPath)) }
    mutating func encode(_ value: Float) throws { append(try .floatingPoint(value, at: nextPath)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        append(try encoder.encodeValue(value, at: nextPath))
    }
}

// MARK: Nested containers

extension OrderedJSONUnkeyedContainer {
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        let nested = OrderedJSONObjectBuilder()
        array.append(.object(nested))
        return KeyedEncodingContainer(OrderedJSONKeyedContainer<NestedKey>(encoder: encoder, object: nested, codingPath: path))
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
