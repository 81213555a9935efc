/// Everything known about one code of one table, in one row: Smile ID's message, outcome and
/// footnote, and the decisions spec's stage and next step.
///
/// Every table enum keeps its rows in one `switch` (``SmileIDResultCode/row``); every other
/// property of a code is read from its row, so a new column is one field here and one value in
/// each row.
public struct CodeTableRow: Sendable, Hashable {
    /// Smile ID's description of the code, verbatim (without a footnote marker).
    public let message: String
    /// What the code means for the job: the table's "Result" column ("-" is ``Outcome/error``).
    public let outcome: Outcome
    /// Where in Smile ID's processing the code comes from.
    public let stage: Stage
    /// What comes next for the job after this code, as the table lists it.
    public let nextStep: NextStep
    /// The footnote Smile ID attaches to the code, if any.
    public let footnote: String?

    /// A row, in the order of the columns.
    init(_ message: String, _ outcome: Outcome, _ stage: Stage, _ nextStep: NextStep, footnote: String? = nil) {
        self.message = message
        self.outcome = outcome
        self.stage = stage
        self.nextStep = nextStep
        self.footnote = footnote
    }
}
