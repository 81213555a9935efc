/// Everything known about one code of one table, in one row: Smile ID's columns (message,
/// outcome, footnote, and the compare tables' result text, explanation and recommended action)
/// and the decisions spec's stage and next step.
///
/// Every table has the same columns; a column a table does not have is `nil` in its rows. Read
/// a row from a typed code (``SmileIDResultCode/row``) or from a resolved one
/// (``ResultCode/row``, `nil` when the code is ambiguous or unknown).
///
/// The rows are data: `Fixtures/result-codes.json` holds them, and
/// `Scripts/generate-result-code-tables.py` writes each table's `row` from it. A new column is
/// a key in the JSON, a field here and a line in the generator's `COLUMNS`.
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
    /// The `ResultText` of a response with this code, such as `Partial Match`; only the
    /// Compare User Info results have one.
    public let resultText: String?
    /// What went wrong, verbatim (the "Description" column of the Compare User Info errors).
    public let explanation: String?
    /// Smile ID's recommended action, verbatim, such as `Custom business logic`; only the
    /// compare tables have one, and not for every code.
    public let recommendedAction: String?

    /// A row; the columns a table does not have are left out.
    init(
        message: String,
        outcome: Outcome,
        stage: Stage,
        nextStep: NextStep,
        footnote: String? = nil,
        resultText: String? = nil,
        explanation: String? = nil,
        recommendedAction: String? = nil
    ) {
        self.message = message
        self.outcome = outcome
        self.stage = stage
        self.nextStep = nextStep
        self.footnote = footnote
        self.resultText = resultText
        self.explanation = explanation
        self.recommendedAction = recommendedAction
    }
}
