import Testing

@testable import UserInfoCompare

@Suite struct ASCIINormalizerTests {
    /// The fast path's result as the general normaliser's tokens, or `nil` when it declined.
    private static func tokens(
        _ value: String, _ separators: TokenSeparators, _ layout: ASCIINormalizer.Layout, dropsApostrophes: Bool
    ) -> [String]? {
        let ascii = ASCIINormalizer(separators: separators, dropsApostrophes: dropsApostrophes)
        let capacity = ASCIINormalizer.capacity(forByteCount: value.utf8.count, layout: layout)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> [String]? in
            var length = 0
            var count = 0
            guard
                value.withUTF8Bytes({
                    ascii.append($0, layout: layout, to: buffer, length: &length, tokenCount: &count)
                })
            else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<length])
            switch layout {
            case .joined:
                return [String(decoding: bytes, as: UTF8.self)]
            case .terminated, .terminatedExpandingAbbreviations:
                let tokens = bytes.split(separator: TokenBytes.terminator).map { String(decoding: $0, as: UTF8.self) }
                #expect(tokens.count == count)
                return tokens
            }
        }
    }

    /// Every ASCII byte, alone and between letters, in every mode, gives what the general
    /// normaliser gives; a kept U+0000 or U+0001 (whose bytes the fast path's table uses as
    /// classes) is declined, and so goes to the general normaliser.
    @Test(arguments: [false, true])
    func agreesWithTheGeneralNormalizerOnEveryASCIIByte(dropsApostrophes: Bool) {
        var options = CompareOptions.default
        options.dropsApostrophes = dropsApostrophes
        let normalizer = TextNormalizer(options: options)
        let address = AddressRule(normalizer: normalizer, partialThreshold: 0.5)
        for byte in UInt8(0)..<0x80 {
            let character = String(decoding: [byte], as: UTF8.self)
            func expectAgreement(_ fast: [String]?, _ general: [String], separators: TokenSeparators) {
                if let fast {
                    #expect(fast == general)
                } else {
                    #expect(byte <= 1 && !separators.separates(ascii: byte), "declined \(byte)")
                }
            }
            for value in [character, "Ab\(character)St\(character)\(character)cD", " \(character)apt 12\(character)"] {
                expectAgreement(
                    Self.tokens(value, .whitespace, .joined, dropsApostrophes: dropsApostrophes),
                    [normalizer.normalizedText(of: value)], separators: .whitespace)
                for separators in [TokenSeparators.whitespace, .name, .address] {
                    expectAgreement(
                        Self.tokens(value, separators, .terminated, dropsApostrophes: dropsApostrophes),
                        normalizer.tokens(of: value, splitting: separators), separators: separators)
                }
                expectAgreement(
                    Self.tokens(value, .address, .terminatedExpandingAbbreviations, dropsApostrophes: dropsApostrophes),
                    address.tokens(of: value), separators: .address)
            }
        }
    }

    @Test func declinesNonASCII() {
        #expect(Self.tokens("Ada Okonkwo-Tést", .name, .terminated, dropsApostrophes: false) == nil)
        #expect(Self.tokens("12\u{00A0}Mar 1990", .whitespace, .joined, dropsApostrophes: false) == nil)
    }

    @Test func expandsAbbreviationsWithinCapacity() {
        #expect(
            Self.tokens("apt,blvd st", .address, .terminatedExpandingAbbreviations, dropsApostrophes: false)
                == ["apartment", "boulevard", "street"])
        #expect(
            ASCIINormalizer.capacity(forByteCount: 3, layout: .terminatedExpandingAbbreviations) >= "apartment".utf8
                .count + 1)
    }
}
