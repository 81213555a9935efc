import Foundation
import Models
import SmileIDInternals
import Testing

@Suite("JSONStringLexer: one JSON string, escapes and surrogates, with Foundation's policy")
struct JSONStringLexerTests {
    /// Lexes `json` (a whole string literal, quotes included): the text and the position after
    /// it, or the failure.
    static func lex(_ json: [UInt8]) -> Result<(String?, Int), JSONStringLexer.Failure> {
        json.withUnsafeBufferPointer { bytes -> Result<(String?, Int), JSONStringLexer.Failure> in
            var position = 0
            var decoded: [UInt8] = []
            let lexed = Result { () throws(JSONStringLexer.Failure) in
                try JSONStringLexer.read(bytes, at: &position, decoded: &decoded)
            }
            return lexed.map { (JSONStringLexer.text(of: $0, in: bytes, decoded: decoded), position) }
        }
    }

    @Test(
        "strings and their decoded text",
        arguments: [
            (#""""#, ""),
            (#""plain""#, "plain"),
            (#""Adébáyọ̀""#, "Adébáyọ̀"),
            (#""a\"b\\c\/d""#, "a\"b\\c/d"),
            (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
            (#""\u0041\u00e9\u00E9""#, "Aéé"),
            (#""\uD83D\uDE00 \ud83d\ude00""#, "😀 😀"),
            (#""x\u0000y""#, "x\u{0}y"),
            (#""\uFFFF""#, "\u{FFFF}"),
        ])
    func decodes(json: String, text: String) throws {
        let result = try Self.lex(Array(json.utf8)).get()
        #expect(result.0 == text)
        #expect(result.1 == json.utf8.count)
    }

    @Test(
        "what it refuses, and why",
        arguments: [
            (#""a\uD800""#, JSONStringLexer.Failure.loneSurrogate),
            (#""a\uDBFF""#, .loneSurrogate),
            (#""\uDC00""#, .loneSurrogate),
            (#""\uD800\u0041""#, .loneSurrogate),
            (#""\uD800\uD800""#, .loneSurrogate),
            (#""\uD800x""#, .loneSurrogate),
            (#""\uD83D\n""#, .loneSurrogate),
            (#""\x""#, .invalidEscape),
            (#""\u12""#, .invalidEscape),
            (#""\u12G4""#, .invalidEscape),
            ("\"a\u{1F}\"", .controlCharacter),
            ("\"a\nb\"", .controlCharacter),
            (#""unterminated"#, .unterminated),
            (#""ends in \"#, .unterminated),
            ("no quote", .unterminated),
        ])
    func refuses(json: String, failure: JSONStringLexer.Failure) {
        switch Self.lex(Array(json.utf8)) {
        case .success: Issue.record("\(json) was read")
        case .failure(let error): #expect(error == failure, "\(json)")
        }
    }

    @Test(
        "an escape, a non-ASCII letter or a control byte at every position of strings up to 40 bytes (across the 8-byte steps)"
    )
    func everyPosition() throws {
        for length in 0..<40 {
            for position in 0...length {
                let prefix = String(repeating: "a", count: position)
                let suffix = String(repeating: "b", count: length - position)
                for (insert, decoded) in [(#"\""#, "\""), ("é", "é"), (#"\n"#, "\n"), ("", "")] {
                    let json = "\"" + prefix + insert + suffix + "\""
                    let result = try Self.lex(Array(json.utf8)).get()
                    #expect(result.0 == prefix + decoded + suffix, "\(json)")
                    #expect(result.1 == json.utf8.count)
                }
                // An invalid UTF-8 byte anywhere means no text: the lexer must notice a non-ASCII byte.
                let invalid = Array(("\"" + prefix).utf8) + [0xFF] + Array((suffix + "\"").utf8)
                #expect(try Self.lex(invalid).get().0 == nil, "\(invalid)")
                let control = "\"" + prefix + "\u{1}" + suffix + "\""
                #expect(throws: JSONStringLexer.Failure.controlCharacter) { try Self.lex(Array(control.utf8)).get() }
                let unterminated = "\"" + prefix + suffix
                #expect(throws: JSONStringLexer.Failure.unterminated) { try Self.lex(Array(unterminated.utf8)).get() }
            }
        }
    }

    @Test("invalid UTF-8 lexes, and has no text")
    func invalidUTF8() throws {
        let result = try Self.lex([0x22, 0x61, 0xFF, 0x22]).get()
        #expect(result.0 == nil)
        #expect(result.1 == 4)
    }

    @Test("isValidUTF8 agrees with String(validating:) on every short byte sequence near the boundaries")
    func utf8ValidationAgreesWithTheStandardLibrary() {
        // Every lead byte with every second byte, then generated longer runs of the bytes
        // where the rules change (overlongs, surrogates, U+10FFFF, stray continuations).
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        func agree(_ bytes: [UInt8]) -> Bool {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            return bytes.withUnsafeBufferPointer { JSONStringLexer.isValidUTF8($0) } == expected
        }
        for first in 0...255 {
            for second in 0...255 {
                #expect(agree([UInt8(first), UInt8(second)]), "\(first) \(second)")
            }
        }
        var generator = SplitMix(seed: 5)
        for _ in 0..<200_000 {
            let length = Int(generator.next() % 6) + 1
            let bytes = (0..<length).map { _ in interesting[Int(generator.next() % UInt64(interesting.count))] }
            #expect(agree(bytes), "\(bytes)")
        }
    }

    @Test("agrees with JSONSerialization on 20,000 generated strings: same acceptance, same text")
    func agreesWithFoundation() throws {
        let fragments = [
            "a", "Z", " ", "é", "😀", "ọ̀", #"\""#, #"\\"#, #"\/"#, #"\n"#, #"\t"#, #"\u0041"#, #"\u00e9"#,
            #"\uD83D"#, #"\uDE00"#, #"\ud83d\ude00"#, #"\uDBFF\uDFFF"#, #"\uDC00"#, #"\uD800"#, #"\u"#, #"\q"#,
            "\u{1}", #"\u0000"#, #"\uFFFE"#,
        ]
        var generator = SplitMix(seed: 11)
        for _ in 0..<20_000 {
            var body = ""
            for _ in 0..<Int(generator.next() % 6) {
                body += fragments[Int(generator.next() % UInt64(fragments.count))]
            }
            let json = "\"" + body + "\""
            let foundation =
                (try? JSONSerialization.jsonObject(
                    with: Data("[\(json)]".utf8)) as? [String])?.first
            let lexed = try? Self.lex(Array(json.utf8)).get().0
            #expect(lexed.map { Array($0.unicodeScalars) } == foundation.map { Array($0.unicodeScalars) }, "\(json)")
        }
    }
}

/// A seeded generator, so every run checks the same strings.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
