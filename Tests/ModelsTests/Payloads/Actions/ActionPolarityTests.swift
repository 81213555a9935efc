import Models
import Testing

@Suite struct ActionPolarityTests {
    /// The spec's lists (decisions.md §3), transcribed here independently of the source.
    static let expected: [String: ActionPolarity] = [
        "Passed": .pass, "Completed": .pass, "Approved": .pass, "Verified": .pass, "Returned": .pass,
        "Exact Match": .pass,
        "Failed": .fail, "Rejected": .fail, "Not Verified": .fail, "No Match": .fail,
        "Provisionally Approved": .review, "Under Review": .review, "Unable To Determine": .review,
        "Sent to Human Review": .review, "Partial Match": .review, "Transposed": .review,
        "Not Applicable": .neutral, "Not Done": .neutral, "Not Returned": .neutral, "Issuer Unavailable": .neutral,
        "ID Authority Photo Not Available": .neutral, "Not Provided": .neutral,
    ]

    @Test("Every known value has the spec's polarity", arguments: ActionResult.allCases)
    func knownValue(_ value: ActionResult) {
        #expect(value.polarity == Self.expected[value.rawValue])
    }

    @Test func theSpecListsEveryKnownValue() {
        #expect(Set(Self.expected.keys) == Set(ActionResult.allCases.map(\.rawValue)))
    }

    @Test("Unknown values read as review", arguments: ["Partially Verified", "passed", ""])
    func unknownValue(_ text: String) {
        #expect(ActionResult(rawValue: text).polarity == .review)
    }

    @Test(
        "An Actions object: fail, else review, else pass, else neutral",
        arguments: [
            ([ActionKey: ActionResult](), ActionPolarity.neutral),
            ([.verifyIDNumber: .notApplicable, .returnPersonalInfo: .notDone], .neutral),
            ([.verifyIDNumber: .verified, .returnPersonalInfo: .notReturned], .pass),
            ([.verifyIDNumber: .verified, .livenessCheck: .underReview], .review),
            ([.verifyIDNumber: .verified, .livenessCheck: .underReview, .selfieCheck: .failed], .fail),
            ([.name: .exactMatch, .dob: .transposed], .review),
            ([.name: .noMatch, .dob: .notProvided], .fail),
            ([.livenessCheck: ActionResult(rawValue: "Half Passed"), .selfieCheck: .passed], .review),
        ])
    func summary(_ entries: [ActionKey: ActionResult], _ expected: ActionPolarity) {
        #expect(Actions(entries).polarity == expected)
    }
}
