import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("null", JSONValue.null), ("true", .bool(true)), ("false", .bool(false)), ("0", .integer(0)),
        ("-7", .integer(-7)), ("2.5", .number(2.5)), ("\"x\"", .string("x")), ("[]", .array([])),
        ("{}", .object([:])),
        (
            #"[1, "a", null, {"k": [false]}]"#,
            .array([.integer(1), .string("a"), .null, .object(["k": .array([.bool(false)])])])
        ),
    ])
    func decodesEveryKindAndEncodesBack(json: String, expected: JSONValue) throws {
        let value = try decode(JSONValue.self, json)
        #expect(value == expected)
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) == value)
    }

    @Test func stringValueIsOnlyForStrings() {
        #expect(JSONValue.string("a").stringValue == "a")
        #expect(JSONValue.integer(1).stringValue == nil)
    }
}
