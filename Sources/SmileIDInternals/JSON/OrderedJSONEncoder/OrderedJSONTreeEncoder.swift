#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `Encoder` behind ``OrderedJSONEncoder``: builds the tree of one value.
///
/// Every call to `container(keyedBy:)` on the same encoder returns a container on the same
/// object, so types that add keys in several passes (``PartnerParams``, ``JobResult``) produce
/// one object with the keys in the order they were encoded.
///
/// Requests the `Encoder` protocol forbids, such as a keyed container after an unkeyed one on
/// the same encoder or two values through one single-value container, cannot throw where they
/// happen; the first one is recorded and thrown when the encoder's value is taken.
final class OrderedJSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    private enum Storage {
        case empty
        case value(OrderedJSONNode)
        case object(OrderedJSONObjectBuilder)
        case array(OrderedJSONArrayBuilder)
    }

    private var storage: Storage = .empty
    private var misuse: EncodingError?

    init(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(
            OrderedJSONKeyedContainer<Key>(encoder: self, object: objectStorage(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        OrderedJSONUnkeyedContainer(encoder: self, array: arrayStorage(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        OrderedJSONSingleValueContainer(encoder: self)
    }
}

// MARK: Storage

extension OrderedJSONTreeEncoder {
    /// The object this encoder writes into, created on first use.
    private func objectStorage() -> OrderedJSONObjectBuilder {
        switch storage {
        case .object(let object):
            return object
        case .empty:
            let object = OrderedJSONObjectBuilder()
            storage = .object(object)
            return object
        case .value, .array:
            recordMisuse("A keyed container was requested after a different kind of value was encoded.")
            return OrderedJSONObjectBuilder()
        }
    }

    /// The array this encoder writes into, created on first use.
    private func arrayStorage() -> OrderedJSONArrayBuilder {
        switch storage {
        case .array(let array):
            return array
        case .empty:
            let array = OrderedJSONArrayBuilder()
            storage = .array(array)
            return array
        case .value, .object:
            recordMisuse("An unkeyed container was requested after a different kind of value was encoded.")
            return OrderedJSONArrayBuilder()
        }
    }

    /// Stores the value of a single-value container.
    func setSingleValue(_ node: OrderedJSONNode) {
        guard case .empty = storage else {
            recordMisuse("A single-value container encoded a value where one was already encoded.")
            return
        }
        storage = .value(node)
    }

    private func recordMisuse(_ description: String) {
        guard misuse == nil else { return }
        misuse = EncodingError.invalidValue(
            description, EncodingError.Context(codingPath: codingPath, debugDescription: description)
        )
    }

    /// The value this encoder produced; `{}` when nothing was encoded, as with `JSONEncoder`.
    ///
    /// - Throws: the first misuse recorded in this encoder or one below it.
    func finishedValue() throws(EncodingError) -> OrderedJSONNode {
        if let misuse {
            throw misuse
        }
        switch storage {
        case .empty: return .object([])
        case .value(let node): return node
        case .object(let object): return try object.finished()
        case .array(let array): return try array.finished()
        }
    }
}

// MARK: Encoding values

extension OrderedJSONTreeEncoder {
    /// Encodes `value` as the root of a document.
    ///
    /// - Throws: `EncodingError.invalidValue` when the value encodes nothing at all, and every
    ///   error its encoding throws.
    func encodeRoot<Value: Encodable>(_ value: Value) throws(EncodingError) -> OrderedJSONNode {
        if let node = try Self.specialNode(for: value, at: codingPath, userInfo: userInfo) {
            return node
        }
        do {
            try value.encode(to: self)
        } catch {
            throw Self.encodingError(from: error, value: value, at: codingPath)
        }
        if case .empty = storage, misuse == nil {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: codingPath, debugDescription: "Top-level \(Value.self) did not encode any values.")
            )
        }
        return try finishedValue()
    }

    /// Encodes `value` as the value at `path`, in an encoder of its own.
    func encodeValue<Value: Encodable>(_ value: Value, at path: [any CodingKey]) throws(EncodingError)
        -> OrderedJSONNode
    {
        if let node = try Self.specialNode(for: value, at: path, userInfo: userInfo) {
            return node
        }
        let encoder = OrderedJSONTreeEncoder(codingPath: path, userInfo: userInfo)
        do {
            try value.encode(to: encoder)
        } catch {
            throw Self.encodingError(from: error, value: value, at: path)
        }
        return try encoder.finishedValue()
    }

    /// The value of the types `JSONEncoder` writes in a form of its own, and fast paths for the
    /// commonest primitives; `nil` for every other type.
    ///
    /// `Data` is written as a Base64 string, `URL` as its absolute string and `Decimal` as a
    /// number, as `JSONEncoder` does by default, so `JSONDecoder` reads them back. A `Dictionary`
    /// with `String` or `Int` keys is written with its keys sorted, because its own encoding
    /// follows its hash order, which changes from run to run.
    private static func specialNode<Value: Encodable>(
        for value: Value, at path: [any CodingKey], userInfo: [CodingUserInfoKey: Any]
    ) throws(EncodingError) -> OrderedJSONNode? {
        switch value {
        case let text as String:
            return .string(text)
        case let flag as Bool:
            return .bool(flag)
        case let integer as Int:
            return .integer(integer)
        case let number as Double:
            return try .floatingPoint(number, at: path)
        case let data as Data:
            return .string(data.base64EncodedString())
        case let url as URL:
            return .string(url.absoluteString)
        case let decimal as Decimal:
            guard !decimal.isNaN else {
                throw EncodingError.invalidValue(
                    decimal,
                    EncodingError.Context(
                        codingPath: path, debugDescription: "Unable to encode Decimal.nan directly in JSON.")
                )
            }
            return .number(decimal.description)
        case let dictionary as any OrderedJSONSortableDictionary:
            guard let entries = dictionary.sortedEntries() else { return nil }
            let encoder = OrderedJSONTreeEncoder(codingPath: path, userInfo: userInfo)
            var members: [OrderedJSONNode.Member] = []
            members.reserveCapacity(entries.count)
            for entry in entries {
                let node = try encoder.encodeValue(entry.value, at: path + [entry.key])
                members.append(OrderedJSONNode.Member(key: entry.key.stringValue, value: node))
            }
            return .object(members)
        default:
            return nil
        }
    }

    /// `error` as an `EncodingError`: itself when it is one, otherwise wrapped with the path of
    /// the value whose encoding threw it.
    private static func encodingError<Value>(from error: any Error, value: Value, at path: [any CodingKey])
        -> EncodingError
    {
        if let error = error as? EncodingError {
            return error
        }
        return EncodingError.invalidValue(
            value,
            EncodingError.Context(
                codingPath: path,
                debugDescription: "\(Value.self) threw \(type(of: error)) while encoding.",
                underlyingError: error
            )
        )
    }
}

// MARK: - Coding keys

/// The coding keys ``OrderedJSONEncoder`` adds to coding paths itself: array indices and the
/// `super` key of `superEncoder()`.
struct OrderedJSONCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// The key of the element at `index` of an array, as `JSONEncoder` names it (`Index 3`).
    static func index(_ index: Int) -> OrderedJSONCodingKey {
        OrderedJSONCodingKey(stringValue: "Index \(index)", intValue: index)
    }

    /// The key `superEncoder()` encodes under.
    static let `super` = OrderedJSONCodingKey(stringValue: "super")

    private init(stringValue: String, intValue: Int) {
        self.stringValue = stringValue
        self.intValue = intValue
    }
}

// MARK: - Dictionaries

/// A dictionary whose entries ``OrderedJSONEncoder`` writes in sorted key order.
///
/// A `Dictionary` encodes its entries in its hash order, which differs from run to run; the
/// encoder writes `String`- and `Int`-keyed dictionaries itself, sorted, to stay deterministic.
protocol OrderedJSONSortableDictionary {
    /// The entries sorted by key (`String` keys by UTF-8 bytes, `Int` keys by value), or `nil`
    /// when the keys are of another type, which the dictionary's own encoding then handles.
    func sortedEntries() -> [(key: OrderedJSONCodingKey, value: any Encodable)]?
}

extension Dictionary: OrderedJSONSortableDictionary where Value: Encodable {
    func sortedEntries() -> [(key: OrderedJSONCodingKey, value: any Encodable)]? {
        if Key.self == String.self {
            return self.compactMap { entry -> (key: String, value: any Encodable)? in
                guard let key = entry.key as? String else { return nil }
                return (key, entry.value)
            }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { (OrderedJSONCodingKey(stringValue: $0.key), $0.value) }
        }
        if Key.self == Int.self {
            return self.compactMap { entry -> (key: Int, value: any Encodable)? in
                guard let key = entry.key as? Int else { return nil }
                return (key, entry.value)
            }
            .sorted { $0.key < $1.key }
            .map { (OrderedJSONCodingKey(intValue: $0.key), $0.value) }
        }
        return nil
    }
}
