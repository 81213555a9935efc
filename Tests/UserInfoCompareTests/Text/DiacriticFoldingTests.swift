import Testing

@testable import UserInfoCompare

@Suite struct DiacriticFoldingTests {
    @Test func tableIsSortedAndMapsToDifferentScalars() {
        let table = DiacriticFolding.bases
        #expect(table.count == 844)
        for (previous, next) in zip(table, table.dropFirst()) {
            #expect(previous.composed < next.composed)
        }
        for entry in table {
            #expect(entry.composed != entry.base)
        }
    }

    @Test(arguments: [
        ("é", "e"), ("É", "E"), ("ọ", "o"), ("ǹ", "n"), ("ș", "s"), ("ά", "α"), ("й", "и"), ("Å", "A"),
    ])
    func baseOfPrecomposedScalars(composed: Unicode.Scalar, base: Unicode.Scalar) {
        #expect(DiacriticFolding.base(of: composed) == base)
    }

    @Test(arguments: ["a", "ø", "ß", "中", "\u{0301}"] as [Unicode.Scalar])
    func scalarsWithoutFoldedDecomposition(scalar: Unicode.Scalar) {
        #expect(DiacriticFolding.base(of: scalar) == nil)
    }

    @Test func foldedMarks() {
        #expect(DiacriticFolding.isFoldedMark("\u{0300}"))
        #expect(DiacriticFolding.isFoldedMark("\u{036F}"))
        #expect(DiacriticFolding.isFoldedMark("\u{1DC0}"))
        #expect(!DiacriticFolding.isFoldedMark("\u{0370}"))
        #expect(!DiacriticFolding.isFoldedMark("a"))
    }

    @Test func specialLetters() {
        let pairs: [(Unicode.Scalar, String)] = [
            ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ø", "o"), ("đ", "d"), ("ł", "l"), ("þ", "th"), ("ı", "i"),
        ]
        for (scalar, letters) in pairs {
            #expect(DiacriticFolding.specialLetters(for: scalar) == letters)
        }
        #expect(DiacriticFolding.specialLetters(for: "s") == nil)
    }
}
