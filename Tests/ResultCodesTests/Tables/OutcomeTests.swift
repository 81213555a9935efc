import ResultCodes
import Testing

@Suite struct OutcomeTests {
    @Test(
        "Rejections and approvals are charged; errors and 1015's processing-continues are not",
        arguments: [
            (Outcome.approved, true), (.provisionallyApproved, true), (.rejected, true), (.pending, true),
            (.error, false), (.processingContinues, false),
        ])
    func incursCharge(_ outcome: Outcome, _ charged: Bool) {
        #expect(outcome.incursCharge == charged)
    }

    @Test(
        "Descriptions are the seed's Result column",
        arguments: [
            (Outcome.approved, "Approved"), (.provisionallyApproved, "Provisionally Approved"),
            (.rejected, "Rejected"), (.pending, "Pending"), (.error, "Error"),
            (.processingContinues, "Processing Continues with ID Card Image"),
        ])
    func description(_ outcome: Outcome, _ text: String) {
        #expect(outcome.description == text)
    }

    @Test(
        "Raw values are the case names",
        arguments: [
            (Outcome.approved, "approved"), (.provisionallyApproved, "provisionallyApproved"),
            (.rejected, "rejected"), (.pending, "pending"), (.error, "error"),
            (.processingContinues, "processingContinues"),
        ])
    func rawValueIsCaseName(_ outcome: Outcome, _ rawValue: String) {
        #expect(outcome.rawValue == rawValue)
        #expect(Outcome(rawValue: rawValue) == outcome)
    }
}
