import Foundation
import SmileIDInternals
import Testing

/// `JSONMapDecoder` against Foundation's `JSONDecoder` on the same bytes, for the standard
/// library's types: the same value, or the same `DecodingError` (case, type, coding path).
@Suite struct JSONMapDecoderTests {
    /// Documents whose structure is or is not JSON as Foundation's scanner reads it.
    static let structures: [String] = [
        "{}", "[]", " {} ", "\t[\n]\r", "", " ", "{", "[", "}", "]", "[1,]", "[1,,]", "[,]", "{\"a\":1,}", "{,}",
        "{\"a\":1,,}", "{\"a\" 1}", "{\"a\":}", "{1:1}", "[1 2]", "[1]x", "[1] ", "[1]\u{0}", "tru", "true", "truex",
        "nul", "null", "nulll", "false", "fals", "\u{FEFF}[1]", "[\"a\"]", "[\"a]", "[\"a\\\"]", "[\"\\u12\"]",
        "[\"\\u12\"", "[\"\\uZZZZ\"]", "[\"\\x\"]", "[\"\u{01}\"]", "[\"\\", "[-]", "[+1]", "[.5]", "[1.]", "[01]",
        "[1e]", "[1-2]", "[--1]", "[1.5e+-3]", "{\"a\":[{\"b\":[]}]}", "[{}, [], {\"\": 0}]", "{\"a\":1}{}", "[1]]",
        String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
        String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
        String(repeating: "{\"a\":", count: 511) + "[]" + String(repeating: "}", count: 511),
        String(repeating: "{\"a\":", count: 512) + "[]" + String(repeating: "}", count: 512),
    ]

    /// Numbers as Foundation reads them into each type.
    static let numbers: [String] = [
        "0", "-0", "1", "-1", "1.0", "-1.0", "1.5", "1e3", "1E3", "1e+3", "1e-3", "1.5e2", "0.0", "-0.0", "0e5", "0e0",
        "0.0e5", "0.00e1", "0.000e+1", "00e5", "-0.0000e5",
        "01", "-01", "00", "1.", ".1", "1e", "1e+", "1.e3", "1-2", "1+2", "1e5e5", "1..2", "127", "128", "-128",
        "-129", "255", "256", "32767", "2147483647", "2147483648", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "12345678901234567890", "9007199254740992", "9007199254740993", "9007199254740993.0", "9007199254740993.7",
        "9007199254740993e0", "1e18", "1e19", "1e20", "1.8446744073709551615e19", "123456789012345678.0",
        "9223372036854775807.0", "-9223372036854775808.0", "4611686018427387904.5", "1e400", "-1e400", "1e-400",
        "0e-400", "2.2250738585072014e-308", "4.9e-324", "5e-325", "1.7976931348623157e308", "1.7976931348623159e308",
        "0.1", "0.30000000000000004", "3.4028235e38", "3.4028236e38", "1e39", "1.4e-45", "1e-46", "1e-50",
        "100000000000000000000000000000000000000000.0", "1" + String(repeating: "0", count: 45) + "e-30",
        "0." + String(repeating: "0", count: 140) + "1e150", "1" + String(repeating: "0", count: 130) + "e-120",
        "12345678901234567890123456789012345678901234567890e-30", "-0e0", "1E-0", "99.99", "1.0000000000000001",
    ]

    /// Strings, their escapes and bytes.
    static let strings: [String] = [
        #""""#, #""a""#, #""é""#, #""\u00e9""#, #""e\u0301""#, #""\ud83d\ude00""#, #""\uD800""#, #""\uDC00""#,
        #""\uD800\u0041""#, #""\uD800x""#, #""\n\t\r\b\f\/\\\"""#, #""\x""#, #""\u00""#, #""\uZZZZ""#, "\"a\u{01}\"",
        "\"\u{7F}\"", #""\u0000""#, #""a\u0000b""#, #""a very long string that is longer than fifteen bytes""#,
    ]

