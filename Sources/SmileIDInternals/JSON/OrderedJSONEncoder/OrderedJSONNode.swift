/// A finished JSON value as ``OrderedJSONEncoder`` builds it, before it is written out.
///
/// Objects are arrays of members, so they keep the order in which their keys were first
/// encoded. Numbers are kept as the exact text that will be written.
enum OrderedJSONNode {
    /// JSON `null`.
    case null
    /// A JSON boolean.
    case bool(Bool)
    /// A JSON number, as its finished text (for example `-12`, `0.1` or `1e+300`).
    case number(String)
    /// A JSON string, unescaped.
    case string(String)
    /// A JSON array.
    case array([OrderedJSONNode])
    /// A JSON object, its members in encoding order.
    case object([Member])

    /// One member of a JSON object.
    struct Member {
        /// The member's key.
        var key: String
        /// The member's value.
        var value: OrderedJSONNode
    }
}

// MARK: Numbers

extension OrderedJSONNode {
    /// An integer, in decimal.
    static func integer<Integer: BinaryInteger>(_ value: Integer) -> OrderedJSONNode {
        .number(String(value))
    }

    /// A floating-point number, written as `JSONEncoder` writes it: the shortest text that reads
    /// back as the same value (Swift's `description`), without a trailing `.0` (`99`, `0.1`,
    /// `1e+300`, `-0`).
    ///
    /// - Throws: `EncodingError.invalidValue` with `path` when `value` is infinite or NaN, which
    ///   JSON cannot represent.
    static func floatingPoint<Floating: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Floating, at path: [any CodingKey]
    ) throws(EncodingError) -> OrderedJSONNode {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: path,
                    debugDescription: "Unable to encode \(Floating.self).\(value) directly in JSON."
                )
            )
        }
        var text = value.description
        if text.hasSuffix(".0") {
            text.removeLast(2)
        }
        return .number(text)
    }
}

// MARK: - Values under construction

/// A value in a tree that ``OrderedJSONEncoder`` is still building.
///
/// Containers handed out by an `Encoder` stay writable until encoding ends, and a
/// `superEncoder` is filled only after it is returned; both are held by reference here and
/// turned into ``OrderedJSONNode``s by ``finished()`` once their encoder is done.
enum OrderedJSONPendingValue {
    /// A value that is already finished.
    case node(OrderedJSONNode)
    /// An object that may still receive members.
    case object(OrderedJSONObjectBuilder)
    /// An array that may still receive elements.
    case array(OrderedJSONArrayBuilder)
    /// The value a `superEncoder` will have produced.
    case encoder(OrderedJSONTreeEncoder)

    /// The finished value.
    ///
    /// - Throws: the first error a `superEncoder` in the tree recorded.
    func finished() throws(EncodingError) -> OrderedJSONNode {
        switch self {
        case .node(let node): node
        case .object(let object): try object.finished()
        case .array(let array): try array.finished()
        case .encoder(let encoder): try encoder.finishedValue()
        }
    }
}

// MARK: - Object builder

/// A JSON object under construction that keeps its keys in first-insertion order.
///
/// Setting a key a second time replaces its value in place, as `JSONEncoder` does.
final class OrderedJSONObjectBuilder {
    private var keys: [String] = []
    private var values: [OrderedJSONPendingValue] = []
    private var indexByKey: [String: Int] = [:]

    /// Sets the value of `key`, appending the key when it is new.
    func set(_ value: OrderedJSONPendingValue, forKey key: String) {
        if let index = indexByKey[key] {
            values[index] = value
        } else {
            indexByKey[key] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// The value of `key`, if it was set.
    func value(forKey key: String) -> OrderedJSONPendingValue? {
        indexByKey[key].map { values[$0] }
    }

    /// The finished object, members in first-insertion order.
    func finished() throws(EncodingError) -> OrderedJSONNode {
        var members: [OrderedJSONNode.Member] = []
        members.reserveCapacity(keys.count)
        for (key, value) in zip(keys, values) {
            members.append(OrderedJSONNode.Member(key: key, value: try value.finished()))
        }
        return .object(members)
    }
}

// MARK: - Array builder

/// A JSON array under construction.
final class OrderedJSONArrayBuilder {
    private var elements: [OrderedJSONPendingValue] = []

    /// The number of elements so far.
    var count: Int { elements.count }

    /// Appends an element.
    func append(_ value: OrderedJSONPendingValue) {
        elements.append(value)
    }

    /// The finished array.
    func finished() throws(EncodingError) -> OrderedJSONNode {
        var nodes: [OrderedJSONNode] = []
        nodes.reserveCapacity(elements.count)
        for element in elements {
            nodes.append(try element.finished())
        }
        return .array(nodes)
    }
}
