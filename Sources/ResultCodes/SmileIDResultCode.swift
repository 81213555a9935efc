/// A result or error code of one of Smile ID's code tables, such as ``BiometricKYCCode``.
///
/// Every table is an enum whose raw value is the 4-character code (`"0812"`), so generic code
/// can walk every table the same way:
///
/// ```swift
/// func printAll<Code: SmileIDResultCode>(_: Code.Type) {
///     for code in Code.allCases {
///         print(Code.table.title, code.rawValue, code.message, code.outcome)
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

    /// Smile ID's description of the code, verbatim (without a footnote marker).
    var message: String { get }

    /// What the code means for the job: the table's "Result" column ("-" is ``Outcome/error``).
    var outcome: Outcome { get }

    /// The footnote Smile ID attaches to this code, if any.
    var footnote: String? { get }
}

// MARK: - Derived properties

extension SmileIDResultCode {
    /// The 4-character code, such as `"0812"`; the same as `rawValue`.
    public var code: String { rawValue }

    /// No footnote unless the table provides one.
    public var footnote: String? { nil }

    /// The table this code belongs to; the same as `Self.table`.
    public var table: ResultCodeTable { Self.table }

    /// Whether the job could not be processed (the table's "Result" is "-").
    public var isError: Bool { outcome == .error }

    /// Whether Smile ID charges for a job with this code; see ``Outcome/incursCharge``.
    public var incursCharge: Bool { outcome.incursCharge }
}
