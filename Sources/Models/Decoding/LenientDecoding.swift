// Decoding helpers for the places where Smile ID's JSON is inconsistent: numbers that arrive
// as strings, booleans that arrive as "true"/"false". Each accepts exactly the documented
// alternatives and throws a `DecodingError` with the coding path for anything else.

import SmileIDInternals

extension SingleValueDecodingContainer {
    /// Decodes an `Int` from a JSON number or a string holding a whole number.
    func decodeLenientInt(named field: String) throws -> Int {
        // A whole JSON number, the common form, decodes at the first attempt.
        if let value = try? decode(Int.self) {
            return value
        }
        if let text = try? decode(String.self) {
            guard let value = Int(lenientText: text) else {
                throw corrupted("must be a whole number or a numeric string; this string is not a whole number")
            }
            return value
        }
        if (try? decode(Double.self)) != nil {
            do {
                return try decode(Int.self)
            } catch {
                throw corrupted(
                    "must be a whole number or a numeric string; this number is not whole or is out of range")
            }
        }
        throw mismatch(Int.self, "must be a whole number or a numeric string")
    }

    /// Decodes a `Double` from a JSON number or a string holding a decimal number.
    func decodeLenientDouble(named field: String) throws -> Double {
        if let text = try? decode(String.self) {
            guard let value = Double(lenientText: text) else {
                throw corrupted("must be a number or a numeric string; this string is not a finite number")
            }
            return value
        }
        if let value = try? decode(Double.self) {
            return value
        }
        throw mismatch(Double.self, "must be a number or a numeric string")
    }

    /// Decodes a `Bool` from a JSON boolean or the strings `"true"` / `"false"` (any case).
    func decodeLenientBool(named field: String) throws -> Bool {
        // Smile ID's callbacks send `"true"`/`"false"`: the string is tried first.
        if let text = try? decode(String.self) {
            guard let value = Bool(lenientText: text) else {
                throw corrupted("must be a boolean or \"true\"/\"false\"; this string is neither")
            }
            return value
        }
        if let value = try? decode(Bool.self) {
            return value
        }
        throw mismatch(Bool.self, "must be a boolean or \"true\"/\"false\"")
    }

    /// Decodes a `String` from a JSON string, or a JSON integer written back as decimal digits.
    func decodeLenientString(named field: String) throws -> String {
        if let text = try? decode(String.self) {
            return text
        }
        if let number = try? decode(Int.self) {
            return String(number)
        }
        throw mismatch(String.self, "must be a string or a whole number")
    }

    /// A `dataCorrupted` error at this value whose ``FieldExpectation`` is `requirement`.
    private func corrupted(_ requirement: String) -> DecodingError {
        let field = codingPath.last?.stringValue ?? "value"
        return .dataCorrupted(
            .init(
                codingPath: codingPath, debugDescription: "\(field) \(requirement)",
                underlyingError: FieldExpectation(requirement)))
    }

    /// A `typeMismatch` error at this value whose ``FieldExpectation`` is `requirement`.
    private func mismatch(_ type: Any.Type, _ requirement: String) -> DecodingError {
        let field = codingPath.last?.stringValue ?? "value"
        return .typeMismatch(
            type,
            .init(
                codingPath: codingPath, debugDescription: "\(field) \(requirement)",
                underlyingError: FieldExpectation(requirement)))
    }
}

/// A type that decodes from the alternative JSON forms Smile ID uses for it.
protocol LenientlyDecodable: Sendable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer, named field: String) throws -> Self

    /// The value at `key` when it holds a form that ``decodeLeniently(from:named:)`` accepts,
    /// read from the keyed container itself; `nil` when the key is absent or `null`, or when
    /// its value is refused.
    ///
    /// It gives the same value as ``decodeLeniently(from:named:)`` for every form it accepts
    /// and never throws: the keyed helpers below try it first, and leave everything else to
    /// ``Lenient``, whose nested decoder costs more but throws the errors.
    static func decodeAcceptedForm<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) -> Self?
}

