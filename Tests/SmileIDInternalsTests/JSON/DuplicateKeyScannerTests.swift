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
