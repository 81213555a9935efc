/// A result or error code of one of Smile ID's code tables, such as ``BiometricKYCCode``.
///
/// Every table is an enum whose raw value is the 4-character code (`"0812"`), so generic code
/// can walk every table the same way:
///
/// ```swift
/// func printAll<Code: SmileIDResultCode>(_: Code.Type) {
///     for code in Code.allCases {
///         let row = code.row
///         print(Code.table.title, code.rawValue, row.message, row.outcome, row.stage, row.nextStep)
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

    /// The table's row for this code: its message, outcome, stage, next step and the table's
    /// other columns.
    var row: CodeTableRow { get }

    /// The code wrapped in its ``ResultCode`` case, such as `.biometricKYC(self)`.
    var resultCode: ResultCode { get }
}

// MARK: - Listing

extension SmileIDResultCode {
    /// Every code of this table as a ``ResultCode``, in the order of Smile ID's documentation.
    static var allResultCodes: [ResultCode] { allCases.map(\.resultCode) }
}
