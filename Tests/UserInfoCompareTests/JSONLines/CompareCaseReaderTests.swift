import Models
import TestSupport
import Testing

@_spi(SmileIDTesting) @testable import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The fast reader against `JSONDecoder`: whenever the reader accepts a line, `JSONDecoder`
/// accepts it too, the duplicate-key scan finds nothing, and the two cases are equal down to
/// every string's UTF-8 bytes (Swift's `==` on strings would let a precomposed "é" equal a
/// decomposed one). Whenever `JSONDecoder` or the duplicate scan refuses a line, the reader
/// refuses it too (it follows from the first rule).
@Suite struct CompareCaseReaderTests {
    /// How the reader and `JSONDecoder` fared on one input.
    enum Verdict: Equatable {
        case bothAccepted
        case bothRefused
        case onlyDecoderAccepted
    }

    /// Checks one input and says which side accepted it; records an issue on disagreement.
    @discardableResult
    static func check(_ bytes: [UInt8], _ label: @autoclosure () -> String) -> Verdict {
        let fast = bytes.withUnsafeBufferPointer(CompareCaseReader.read)
        let decoded = try? JSONDecoder().decode(CompareCase.self, from: Data(bytes))
        let slow = JSONPath.firstDuplicateKey(in: bytes) == nil ? decoded : nil
        switch (fast, slow) {
        case (nil, nil):
            return .bothRefused
        case (nil, .some):
            return .onlyDecoderAccepted
        case (.some, nil):
            Issue.record("the reader accepted what JSONDecoder refuses: \(label())")
            return .bothRefused
        case (.some(let fast), .some(let slow)):
            #expect(exactBytes(fast) == exactBytes(slow), "\(label())")
            // The line's comparison, made from the reader's borrowed bytes, is the decoded
            // case's, made through the public API from strings.
            var processor = CompareLineProcessor()
            processor.rejectsUnknownKeys = false
            let fromStrings = Result { () throws(UserInfoComparisonError) in try UserInfoComparator().compare(slow) }
            #expect(
                processor.compare(line: bytes) == fromStrings.mapError(CompareLineProcessor.Failure.comparison),
                "\(label())")
            return .bothAccepted
        }
    }

    /// Every field of a case as UTF-8 bytes, and the options, for exact comparison.
    static func exactBytes(_ compareCase: CompareCase) -> [String] {
        func bytes(_ text: String?) -> String {
            text.map { $0.utf8.map { String($0, radix: 16) }.joined(separator: " ") } ?? "nil"
        }
        func fields(_ info: UserInfo) -> [String] {
            [
                info.firstName, info.middleName, info.lastName, info.fullName, info.dob, info.gender, info.phoneNumber,
                info.address, info.expirationDate,
            ].map(bytes)
        }
        return [bytes(compareCase.country)] + fields(compareCase.idAuthority) + fields(compareCase.document)
            + [compareCase.options.map { "\($0)" } ?? "nil"]
    }

    // MARK: Keys, eight bytes a step

    @Test("keys with an escape, a non-ASCII letter or a control byte at every position up to 24 bytes")
    func keysAtEveryPosition() {
        let names = ["first_name", "phone_number", "expiration_date", "x", "an_unknown_key_of_24_byt"]
        for name in names {
            for position in 0...name.utf8.count {
                let head = String(name.prefix(position))
                let tail = String(name.dropFirst(position))
                for insert in [#"\u0061"#, #"\""#, "é", "\u{1}", "", "_"] {
                    let key = head + insert + tail
                    let line =
                        #"{"id_authority": {"\#(key)": "Ada", "last_name": "Obi"}, "document": {"\#(key)": "Ada"}}"#
                    Self.check(Array(line.utf8), line)
                }
            }
        }
        // Two unknown keys that are one key to JSONDecoder (canonically equivalent) but differ in
        // bytes: the reader must refuse non-ASCII keys rather than miss the repetition.
        for padding in 0..<10 {
            let key = String(repeating: "k", count: padding)
            let line = #"{"id_authority": {"\#(key)é": 1, "\#(key)e\#u{301}": 2}, "document": {"dob": "1990-01-01"}}"#
            #expect(Self.check(Array(line.utf8), line) == .bothRefused)
        }
        // The plain keys are read by the fast path, and a key that only differs by an escape is not.
        #expect(
            Self.check(Array(#"{"id_authority": {"first_name": "A"}, "document": {"first_name": "A"}}"#.utf8), "plain")
                == .bothAccepted)
        #expect(
            Self.check(
                Array(#"{"id_authority": {"first_nam\u0065": "A"}, "document": {"first_name": "A"}}"#.utf8), "escaped")
                == .onlyDecoderAccepted)
    }

    // MARK: Fixtures

    @Test func agreesOnEveryCompareFixture() throws {
        let files = try Fixtures.files(in: "compare")
        #expect(files.count >= 100)
        var accepted = 0
        for file in files {
            let bytes = Array(try Fixtures.data(file))
            let verdict = Self.check(bytes, file)
            if verdict == .bothAccepted { accepted += 1 }
            // Only an address_partial_threshold is left to JSONDecoder among the fixtures.
            let hasThreshold = String(decoding: bytes, as: UTF8.self).contains("address_partial_threshold")
            #expect(hasThreshold || verdict == .bothAccepted, "\(file) was not read by the fast path")
        }
        #expect(accepted >= files.count - 2)
    }

    @Test func agreesOnEveryCLIFixtureLine() throws {
        for file in try Fixtures.files(in: "cli", withExtension: "jsonl") {
            let lines = try Fixtures.data(file).split(separator: UInt8(ascii: "\n"))
            #expect(!lines.isEmpty)
            for (index, line) in lines.enumerated() {
                #expect(Self.check(Array(line), "\(file):\(index + 1)") == .bothAccepted)
            }
        }
    }

    @Test func agreesOnTheBadInputCatalogue() throws {
        let cases = try BadInputCatalogue.cases()
        var verdicts: [Verdict: Int] = [:]
        for badCase in cases {
            verdicts[Self.check(badCase.bytes, badCase.id), default: 0] += 1
        }
        #expect(verdicts[.bothAccepted, default: 0] > 0)
        #expect(verdicts[.bothRefused, default: 0] > 0)
    }

    // MARK: Generated variations

    @Test func agreesOnGeneratedVariations() {
        var generator = VariationGenerator(random: SplitMix64(state: 2024))
        var verdicts: [Verdict: Int] = [:]
        for index in 0..<6_000 {
            let line = generator.line()
            verdicts[Self.check(line, "variation \(index): \(String(decoding: line, as: UTF8.self))"), default: 0] += 1
        }
        // The generator exercises all three sides: lines both read, lines both refuse, and lines
        // only JSONDecoder reads (thresholds, escaped keys, deep nesting…).
        #expect(verdicts[.bothAccepted, default: 0] > 600, "\(verdicts)")
        #expect(verdicts[.bothRefused, default: 0] > 600)
        #expect(verdicts[.onlyDecoderAccepted, default: 0] > 150, "\(verdicts)")
    }

    @Test(arguments: [
        (#"{"id_authority":{"dob":"1990"},"document":{}}"#, Verdict.bothAccepted),
        (#" {"id_authority":{"first_name":"A\u00e9\ud83d\ude00\n\"\\\/"},"document":{}} "#, .bothAccepted),
        (#"{"id_authority":{},"document":{},"x":[1,-0.5e+3,true,false,null,{"a":{}},"s"]}"#, .bothAccepted),
        (#"{"id_authority":{},"document":{},"options":null}"#, .bothAccepted),
        (
            #"{"id_authority":{},"document":{},"options":{"date_order":"month_first","folds_diacritics":null}}"#,
            .bothAccepted
        ),
        (#"{"id_authority":{},"document":{},"options":{"address_partial_threshold":0.3}}"#, .onlyDecoderAccepted),
        (#"{"id_authority":{},"document":{},"x":{"a":1,"a":2}}"#, .bothRefused),
        (#"{"id_authority":{},"document":{},"document":{}}"#, .bothRefused),
        (#"{"id_authority":{"first_name":"\ud83d"},"document":{}}"#, .bothRefused),
        (#"{"id_authority":{},"document":{}"#, .bothRefused),
        (#"{"id_authority":{},"document":{},"x":01}"#, .onlyDecoderAccepted),
        (#"{"id_authority":{},"document":{}} x"#, .bothRefused),
        (#"{"id_authority":{"dob":1},"document":{}}"#, .bothRefused),
        (#"{"id_authority":null,"document":{}}"#, .bothRefused),
        (#"{"\u0069d_authority":{},"document":{}}"#, .onlyDecoderAccepted),
    ])
    func examples(line: String, verdict: Verdict) {
        #expect(Self.check(Array(line.utf8), line) == verdict)
    }

    @Test func refusesInvalidUTF8() {
        for bad: [UInt8] in [[0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0xFF]] {
            let line = Array(#"{"id_authority":{"first_name":"A"#.utf8) + bad + Array(#""},"document":{}}"#.utf8)
            #expect(line.withUnsafeBufferPointer(CompareCaseReader.read) == nil)
            Self.check(line, "\(bad)")
        }
    }
}

/// Lines of JSON near the case's shape: every kind of string escape, unknown keys of every JSON
/// type, nulls, odd white space, repeated and escaped keys, and malformed pieces.
struct VariationGenerator {
    var random: SplitMix64

    static let strings: [[UInt8]] =
        [
            #""Adaeze""#, #""""#, #"" ""#, #""A\u00e9da""#, #""\u00C9\u0301""#, #""\ud83d\ude00""#, #""\ud83d""#,
            #""\udc00x""#, #""a\"b""#, #""\\""#, #""\/""#, #""\b\f\n\r\t""#, #""\u0000""#, #""\x""#, #""\u12""#,
            #""Adébáyọ̀""#, "\"Jose\u{301}\"", #""O’Brien-Test""#, #""\uD83D\uDE00 \uFFFF""#, #""1990-03-04""#,
            #""+234 555 0100""#, #""Weiß 12 St""#, "\"tab\there\"", "\"\u{7F}\"", #""unterminated"#,
        ].map { Array($0.utf8) } + [
            [0x22, 0xC3, 0xA9, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
            [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22],
            [0x22, 0x01, 0x22],
        ]
    static let otherValues: [String] = [
        "null", "true", "false", "0", "-0", "12", "-0.5e+10", "1E400", "1.5", "01", "1.", "-", ".5", "1e", "nul", "tru",
        "[]", "[1,2,[3,{}]]", "{}", #"{"a":1,"b":[null]}"#, #"{"a":1,"a":1}"#, "[1,]", "{,}", #"{"a"}"#,
        String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
        String(repeating: "[", count: 10) + String(repeating: "]", count: 10),
    ]
    static let infoKeys = [
        "first_name", "middle_name", "last_name", "full_name", "dob", "gender", "phone_number", "address",
        "expiration_date", "nickname", "Dob", #"\u0064ob"#, "dób", "",
    ]
    static let optionMembers = [
        #""folds_diacritics":true"#, #""folds_diacritics":false"#, #""folds_diacritics":null"#,
        #""folds_diacritics":"yes""#, #""drops_apostrophes":true"#, #""drops_apostrophes":0"#,
        #""date_order":"month_first""#, #""date_order":"day_first""#, #""date_order":"year_first""#,
        #""date_order":null"#, #""address_partial_threshold":0.3"#, #""address_partial_threshold":2"#,
        #""extra":[1,{"x":null}]"#,
    ]
    static let whitespace = ["", "", "", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{A0}"]

    mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    /// Strings both sides read.
    static let wellFormedStrings = strings.filter { string in
        (try? JSONDecoder().decode(String.self, from: Data(string))) != nil
    }

    /// Whether the current line keeps to well-formed strings and JSON white space (half the
    /// lines), so that many lines are read by both sides.
    var isWellFormed = false

    mutating func space() -> [UInt8] {
        guard chance(20) else { return [] }
        return Array(pick(isWellFormed ? Array(Self.whitespace.prefix(8)) : Self.whitespace).utf8)
    }

    mutating func value(stringLikely percent: UInt64) -> [UInt8] {
        if chance(percent) { return pick(isWellFormed ? Self.wellFormedStrings : Self.strings) }
        return chance(50) ? Array("null".utf8) : Array(pick(Self.otherValues).utf8)
    }

    mutating func object(_ members: [[UInt8]]) -> [UInt8] {
        var bytes = Array("{".utf8) + space()
        for (index, member) in members.enumerated() {
            if index > 0 { bytes += space() + Array(",".utf8) + space() }
            bytes += member
        }
        return bytes + space() + Array("}".utf8)
    }

    mutating func member(_ key: String, _ value: [UInt8]) -> [UInt8] {
        Array("\"\(key)\"".utf8) + space() + Array(":".utf8) + space() + value
    }

    mutating func userInfo() -> [UInt8] {
        if !isWellFormed, chance(3) { return Array(pick(Self.otherValues).utf8) }
        var members: [[UInt8]] = []
        for _ in 0..<Int(random.next() % 5) {
            members.append(member(pick(Self.infoKeys), value(stringLikely: isWellFormed ? 97 : 85)))
        }
        return object(members)
    }

    mutating func line() -> [UInt8] {
        isWellFormed = chance(50)
        var members: [[UInt8]] = []
        if chance(70) { members.append(member("country", chance(80) ? Array(#""NG""#.utf8) : value(stringLikely: 30))) }
        if chance(95) { members.append(member("id_authority", userInfo())) }
        if chance(95) { members.append(member("document", userInfo())) }
        if chance(15) {
            var options: [[UInt8]] = []
            for _ in 0..<Int(random.next() % 3) { options.append(Array(pick(Self.optionMembers).utf8)) }
            members.append(member("options", chance(10) ? Array("null".utf8) : object(options)))
        }
        if chance(30) {
            members.append(
                member(pick(["description", "expected", "x", "country", "document"]), value(stringLikely: 30)))
        }
        if chance(5) { members.append(member(#"\u0063ountry"#, Array(#""NG""#.utf8))) }
        for index in members.indices.reversed() where chance(30) {
            members.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        var line = space() + object(members) + space()
        if chance(3) { line += Array(pick([",", "}", "x", "{}"]).utf8) }
        if chance(2) { line = [0xEF, 0xBB, 0xBF] + line }
        if chance(2), !line.isEmpty { line.removeLast(Int(random.next() % UInt64(line.count))) }
        return line
    }
}
