import Models
import SmileIDInternals
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite("OrderedJSONEncoder output: escaping, numbers, pretty printing")
struct OrderedJSONWriterTests {
    private func compact<Value: Encodable>(_ value: Value) throws -> String {
        try OrderedJSONEncoder().encodeToString(value)
    }

    /// `JSONEncoder`'s compact output; deterministic for values without objects.
    private func foundation<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: Strings

    /// Every control character U+0000–U+001F and its escape.
    static let controlCharacterEscapes: [(UInt8, String)] = (0..<0x20).map { byte in
        let named: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        let hex = String(byte, radix: 16)
        return (UInt8(byte), named[UInt8(byte)] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex))
    }

    @Test(arguments: controlCharacterEscapes)
    func controlCharactersAreEscaped(byte: UInt8, escape: String) throws {
        let text = "a" + String(UnicodeScalar(byte)) + "b"
        #expect(try compact(text) == "\"a" + escape + "b\"")
        #expect(try compact(text) == foundation(text))
    }

    @Test(arguments: [
        ("quote \" mark", #""quote \" mark""#),
        ("back\\slash", #""back\\slash""#),
        ("a/b</script>", #""a/b</script>""#),
        ("delete \u{7F}", "\"delete \u{7F}\""),
        ("emoji 😀👍🏽", "\"emoji 😀👍🏽\""),
        ("combining e\u{301} and ñ", "\"combining e\u{301} and ñ\""),
        ("separators \u{2028}\u{2029}", "\"separators \u{2028}\u{2029}\""),
        ("日本語", "\"日本語\""),
        ("", #""""#),
    ])
    func stringsEscapeOnlyQuotesBackslashesAndControls(text: String, expected: String) throws {
        #expect(try compact(text) == expected)
        #expect(try compact(text) == foundation(text))
    }

    @Test func combiningMarksKeepTheirExactScalars() throws {
        let bytes = try OrderedJSONEncoder().encode("e\u{301}")
        #expect(bytes == [0x22, 0x65, 0xCC, 0x81, 0x22])
    }

    @Test func keysAreEscapedLikeStrings() throws {
        #expect(try compact(["a\"b\n/": 1]) == #"{"a\"b\n/":1}"#)
    }

    // MARK: Numbers

    @Test func integersAreWrittenInDecimal() throws {
        #expect(try compact([Int.min, Int.max, 0, -1]) == "[-9223372036854775808,9223372036854775807,0,-1]")
        #expect(try compact([UInt64.max]) == "[18446744073709551615]")
        #expect(
            try compact(IntegerWidths())
                == #"{"i8":-128,"i16":-32768,"i32":-2147483648,"i64":-9223372036854775808,"u8":255,"u16":65535,"u32":4294967295,"u":18446744073709551615}"#
        )
        #expect(try compact([Int128.min]) == "[-170141183460469231731687303715884105728]")
        #expect(try compact([UInt128.max]) == "[340282366920938463463374607431768211455]")
        #expect(try compact(Int128.max) == "170141183460469231731687303715884105727")
    }

    static let doubles: [Double] = [
        0.1, 99.0, 1e300, -0.0, 0, 1e-7, Double.leastNonzeroMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude,
        1e15, 1e16, 123_456_789_012_345_680, 2.5e-5, 0.000001, 1e21, -2.5, .pi, 1.0 / 3.0,
    ]

    @Test(arguments: doubles)
    func doublesAreWrittenAsJSONEncoderWritesThem(value: Double) throws {
        #expect(try compact([value]) == foundation([value]))
        let decoded = try JSONDecoder().decode([Double].self, from: OrderedJSONEncoder().encodeToData([value]))
        #expect(decoded.map(\.bitPattern) == [value.bitPattern])
    }

    @Test func doublesHaveTheShortestRoundTripText() throws {
        #expect(try compact([0.1, 99.0, 1e300, -0.0, 1e-7]) == "[0.1,99,1e+300,-0,1e-07]")
    }

    static let floats: [Float] = [0.1, 99, 1e30, .greatestFiniteMagnitude, 1e-7, 16_777_216, -0.0]

    @Test(arguments: floats)
    func floatsAreWrittenAsJSONEncoderWritesThem(value: Float) throws {
        #expect(try compact([value]) == foundation([value]))
        let decoded = try JSONDecoder().decode([Float].self, from: OrderedJSONEncoder().encodeToData([value]))
        #expect(decoded.map(\.bitPattern) == [value.bitPattern])
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteDoublesThrowNamingThePath(value: Double) throws {
        let scores = Scores(scores: ["good": 1, "bad": value])
        let error = try #require(throws: EncodingError.self) { try OrderedJSONEncoder().encode(scores) }
        #expect(OrderedJSONEncoderTests.path(of: error) == ["scores", "bad"])
        let arrayError = try #require(throws: EncodingError.self) { try OrderedJSONEncoder().encode([[1, value]]) }
        #expect(OrderedJSONEncoderTests.path(of: arrayError) == ["Index 0", "Index 1"])
        let topLevelError = try #require(throws: EncodingError.self) { try OrderedJSONEncoder().encode(value) }
        #expect(OrderedJSONEncoderTests.path(of: topLevelError) == [])
    }

    @Test(arguments: [Float.nan, .infinity, -.infinity])
    func nonFiniteFloatsThrowNamingThePath(value: Float) throws {
        let error = try #require(throws: EncodingError.self) {
            try OrderedJSONEncoder().encode(FloatHolder(value: value))
        }
        #expect(OrderedJSONEncoderTests.path(of: error) == ["value"])
    }

    // MARK: Pretty printing

    @Test func prettyPrintingHasTheDocumentedLayout() throws {
        let expected = """
            {
              "name": "Adaeze Okonkwo-Test",
              "tags": [
                "x",
                [
                  1,
                  2.5
                ]
              ],
              "emptyArray": [],
              "emptyObject": {},
              "nested": {
                "flag": true,
                "nothing": null
              }
            }
            """
        let text = try OrderedJSONEncoder(outputFormatting: .prettyPrinted).encodeToString(PrettySample())
        #expect(text == expected)
    }

    @Test func prettyPrintingAScalarOrAnEmptyContainerIsOneLine() throws {
        let encoder = OrderedJSONEncoder(outputFormatting: .prettyPrinted)
        #expect(try encoder.encodeToString(42) == "42")
        #expect(try encoder.encodeToString([Int]()) == "[]")
        #expect(try encoder.encodeToString([String: Int]()) == "{}")
        #expect(try encoder.encodeToString("a\nb") == #""a\nb""#)
    }

    @Test func compactOutputHasNoWhitespace() throws {
        #expect(
            try compact(PrettySample())
                == #"{"name":"Adaeze Okonkwo-Test","tags":["x",[1,2.5]],"emptyArray":[],"emptyObject":{},"nested":{"flag":true,"nothing":null}}"#
        )
    }
}

// MARK: Test types

private struct IntegerWidths: Encodable {
    var i8 = Int8.min
    var i16 = Int16.min
    var i32 = Int32.min
    var i64 = Int64.min
    var u8 = UInt8.max
    var u16 = UInt16.max
    var u32 = UInt32.max
    var u = UInt.max
}

private struct Scores: Encodable {
    var scores: [String: Double]
}

private struct FloatHolder: Encodable {
    var value: Float
}

private struct PrettySample: Encodable {
    enum Keys: String, CodingKey { case name, tags, emptyArray, emptyObject, nested, flag, nothing }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("Adaeze Okonkwo-Test", forKey: .name)
        var tags = container.nestedUnkeyedContainer(forKey: .tags)
        try tags.encode("x")
        var numbers = tags.nestedUnkeyedContainer()
        try numbers.encode(1)
        try numbers.encode(2.5)
        try container.encode([Int](), forKey: .emptyArray)
        _ = container.nestedContainer(keyedBy: Keys.self, forKey: .emptyObject)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
        try nested.encode(true, forKey: .flag)
        try nested.encodeNil(forKey: .nothing)
    }
}
