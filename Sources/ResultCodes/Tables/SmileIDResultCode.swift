/// A result or error code of one of Smile ID's code tables, such as ``BiometricKYCCode``.
///
/// Every table is an enum whose raw value is the 4-character code (`"0812"`), so generic code
/// can walk every table the same way:
///
/// ```swift
/// func printAll<Code: SmileIDResultCode>(_: Code.Type) {
///     for code in Code.allCases {
///         print(Code.table.title, code.rawValue, code.message, code.outcome, code.stage, code.nextStep)
///     }
/// }
/// ```
///
/// The same code can mean different things in different tables (2211 is a re-enrolment error in
/// SmartSelfie Authentication and a rejection in Enhanced KYC); use ``ResultCode`` to read a code
/// in the context of a job type.
public protocol SmileIDResultCode: RawRepresentable<String>, CaseIterable, Sendable, Hashable
where AllCases == [Self] {
    /// The table this code belongs to.
    static var table: ResultCodeTable { get }

    /// The table's row for this code: message, outcome, stage, next step and footnote, kept
    /// together in one `switch` per table.
    var row: CodeTableRow { get }

    /// The code wrapped in its ``ResultCode`` case, such as `.biometricKYC(self)`.
    var resultCode: ResultCode { get }
}

// MARK: - Columns

extension SmileIDResultCode {
    /// Smile ID's description of the code, verbatim (without a footnote marker).
    public var message: String { row.message }

    /// What the code means for the job: the table's "Result" column ("-" is ``Outcome/error``).
    public var outcome: Outcome { row.outcome }

    /// Where in Smile ID's processing the code comes from.
    public var stage: Stage { row.stage }

    /// What comes next for the job after this code, as the table lists it.
    public var nextStep: NextStep { row.nextStep }

    /// The footnote Smile ID attaches to this code, if any.
    public var footnote: String? { row.footnote }
}

// MARK: - Derived properties

extension SmileIDResultCode {
    /// The 4-character code, such as `"0812"`; the same as `rawValue`.
    public var code: String { rawValue }

    /// The table this code belongs to; the same as `Self.table`.
    public var table: ResultCodeTable { Self.table }

    /// Whether the job could not be processed (the table's "Result" is "-").
    public var isError: Bool { outcome == .error }

    /// Whether Smile ID charges for a job with this code; see ``Outcome/incursCharge``.
    public var incursCharge: Bool { outcome.incursCharge }

    /// Every code of this table as a ``ResultCode``, in the order of Smile ID's documentation.
    static var allResultCodes: [ResultCode] { allCases.map(\.resultCode) }
}
