import Models
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
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: Array(json.utf8)) == path)
    }

    @Test(arguments: [
        #"{"a": 1, "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}"#,
        #"{"a": "a", "b": ["a", "a"], "c": "{\"a\": 1, \"a\": 2}"}"#,
        #"[1, 2, {"k": "v"}, "k", "k"]"#,
        #"{"A": 1, "a": 2}"#,
        "", "{", #"{"a": 1, "#, #"{"a": "unterminated"#, "\u{0}\u{1}\u{2}", "]]]}}}",
    ])
    func distinctKeysAndMalformedInputGiveNil(json: String) {
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: Array(json.utf8)) == nil)
    }

    @Test func deepNestingStopsTheScanWithoutRecursion() {
        let deep = String(repeating: "[", count: 100_000) + #"{"a": 1, "a": 2}"# + String(repeating: "]", count: 100_000)
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: Array(deep.utf8)) == nil)
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: Array(deep.utf8), maximumDepth: 200_000) == "[0]" + String(repeating: "[0]", count: 99_999) + ".a")
    }

    @Test func nonContiguousCollectionsAreScannedToo() {
        let bytes = #"{"k": 1, "k": 2}"#.utf8
        #expect(DuplicateKeyScanner.firstDuplicateKey(in: bytes.lazy.map { $0 }) == "k")
    }
}
