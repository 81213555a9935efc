import Testing

@testable import UserInfoCompare

@Suite struct TextNormalizerTests {
    let strict = TextNormalizer(options: .default)
    let lenient = TextNormalizer(options: .lenient)

    @Test func lowercasesTrimsAndCollapsesWhiteSpace() {
        #expect(strict.tokens(of: "  ADAEZE \t\n Okonkwo  ", splitting: .whitespace) == ["adaeze", "okonkwo"])
        #expect(strict.normalizedText(of: "  Lagos\u{00A0}\u{2003}ISLAND ") == "lagos island")
        #expect(strict.normalizedText(of: " \t ") == "")
    }

    @Test func canonicalEquivalentsGiveEqualTokens() {
        let composed = strict.tokens(of: "ADÉBÁYỌ̀", splitting: .name)
        let decomposed = strict.tokens(of: "ade\u{301}ba\u{301}yo\u{323}\u{300}", splitting: .name)
        #expect(composed == decomposed)
        #expect(composed != ["adebayo"])
    }

    @Test func unicodeLowercasingKeepsSharpS() {
        #expect(
            strict.tokens(of: "STRASSE", splitting: .whitespace) != strict.tokens(of: "Straße", splitting: .whitespace))
        #expect(
            lenient.tokens(of: "STRASSE", splitting: .whitespace)
                == lenient.tokens(of: "Straße", splitting: .whitespace))
    }

    @Test(arguments: [
        ("Adébáyọ̀", "adebayo"), ("ŁUKASZ", "lukasz"), ("Ærøskøbing", "aeroskobing"), ("Œuvre", "oeuvre"),
        ("Đorđe", "dorde"), ("Þór", "thor"), ("Iıl", "iil"), ("Ǿ", "o"), ("İstanbul", "istanbul"),
        ("ẞ", "ss"), ("Ελένη", "ελενη"), ("Йордан", "иордан"),
    ])
    func lenientFoldsDiacritics(value: String, folded: String) {
        #expect(lenient.normalizedText(of: value) == folded)
    }

    @Test func lenientDropsBothApostrophes() {
        #expect(lenient.normalizedText(of: "O'Brien") == "obrien")
        #expect(lenient.normalizedText(of: "O’Brien") == "obrien")
        #expect(strict.normalizedText(of: "O'Brien") == "o'brien")
    }

    @Test func separatorsPerRule() {
        #expect(strict.tokens(of: "Okonkwo-Test, J. Ada", splitting: .name) == ["okonkwo", "test", "j", "ada"])
        #expect(strict.tokens(of: "Okonkwo\u{2010}Test", splitting: .name) == ["okonkwo", "test"])
        #expect(
            strict.tokens(of: "12B, Admiralty-Way (Lekki)", splitting: .address) == [
                "12b", "admiralty", "way", "lekki",
            ])
        #expect(strict.tokens(of: "Rue de l’Église 3", splitting: .address) == ["rue", "de", "l", "église", "3"])
        #expect(strict.tokens(of: "a-b", splitting: .whitespace) == ["a-b"])
    }

    /// The precomputed outputs of the Latin blocks give what the computation they cache gives,
    /// for every scalar, separators, folding and apostrophe setting, alone, inside a word and
    /// between words, as tokens and as joined text.
    @Test(arguments: [false, true], [false, true])
    func latinOutputsAgreeWithTheUncachedPath(foldsDiacritics: Bool, dropsApostrophes: Bool) {
        let cached = TextNormalizer(foldsDiacritics: foldsDiacritics, dropsApostrophes: dropsApostrophes)
        var uncached = cached
        uncached.usesLatinOutputs = false
        for index in 0..<LatinScalarTable.count {
            guard let scalar = Unicode.Scalar(LatinScalarTable.scalarValue(index)) else { continue }
            let letter = String(Character(scalar))
            for text in [letter, "Ab\(letter)Cd", "x \(letter) \(letter)\(letter)"] {
                // Compared as bytes: `==` on strings would let equivalent forms pass.
                #expect(
                    Array(cached.normalizedText(of: text).utf8) == Array(uncached.normalizedText(of: text).utf8),
                    "\(text)")
                for separators in [TokenSeparators.whitespace, .name, .address] {
                    #expect(
                        cached.tokens(of: text, splitting: separators).map { Array($0.utf8) }
                            == uncached.tokens(of: text, splitting: separators).map { Array($0.utf8) }, "\(text)")
                }
            }
        }
    }

    @Test func blank() {
        #expect("".isBlank)
        #expect(" \u{3000}\t".isBlank)
        #expect(!" x ".isBlank)
    }
}

@Suite struct TokenSeparatorsTests {
    @Test func nonASCIIWhitespaceListMatchesUnicode() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isWhitespace != TokenSeparators.isNonASCIIWhitespace(scalar) {
                Issue.record("U+\(String(value, radix: 16)) disagrees with Unicode's White_Space")
            }
        }
    }

    @Test func lowercasingMatchesStringLowercased() {
        let samples = ["ÀÉÎÕÜ", "İSTANBUL", "ΣΟΦΊΑ", "KELVIN \u{212A}", "ẞ", "ǅ", "Ⅻ", "ＡＢＣ"]
        let normalizer = TextNormalizer(options: .default)
        for sample in samples {
            #expect(normalizer.normalizedText(of: sample) == sample.lowercased())
        }
    }
}
