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
    mutating func encode(_ value: Int128) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: UInt128) throws { encoder.setSingleValue(.integer(value)) }
    mutating func encode(_ value: Double) throws { encoder.setSingleValue(try .floatingPoint(value, at: codingPath)) }
    mutating func encode(_ value: Float) throws { encoder.setSingleValue(try .floatingPoint(value, at: codingPath)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        encoder.setSingleValue(try encoder.encodeValue(value, at: codingPath))
    }
}
