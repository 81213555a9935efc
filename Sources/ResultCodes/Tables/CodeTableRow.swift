/// Everything known about one code of one table, in one row: Smile ID's columns (message,
/// outcome, footnote, and the compare tables' result text, explanation and recommended action)
/// and the decisions spec's stage and next step.
///
/// Every table has the same columns; a column a table does not have is `nil` in its rows. Read
/// a row from a typed code (``SmileIDResultCode/row``) or from a resolved one
/// (``ResultCode/row``, `nil` when the code is ambiguous or unknown).
///
/// The rows are data: `Fixtures/result-codes.json` holds them, and
/// `Scripts/generate-result-code-tables.py` writes each table's `row` from it, with the
/// memberwise initializer (an optional column left out is `nil`). A new column is a key in the
/// JSON, a field here and a line in the generator's `COLUMNS`.
public struct CodeTableRow: Sendable, Hashable {
    /// Smile ID's description of the code, verbatim (without a footnote marker).
    public internal(set) var message: String
    /// What the code means for the job: the table's "Result" column ("-" is ``Outcome/error``).
    public internal(set) var outcome: Outcome
    /// Where in Smile ID's processing the code comes from.
    public internal(set) var stage: Stage
    /// What comes next for the job after this code, as the table lists it.
    public internal(set) var nextStep: NextStep
    /// The footnote Smile ID attaches to the code, if any.
    public internal(set) var footnote: String?
    /// The `ResultText` of a response with this code, such as `Partial Match`; only the
    /// Compare User Info results have one.
    public internal(set) var resultText: String?
    /// What went wrong, verbatim (the "Description" column of the Compare User Info errors).
    public internal(set) var explanation: String?
    /// Smile ID's recommended action, verbatim, such as `Custom business logic`; only the
    /// compare tables have one, and not for every code.
    public internal(set) var recommendedAction: String?
}
