import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct ActionResultTests {
    /// The vocabulary listed in the seeds' README, in its order.
    static let seedVocabulary = [
        "Passed", "Completed", "Approved", "Verified", "Provisionally Approved", "Returned",
        "Not Returned", "Failed", "Rejected", "Under Review", "Unable To Determine", "Not Applicable",
        "Not Verified", "Not Done", "Issuer Unavailable", "ID Authority Photo Not Available",
        "Sent to Human Review", "Exact Match", "Partial Match", "Transposed", "No Match", "Not Provided",
    ]

    @Test func everySeedValueIsKnownAndRoundTrips() {
        #expect(ActionResult.allCases.map(\.rawValue) == Self.seedVocabulary)
        for text in Self.seedVocabulary {
            let value = ActionResult(rawValue: text)
            #expect(value.isKnown, "\(text)")
            #expect(value.rawValue == text)
        }
    }

    @Test(arguments: ["Partially Verified", "passed", "PASSED", "", " Passed"])
    func unknownTextIsKeptVerbatim(text: String) throws {
        let value = ActionResult(rawValue: text)
        #expect(value == .unknown(text))
        let encoded = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(String.self, from: encoded) == text)
    }

    /// A value is its text: `.unknown` holding a known value's text is that value, in `==`, in
    /// hashing and in `isKnown`.
    @Test(arguments: ActionResult.allCases)
    func unknownWithAKnownTextIsThatValue(value: ActionResult) {
        let spelled = ActionResult.unknown(value.rawValue)
        #expect(spelled == value)
        #expect(value == spelled)
        #expect(spelled.hashValue == value.hashValue)
        #expect(Set([value, spelled]).count == 1)
        #expect(spelled.isKnown)
    }

    @Test func differentTextsAreDifferentValues() {
        #expect(ActionResult.unknown("Passed") != .failed)
        #expect(ActionResult.unknown("passed") != .passed)
        #expect(ActionResult.unknown("Later") != .unknown("Sooner"))
        #expect(Set(ActionResult.allCases).count == ActionResult.allCases.count)
    }
}
