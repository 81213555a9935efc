import Testing

@testable import UserInfoCompare

@Suite struct LatinScalarTableTests {
    static let covered = Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)

    /// The table agrees with the Unicode properties and the folding table it was built from.
    @Test func agreesWithThePropertiesAndTheFoldingTable() throws {
        for value in Self.covered {
            let scalar = try #require(Unicode.Scalar(UInt32(value)))
            let index = try #require(LatinScalarTable.index(scalar.value))
            let mapping = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            let expected = scalar.properties.changesWhenLowercased ? mapping : [scalar]
            if LatinScalarTable.lowercase[index] != 0 {
                #expect(expected.map(\.value) == [LatinScalarTable.lowercase[index]], "U+\(String(value, radix: 16))")
            }
            #expect(DiacriticFolding.base(of: scalar) == DiacriticFolding.searchBase(of: scalar))
            #expect(TokenSeparators.address.separates(scalar) == TokenSeparators.address.separatesByCategory(scalar))
        }
        #expect(LatinScalarTable.index(0xBF) == nil && LatinScalarTable.index(0x250) == nil)
        #expect(LatinScalarTable.index(0x1DFF) == nil && LatinScalarTable.index(0x1F00) == nil)
    }

    /// Normalising each covered scalar, alone and with marks, gives what lowercasing gives.
    @Test func normalisesLikeLowercasing() throws {
        let strict = TextNormalizer(options: .default)
        for value in Self.covered {
            let scalar = try #require(Unicode.Scalar(UInt32(value)))
            let text = "x\(scalar)\u{301}\u{323}y"
            #expect(strict.normalizedText(of: text) == text.lowercased())
        }
    }
}