    @Test func structuresAsStandardTypes() {
        for text in Self.structures {
            let bytes = Array(text.utf8)
            expectSameDecoding([Int].self, bytes, text)
            expectSameDecoding([String: Int].self, bytes, text)
            expectSameDecoding(Nested.self, bytes, text)
            expectSameDecoding(Bool.self, bytes, text)
            expectSameDecoding(Int?.self, bytes, text)
        }
    }

    @Test func numbers() {
        for number in Self.numbers {
            for text in [number, "[\(number)]", #"{"n": \#(number)}"#] {
                let bytes = Array(text.utf8)
                expectSameNumbers(bytes, text)
            }
        }
    }

    @Test func strings() {
        for string in Self.strings {
            for text in [
                string, "[\(string)]", #"{"s": \#(string)}"#, #"{\#(string): 1}"#, #"{"s": 1, "t": \#(string)}"#,
                #"{"s": "1", "t": \#(string)}"#,
            ] {
                let bytes = Array(text.utf8)
                expectSameDecoding(String.self, bytes, text)
                expectSameDecoding([String].self, bytes, text)
                // (With two members that fail, which one JSONDecoder names depends on its
                // dictionary's order: each object here has at most one for each type.)
                if !text.hasPrefix(#"{"s": 1,"#) { expectSameDecoding([String: String].self, bytes, text) }
                if !text.hasPrefix(#"{"s": "1","#) { expectSameDecoding([String: Int].self, bytes, text) }
                expectSameDecoding(OneKey.self, bytes, text)
            }
        }
        // Bytes that are not UTF-8, as a value read or not read, and as a key.
        for invalid: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80]] {
            let value = Array(#"{"s": ""#.utf8) + invalid + Array(#"", "t": 1}"#.utf8)
            expectSameDecoding(OneKey.self, value, "value \(invalid)")
            expectSameDecoding([String: Int].self, value, "value \(invalid)")
            let key = Array(#"{"t": 1, ""#.utf8) + invalid + Array(#"": 1}"#.utf8)
            expectSameDecoding(OneKey.self, key, "key \(invalid)")
            expectSameDecoding([Int].self, key, "key \(invalid)")
        }
    }

    @Test func nullsAndMissingKeysAndArrayEnds() {
        for text in [
            #"{"s": null}"#, #"{}"#, #"{"s": 1}"#, #"{"s": "x", "t": null}"#, "[null]", "[]", "[1, null]", "null",
            #"{"s": "x", "n": [1, 2]}"#, #"{"s": "x", "n": {}}"#, #"{"s": "x", "n": [1, "2"]}"#,
            #"{"s": "x", "n": null}"#,
        ] {
            let bytes = Array(text.utf8)
            expectSameDecoding(OneKey.self, bytes, text)
            expectSameDecoding(Nested.self, bytes, text)
            expectSameDecoding([Int?].self, bytes, text)
            expectSameDecoding(Pair.self, bytes, text)
            expectSameDecoding(String?.self, bytes, text)
        }
    }

    @Test func aRepeatedKeyKeepsTheFirstValueAndIsRecorded() throws {
        let text = #"{"s": "first", "n": [1], "s": "second"}"#
        expectSameDecoding(OneKey.self, Array(text.utf8), text)
        expectSameDecoding([String: JSONAny].self, Array(text.utf8), text)
        let steps = try Array(text.utf8).withUnsafeBufferPointer { try JSONMap.read($0).firstDuplicateKey }
        #expect(steps == [.key("s")])
    }

    @Test func userInfoReachesTheTypes() throws {
        let key = try #require(CodingUserInfoKey(rawValue: "test"))
        let value = try Array("{}".utf8).withUnsafeBufferPointer { buffer in
            try JSONMapDecoder(userInfo: [key: 7]).decode(UserInfoReader.self, from: JSONMap.read(buffer))
        }
        #expect(value.seen == 7)
    }
}

// MARK: - Types

/// A struct with a nested array and object.
private struct Nested: Decodable, Equatable {
    var a: [Nested]?
    var b: Int?
    var s: String?
}

private struct OneKey: Decodable, Equatable {
    var s: String
}

/// A required key and an optional one, read through every kind of container.
private struct Pair: Decodable, Equatable {
    var s: String
    var n: [Int]?

    enum CodingKeys: CodingKey { case s, n }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        s = try container.decode(String.self, forKey: .s)
        _ = try container.decodeNil(forKey: .s)
        if container.contains(.n), try !container.decodeNil(forKey: .n) {
            var array = try container.nestedUnkeyedContainer(forKey: .n)
            var values: [Int] = []
            while !array.isAtEnd { values.append(try array.decode(Int.self)) }
            _ = try? array.decode(Int.self)  // at the end
            n = values
        }
    }
}

private struct UserInfoReader: Decodable {
    var seen: Int?
    init(from decoder: any Decoder) throws {
        seen = decoder.userInfo[CodingUserInfoKey(rawValue: "test")!] as? Int
    }
}

/// Any JSON value, decoded by probing each type in turn as `JSONValue` does.
private indirect enum JSONAny: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONAny])
    case object([String: JSONAny])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String: JSONAny].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([JSONAny].self))
        }
    }
}

