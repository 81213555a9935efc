import Models
import Testing

@_spi(SmileIDTesting) @testable import UserInfoCompare

extension CompareLineProcessor {
    /// The response Smile ID would send for a line's case (what `smileid compare` prints), or why
    /// there is none: the tests' view of ``compare(line:)``.
    func process(line: some Collection<UInt8>) -> Result<CompareUserInfoResponse, Failure> {
        compare(line: line).map { $0.response() }
    }
}

extension CompareLineProcessor.Failure {
    /// The decoding failure, or `nil` for a comparison error.
    var decodingFailure: DecodingFailure? {
        if case .decoding(let failure) = self { return failure }
        return nil
    }
}

@Suite struct CompareLineProcessorTests {
    let processor = CompareLineProcessor()

    func error(_ line: String) -> String? {
        if case .failure(let error) = processor.process(line: Array(line.utf8)) { return error.description }
        return nil
    }

    @Test func processesALine() throws {
        let line =
            #"{"country":"NG","id_authority":{"gender":"M","dob":"1990-03-04"},"document":{"gender":"male","dob":"1990-04-03"}}"#
        let response = try processor.process(line: Array(line.utf8)).get()
        #expect(response.resultCode == "1021")
        #expect(response.actions[.dob] == .transposed)
        #expect(response.actions[.gender] == .exactMatch)
        #expect(response.smileJobID == nil && response.signature == nil)
    }

    @Test func caseOptionsOverrideTheDefault() throws {
        let line =
            #"{"id_authority":{"full_name":"Adébáyọ̀"},"document":{"full_name":"ADEBAYO"},"options":{"folds_diacritics":true}}"#
        #expect(try processor.process(line: Array(line.utf8)).get().resultCode == "1020")
        let plain = #"{"id_authority":{"full_name":"Adébáyọ̀"},"document":{"full_name":"ADEBAYO"}}"#
        #expect(try processor.process(line: Array(plain.utf8)).get().resultCode == "1022")
        #expect(
            try CompareLineProcessor(defaultOptions: .lenient).process(line: Array(plain.utf8)).get().resultCode
                == "1020")
    }

    @Test(arguments: [
        ("", "the line is empty"),
        ("  \t", "the line is empty"),
        ("{not json", "the line is not valid JSON"),
        ("[1, 2]", "the line must be an object"),
        (#"{"document":{}}"#, "id_authority is missing"),
        (#"{"id_authority":{"dob":19900304},"document":{}}"#, "id_authority.dob must be a string"),
        (#"{"id_authority":{},"document":{"phone_number":true}}"#, "document.phone_number must be a string"),
        (#"{"id_authority":{},"document":[]}"#, "document must be an object"),
        // null where a case or a record belongs is the wrong type, as a number would be.
        ("null", "the line must be an object"),
        (#"{"id_authority":null,"document":{}}"#, "id_authority must be an object"),
        (#"{"id_authority":{},"document":null}"#, "document must be an object"),
        (#"{"country":7,"id_authority":{},"document":{}}"#, "country must be a string"),
        (
            #"{"id_authority":{},"document":{},"options":{"date_order":"year_first"}}"#,
            #"options.date_order must be "day_first" or "month_first""#
        ),
        (
            #"{"id_authority":{},"document":{},"options":{"address_partial_threshold":1.5}}"#,
            "options.address_partial_threshold must be a number from 0 to 1"
        ),
        (
            #"{"id_authority":{},"document":{},"options":{"address_partial_threshold":-0.1}}"#,
            "options.address_partial_threshold must be a number from 0 to 1"
        ),
        (#"{"id_authority":{},"document":{},"options":{"date_order":5}}"#, "options.date_order must be a string"),
        (
            #"{"id_authority":{},"document":{},"options":{"folds_diacritics":"yes"}}"#,
            "options.folds_diacritics must be a boolean"
        ),
        (
            #"{"id_authority":{"dob":"1990-03-04"},"document":{"gender":"F"}}"#,
            "nothing to compare: every field is missing or blank on at least one side"
        ),
    ])
    func errorsNameThePathAndNeverTheValue(line: String, message: String) {
        let described = error(line)
        #expect(described == message)
        #expect(described?.contains("1990") != true && described?.contains("19900304") != true)
    }

    @Test func neverEchoesPersonalData() {
        let secret = "Zainab-Secret-Person"
        for line in [
            #"{"id_authority":{"first_name":"\#(secret)"},"document":{"first_name":1}}"#,
            #"{"id_authority":{"first_name":"\#(secret)""#,
            #"{"id_authority":{"first_name":"\#(secret)"},"document":{"first_name":"\#(String(repeating: "x", count: 5000))"}}"#,
        ] {
            let described = error(line)
            #expect(described != nil)
            #expect(described?.contains("Zainab") == false)
        }
    }

    @Test func arbitraryBytesNeverTrap() {
        var random = SplitMix64(state: 42)
        let alphabet = Array(#"{}[]":,0123456789 abcdefnulltruefalse_idauthoritydocumentdobé\"#.utf8)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 64)
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            _ = processor.process(line: bytes)
        }
        let raw: [UInt8] = [0xFF, 0xFE, 0x7B, 0x7D]
        #expect(error(String(decoding: raw, as: UTF8.self)) != nil)
        if case .success = processor.process(line: raw) { Issue.record("invalid UTF-8 was accepted") }
    }
}
