import Models
import TestSupport
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
        #expect(value == ActionResult(rawValue: text))
        #expect(!value.isKnown)
        #expect(value.polarity == .review)
        let encoded = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(String.self, from: encoded) == text)
    }

    /// A value is its text: one built from a known value's text is that static member, in `==`,
    /// in hashing and in `isKnown`.
    @Test(arguments: ActionResult.allCases)
    func aValueIsItsText(value: ActionResult) {
        let spelled = ActionResult(rawValue: value.rawValue)
        #expect(spelled == value)
        #expect(value == spelled)
        #expect(spelled.hashValue == value.hashValue)
        #expect(Set([value, spelled]).count == 1)
        #expect(spelled.isKnown)
        #expect(spelled.polarity == value.polarity)
    }

    @Test func differentTextsAreDifferentValues() {
        #expect(ActionResult(rawValue: "Passed") != .failed)
        #expect(ActionResult(rawValue: "passed") != .passed)
        #expect(ActionResult(rawValue: "Later") != ActionResult(rawValue: "Sooner"))
        #expect(Set(ActionResult.allCases).count == ActionResult.allCases.count)
    }

    /// The table has a row (with a polarity) for every static member, and a static member for
    /// every row, each once.
    @Test func theTableListsEveryStaticMemberOnce() throws {
        let declared = try DeclaredStaticMembers.of(fileAt: "Sources/Models/Payloads/Actions/ActionResult.swift")
        #expect(declared.count == Self.seedVocabulary.count)
        #expect(ActionResult.table.map(\.value.rawValue) == declared.map(\.rawValue))
        #expect(ActionResult.allCases == ActionResult.table.map(\.value))
        for member in declared {
            #expect(ActionResult(rawValue: member.rawValue).isKnown, "\(member)")
        }
    }
}