// MARK: - Comparing

/// The value or the error of `JSONMapDecoder` for `bytes`, as `PayloadDocument` runs it.
func fastDecoding<T: Decodable>(_: T.Type, _ bytes: [UInt8]) -> Result<T, any Error>? {
    bytes.withUnsafeBufferPointer { buffer in
        let map: JSONMap
        do throws(JSONMapError) {
            map = try JSONMap.read(buffer)
        } catch .notUTF8 {
            return nil
        } catch {
            return .failure(
                DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "The given data was not valid JSON.")))
        }
        return Result { try JSONMapDecoder().decode(T.self, from: map) }
    }
}

/// A decoding error as its case, type or key, and coding path (keys and indices).
func errorSummary(_ error: any Error) -> String {
    func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }.joined(separator: ".")
    }
    switch error as? DecodingError {
    case .typeMismatch(let type, let context): return "typeMismatch(\(type)) at \(path(context.codingPath))"
    case .valueNotFound(let type, let context): return "valueNotFound(\(type)) at \(path(context.codingPath))"
    case .keyNotFound(let key, let context): return "keyNotFound(\(key.stringValue)) at \(path(context.codingPath))"
    case .dataCorrupted(let context): return "dataCorrupted at \(path(context.codingPath))"
    default: return "not a DecodingError: \(type(of: error))"
    }
}

private func expectSameDecoding<T: Decodable & Equatable>(
    _: T.Type, _ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let expected = Result { try JSONDecoder().decode(T.self, from: Data(bytes)) }
    guard let actual = fastDecoding(T.self, bytes) else { return }
    switch (actual, expected) {
    case (.success(let value), .success(let reference)):
        #expect(value == reference, "\(T.self), \(label)", sourceLocation: sourceLocation)
    case (.failure(let error), .failure(let reference)):
        #expect(errorSummary(error) == errorSummary(reference), "\(T.self), \(label)", sourceLocation: sourceLocation)
    default:
        Issue.record("\(T.self), \(label): \(actual) but JSONDecoder gives \(expected)", sourceLocation: sourceLocation)
    }
}

private func expectSameNumbers(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    func check<T: Decodable & Equatable>(_: T.Type) {
        expectSameDecoding(T.self, bytes, label, sourceLocation: sourceLocation)
        expectSameDecoding([T].self, bytes, label, sourceLocation: sourceLocation)
        expectSameDecoding([String: T].self, bytes, label, sourceLocation: sourceLocation)
    }
    check(Int.self)
    check(Int8.self)
    check(Int32.self)
    check(Int64.self)
    check(UInt.self)
    check(UInt8.self)
    check(UInt64.self)
    check(Double.self)
    check(Float.self)
    check(String.self)
    check(Bool.self)
}
