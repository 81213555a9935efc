import Models
import SmileIDInternals
import Testing

@Suite struct DuplicateKeyScannerTests {
    @Test(arguments: [
        (#"{"ResultCode": "1012", "ResultCode": "0810"}"#, "ResultCode"),
        (#"{"PartnerParams": {"job_type": 1, "user_id": "u", "job_type": 5}}"#, "PartnerParams.job_type"),
        (#"{"history": [{"a": 1}, {"b": 1, "b": 2}]}"#, "history[1].b"),
        (#"{"a": 1, "\u0061": 2}"#, "a"),
        (#"{"é": 1, "\u00e9": 2}"#, "é"),
        (#"{"\ud83d\ude00": 1, "😀": 2}"#, "😀"),
        (#"{"x": {"y": [[{"k\"q": 1, "k\"q": 1}]]}}"#, "x.y[0][0].k\"q"),
    ])
    func findsTheFirstRepeatedKeyWithItsPath(json: String, path: String) {
        #expect(JSONPath.firstDuplicateKey(in: Array(json.utf8))?.description == path)
    }

    @Test(arguments: [
        #"{"a": 1, "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}"#,
        #"{"a": "a", "b": ["a", "a"], "c": "{\"a\": 1, \"a\": 2}"}"#,
        #"[1, 2, {"k": "v"}, "k", "k"]"#,
        #"{"A": 1, "a": 2}"#,
        "", "{", #"{"a": 1, "#, #"{"a": "unterminated"#, "\u{0}\u{1}\u{2}", "]]]}}}",
    ])
    func distinctKeysAndMalformedInputGiveNil(json: String) {
        #expect(JSONPath.firstDuplicateKey(in: Array(json.utf8)) == nil)
    }

    @Test("the path is a JSONPath of keys and indices, not a rendering of one")
    func thePathHasComponents() {
        let json = #"{"x": {"y": [[{"a.b": 1, "a.b": 2}]]}}"#
        #expect(
            JSONPath.firstDuplicateKey(in: Array(json.utf8))
                == JSONPath([.key("x"), .key("y"), .index(0), .index(0), .key("a.b")]))
    }

    @Test(
        "lone surrogates are not keys: two different ones are not a duplicate, and the document is malformed",
        arguments: [
            #"{"a\uD800":1,"a\uDBFF":2}"#,
            #"{"a\uD800":1,"a\uD800":2}"#,
            #"{"\uDC00":1,"\uDC00":2}"#,
            #"{"a\uD800\u0041":1,"a\uD800\u0041":2}"#,
            #"{"k":"\uDFFF","k":2}"#,
        ])
    func loneSurrogatesAreMalformed(json: String) {
        #expect(JSONPath.firstDuplicateKey(in: Array(json.utf8)) == nil)
    }

    @Test("a surrogate pair is one scalar: escaped and literal spellings of a key are the same key")
    func surrogatePairs() {
        #expect(
            JSONPath.firstDuplicateKey(in: Array(#"{"\uD83D\uDE00":1,"\ud83d\ude00":2}"#.utf8))
                == JSONPath([.key("😀")]))
        #expect(JSONPath.firstDuplicateKey(in: Array(#"{"\uD83D\uDE00":1,"\uD83D\uDE01":2}"#.utf8)) == nil)
    }

    @Test func deepNestingStopsTheScanWithoutRecursion() {
        let deep =
            String(repeating: "[", count: 100_000) + #"{"a": 1, "a": 2}"# + String(repeating: "]", count: 100_000)
        #expect(JSONPath.firstDuplicateKey(in: Array(deep.utf8)) == nil)
        #expect(
            JSONPath.firstDuplicateKey(in: Array(deep.utf8), maximumDepth: 200_000)?.description == "[0]"
                + String(repeating: "[0]", count: 99_999) + ".a")
    }

    @Test func nonContiguousCollectionsAreScannedToo() {
        let bytes = #"{"k": 1, "k": 2}"#.utf8
        #expect(JSONPath.firstDuplicateKey(in: bytes.lazy.map { $0 }) == JSONPath([.key("k")]))
    }
}

/// `DuplicateKeyScanner.scan`: the intake's validating scan, with the top-level values it reads.
@Suite struct DocumentScanTests {
    static func scan(_ json: String) -> DuplicateKeyScanner.Scan {
        Array(json.utf8).withUnsafeBufferPointer {
            DuplicateKeyScanner.scan($0, capturing: ("timestamp", "signature", "job_complete"))
        }
    }

    static func outcome(_ json: String) -> String {
        switch scan(json).outcome {
        case .valid: "valid"
        case .empty: "empty"
        case .invalid: "invalid"
        case .notAnObject: "not an object"
        case .duplicateKey(let path):
            "duplicate "
                + JSONPath(
                    path.map { step -> JSONPath.Component in
                        switch step {
                        case .key(let key): .key(key)
                        case .index(let index): .index(index)
                        }
                    }
                ).description
        }
    }

    @Test(arguments: [
        ("", "empty"), (" \t\r\n", "empty"), ("{}", "valid"),
        (" {\"a\": [1, -2.5e+3, true, false, null, \"x\"]} ", "valid"),
        ("\u{FEFF}{}", "valid"), ("[1]", "not an object"), ("\"1012\"", "not an object"), ("12", "not an object"),
        ("null", "not an object"), ("{", "invalid"), ("{\"a\":1,}", "invalid"), ("{\"a\":[1,]}", "invalid"),
        ("{\"a\":1}}", "invalid"), ("{\"a\":1} x", "invalid"), ("{'a':1}", "invalid"), ("/* x */{}", "invalid"),
        ("{\"a\" 1}", "invalid"), ("{\"a\":01}", "invalid"), ("{\"a\":1.}", "invalid"), ("{\"a\":-}", "invalid"),
        ("{\"a\":1e}", "invalid"), ("{\"a\":tru}", "invalid"), ("{\"a\":True}", "invalid"), ("{\"a\":[}", "invalid"),
        ("{\"a\":]}", "invalid"), ("{\"a\":\"\u{0}\"}", "invalid"), ("{\"a\":\"\\uD800\"}", "invalid"),
        ("{\"a\":NaN}", "invalid"), ("{1:2}", "invalid"), ("{\"a\":1 \"b\":2}", "invalid"), ("{} {}", "invalid"),
        ("{\"a\":1,\"a\":2}", "duplicate a"), ("{\"x\":[{\"k\":1},{\"k\":1,\"k\":2}]}", "duplicate x[1].k"),
        ("{\"a\":1,\"\\u0061\":2,}", "duplicate a"), ("{\"a\":1,}{\"b\":1,\"b\":2}", "invalid"),
        ("{\"K\":1,\"\u{212A}\":2}", "duplicate \u{212A}"),
    ])
    func outcomes(_ json: String, _ expected: String) {
        #expect(Self.outcome(json) == expected, "\(json)")
    }

    @Test func invalidUTF8IsInvalid() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let scan = bytes.withUnsafeBufferPointer { DuplicateKeyScanner.scan($0, capturing: ("", "", "")) }
        #expect(scan.outcome == .invalid)
        let key: [UInt8] = Array(#"{""#.utf8) + [0xFF] + Array(#"":1}"#.utf8)
        #expect(
            key.withUnsafeBufferPointer { DuplicateKeyScanner.scan($0, capturing: ("", "", "")) }.outcome == .invalid)
    }

    @Test("No repeat is reported past a key that is not UTF-8, as the one-pass decoder's map stops there")
    func nothingPastAnUnreadableKey() {
        let past: [UInt8] = Array(#"{"a":1,""#.utf8) + [0xFF] + Array(#"":1,"K":1,"K":2}"#.utf8)
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: past) == nil)
        let before: [UInt8] = Array(#"{"a":1,"a":2,""#.utf8) + [0xFF] + Array(#"":1}"#.utf8)
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: before) == [.key("a")])
    }

    @Test func depthBeyondTheLimitIsInvalid() {
        let deep = "{\"a\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        #expect(Self.outcome(deep) == "invalid")
        let within = "{\"a\":" + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        #expect(Self.outcome(within) == "valid")
    }

    @Test func manyKeysAreComparedAsStrings() {
        let keys = (0..<200).map { "\"k\($0)\":\($0)" }
        #expect(Self.outcome("{" + keys.joined(separator: ",") + "}") == "valid")
        #expect(Self.outcome("{" + keys.joined(separator: ",") + ",\"k7\":1}") == "duplicate k7")
        #expect(Self.outcome("{\"é\":1,\"e\u{301}\":2}") == "duplicate e\u{301}")
    }

    @Test func topLevelValuesAreLocated() throws {
        let json =
            #"{"x":{"timestamp":"inner"},"timestamp":"2024-05-01T12:00:00.000Z","signature":"a\/b+c=","job_complete":false}"#
        let bytes = Array(json.utf8)
        let scan = bytes.withUnsafeBufferPointer {
            DuplicateKeyScanner.scan($0, capturing: ("timestamp", "signature", "job_complete"))
        }
        #expect(scan.outcome == .valid)
        let timestamp = try #require(scan.members.0)
        let signature = try #require(scan.members.1)
        #expect(timestamp.kind == .string && signature.kind == .string && scan.members.2?.kind == .boolean)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(
                scan.withStringBytes(of: timestamp, in: buffer) { String(decoding: $0, as: UTF8.self) }
                    == "2024-05-01T12:00:00.000Z")
            // The escaped slash is decoded.
            #expect(scan.withStringBytes(of: signature, in: buffer) { String(decoding: $0, as: UTF8.self) } == "a/b+c=")
        }
        let number = Self.scan(#"{"timestamp":1715000000123,"signature":null}"#)
        #expect(number.members.0?.kind == .number && number.members.0?.range == 13..<26)
        #expect(number.members.1?.kind == .null && number.members.2 == nil)
        #expect(Self.scan(#"{"timestamp":{}}"#).members.0?.kind == .object)
    }
}
