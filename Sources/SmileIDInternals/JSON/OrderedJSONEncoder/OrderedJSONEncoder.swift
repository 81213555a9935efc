#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Encodes `Encodable` values as JSON with object keys in the order the values encode them.
///
/// Foundation's `JSONEncoder` writes object keys in hash order, which changes from run to run.
/// Smile ID documents its payloads with a fixed key order (a `compare_user_info` response reads
/// `SmileJobID`, `PartnerParams`, `ResultText`, `ResultCode`, `Actions`, `signature`,
/// `timestamp`), and this package's types encode their keys in that order; this encoder keeps
/// it, so the same value always produces the same bytes.
///
/// ```swift
/// let encoder = OrderedJSONEncoder(outputFormatting: .prettyPrinted)
/// let text = try encoder.encodeToString(response)
/// ```
///
/// ## Key order
/// Each object's keys appear in the order of their first `encode(_:forKey:)` (or nested
/// container) call. Encoding a key again replaces its value in place, as `JSONEncoder` does.
/// Every `container(keyedBy:)` on the same `Encoder` writes into the same object, so a type
/// that adds keys in several passes (as ``PartnerParams`` adds its additional parameters)
/// produces one object. A Swift `Dictionary` has no order of its own: one with `String` keys
/// is written sorted by the keys' UTF-8 bytes, one with `Int` keys sorted by value. With
/// ``OutputFormatting/sortedKeys`` every object is sorted by its keys' UTF-8 bytes instead.
///
/// ## Format
/// The output is UTF-8 JSON (RFC 8259):
/// - Compact by default: no whitespace at all, as in `{"a":[1,2],"b":null}`.
/// - With ``OutputFormatting/prettyPrinted``: each array element and object member on its own
///   line, indented by two spaces per level; members as `"key": value` (no space before the
///   colon, one after); empty arrays and objects as `[]` and `{}`; no trailing newline.
/// - Strings escape `"` as `\"`, `\` as `\\`, and U+0000–U+001F as `\b`, `\t`, `\n`, `\f`,
///   `\r` or `\u00XX` (lowercase hex). Nothing else is escaped: `/` stays `/`, and non-ASCII
///   characters are written as UTF-8.
/// - Integers of every width (including `Int128` and `UInt128`) in decimal. `Double` and
///   `Float` as `JSONEncoder` writes them: the shortest text that reads back as the same
///   value, without a trailing `.0` (`99`, `0.1`, `1e+300`, `-0`).
/// - As with `JSONEncoder`'s defaults, `Data` is a Base64 string, `URL` its absolute string,
///   `Decimal` a number, and `Date` whatever its own `Codable` conformance encodes.
///
/// `package` access: the modules and the `smileid` tool use it; it is not part of the public API.
package struct OrderedJSONEncoder: Sendable {
    /// How the output is laid out; compact with keys in encoding order by default.
    package var outputFormatting: OutputFormatting

    /// Values passed to the encoded types through `Encoder.userInfo`.
    package var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    /// Creates an encoder.
    ///
    /// - Parameter outputFormatting: How the output is laid out; compact by default.
    package init(outputFormatting: OutputFormatting = []) {
        self.outputFormatting = outputFormatting
    }
}

// MARK: Encoding

extension OrderedJSONEncoder {
    /// Encodes `value` as JSON text in UTF-8.
    ///
    /// - Throws: `EncodingError.invalidValue` when a `Double` or `Float` is infinite or NaN, when
    ///   the top-level value encodes nothing, or when a type uses its `Encoder` in a way the
    ///   `Encoder` protocol forbids (such as requesting a keyed container after encoding a single
    ///   value); the error's coding path names the value. An error of another type thrown by a
    ///   value's `encode(to:)` is wrapped in `EncodingError.invalidValue` with the path of that
    ///   value and the original as `underlyingError`.
    package func encode<Value: Encodable>(_ value: Value) throws(EncodingError) -> [UInt8] {
        let root = OrderedJSONTreeEncoder(codingPath: [], userInfo: userInfo)
        let node = try root.encodeRoot(value)
        var writer = OrderedJSONWriter(outputFormatting: outputFormatting)
        writer.write(node)
        return writer.bytes
    }

    /// Encodes `value` as JSON text in UTF-8, as `Data`.
    ///
    /// - Throws: the errors of ``encode(_:)``.
    package func encodeToData<Value: Encodable>(_ value: Value) throws(EncodingError) -> Data {
        Data(try encode(value))
    }

    /// Encodes `value` as JSON text.
    ///
    /// - Throws: the errors of ``encode(_:)``.
    package func encodeToString<Value: Encodable>(_ value: Value) throws(EncodingError) -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}

// MARK: - Output formatting

extension OrderedJSONEncoder {
    /// How ``OrderedJSONEncoder`` lays out its output.
    package struct OutputFormatting: OptionSet, Sendable, Hashable {
        /// The option bits.
        package let rawValue: UInt

        /// Creates options from their bits.
        package init(rawValue: UInt) {
            self.rawValue = rawValue
        }

        /// One array element or object member per line, indented by two spaces per level,
        /// members written as `"key": value`, empty containers as `[]` and `{}`.
        package static let prettyPrinted = OutputFormatting(rawValue: 1 << 0)

        /// Object keys sorted by their UTF-8 bytes instead of kept in encoding order.
        package static let sortedKeys = OutputFormatting(rawValue: 1 << 1)
    }
}
