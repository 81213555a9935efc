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