extension Int: LenientlyDecodable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer, named field: String) throws -> Int {
        try container.decodeLenientInt(named: field)
    }

    static func decodeAcceptedForm<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) -> Int? {
        if let value = try? container.decodeIfPresent(Int.self, forKey: key) { return value }
        return (try? container.decodeIfPresent(String.self, forKey: key)).flatMap(Int.init(lenientText:))
    }

    /// The value of a numeric string: a whole number, with ASCII whitespace around it allowed.
    init?(lenientText text: String) {
        // `Int(_:)` refuses white space, so trimming changes only texts it refuses.
        if let value = Int(text) {
            self = value
            return
        }
        self.init(text.trimmingASCIIWhitespace())
    }
}

extension Double: LenientlyDecodable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer, named field: String) throws -> Double
    {
        try container.decodeLenientDouble(named: field)
    }

    static func decodeAcceptedForm<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) -> Double? {
        if let text = try? container.decodeIfPresent(String.self, forKey: key) { return Double(lenientText: text) }
        return try? container.decodeIfPresent(Double.self, forKey: key)
    }

    /// The value of a numeric string: a finite number, with ASCII whitespace around it allowed.
    init?(lenientText text: String) {
        // Without white space around it (the form Smile ID sends), the text reads as it is:
        // `Double(_:)` refuses white space, so trimming changes only texts it refuses.
        if let value = Double(text) {
            guard value.isFinite else { return nil }
            self = value
            return
        }
        guard let value = Double(text.trimmingASCIIWhitespace()), value.isFinite else { return nil }
        self = value
    }
}

extension Bool: LenientlyDecodable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer, named field: String) throws -> Bool {
        try container.decodeLenientBool(named: field)
    }

    static func decodeAcceptedForm<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) -> Bool? {
        if let text = try? container.decodeIfPresent(String.self, forKey: key) { return Bool(lenientText: text) }
        return try? container.decodeIfPresent(Bool.self, forKey: key)
    }

    /// The value of `"true"` or `"false"`, in any case, with ASCII whitespace around it allowed.
    init?(lenientText text: String) {
        switch text {
        case "true": self = true  // the form Smile ID sends, without trimming and lowercasing
        case "false": self = false
        default:
            switch text.trimmingASCIIWhitespace().lowercased() {
            case "true": self = true
            case "false": self = false
            default: return nil
            }
        }
    }
}

extension String: LenientlyDecodable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer, named field: String) throws -> String
    {
        try container.decodeLenientString(named: field)
    }

    static func decodeAcceptedForm<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) -> String? {
        if let text = try? container.decodeIfPresent(String.self, forKey: key) { return text }
        return (try? container.decodeIfPresent(Int.self, forKey: key)).map { String($0) }
    }
}

/// A value decoded leniently; the wrapper lets keyed containers use the helpers above.
struct Lenient<Value: LenientlyDecodable>: Decodable, Sendable {
    let value: Value

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let field = decoder.codingPath.last?.stringValue ?? "value"
        value = try Value.decodeLeniently(from: container, named: field)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a required value leniently; the error names the key.
    func decodeLenient<Value: LenientlyDecodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        if let value = Value.decodeAcceptedForm(from: self, forKey: key) { return value }
        return try decode(Lenient<Value>.self, forKey: key).value
    }

    /// Decodes an optional value leniently: absent or `null` is `nil`; anything else must decode.
    func decodeLenientIfPresent<Value: LenientlyDecodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        if let value = Value.decodeAcceptedForm(from: self, forKey: key) { return value }
        return try decodeIfPresent(Lenient<Value>.self, forKey: key)?.value
    }
}

extension String {
    /// The string without leading and trailing JSON white space (spaces, tabs and line breaks).
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.isASCII && JSONWhitespace.contains(UInt8($0.value)) }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
