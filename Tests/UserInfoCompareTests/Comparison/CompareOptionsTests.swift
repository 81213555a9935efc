import Testing

@testable import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct CompareOptionsTests {
    @Test func presets() {
        #expect(
            CompareOptions.default
                == CompareOptions(
                    foldsDiacritics: false, dropsApostrophes: false, dateOrder: .dayFirst, addressPartialThreshold: 0.5)
        )
        #expect(
            CompareOptions.lenient
                == CompareOptions(
                    foldsDiacritics: true, dropsApostrophes: true, dateOrder: .dayFirst, addressPartialThreshold: 0.5))
    }

    @Test func encodesSnakeCaseKeysAndRoundTrips() throws {
        let options = CompareOptions(foldsDiacritics: true, dateOrder: .monthFirst, addressPartialThreshold: 0.25)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(options), as: UTF8.self)
        #expect(
            json
                == #"{"address_partial_threshold":0.25,"date_order":"month_first","drops_apostrophes":false,"folds_diacritics":true}"#
        )
        #expect(try JSONDecoder().decode(CompareOptions.self, from: Data(json.utf8)) == options)
    }

    @Test func missingKeysTakeTheDefaults() throws {
        let decoded = try JSONDecoder().decode(CompareOptions.self, from: Data(#"{"drops_apostrophes":true}"#.utf8))
        #expect(decoded == CompareOptions(dropsApostrophes: true))
        #expect(try JSONDecoder().decode(CompareOptions.self, from: Data("{}".utf8)) == .default)
    }

    @Test(arguments: [
        #"{"address_partial_threshold":-0.1}"#, #"{"address_partial_threshold":1.01}"#, #"{"date_order":"dmy"}"#,
    ])
    func rejectsValuesOutOfRange(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CompareOptions.self, from: Data(json.utf8))
        }
    }
}
