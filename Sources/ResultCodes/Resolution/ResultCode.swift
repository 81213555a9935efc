public import Models

/// A result code read in the context of a job type: the typed code of the table it belongs to.
///
/// The same 4-digit code means different things in different job types. 2211 is a re-enrolment
/// error in SmartSelfie Authentication, a rejection in Enhanced KYC; 2212 is "Invalid job type"
/// as a general failure but "HTTP Request Failed" in Enhanced KYC. Resolve a code with its job
/// type whenever you have one:
///
/// ```swift
/// let code = ResultCode("2211", jobType: .enhancedKYC)
/// code.outcome          // .rejected
/// code.table            // .enhancedKYC
///
/// ResultCode("2211")    // .ambiguous(code: "2211", candidates: [.smartSelfieAuthentication, .updatePhoto, .enhancedKYC])
/// ResultCode("9999")    // .unknown("9999")
/// ```
///
/// Resolution never fails and never picks a table silently: a code it cannot place is
/// ``unknown(_:)`` and a code it cannot choose between tables for is ``ambiguous(code:candidates:)``,
/// both keeping the string received.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum ResultCode: Sendable, Hashable {
    /// A general failure, which applies to every job type.
    case general(GeneralFailureCode)
    /// A Biometric KYC (job type 1) code.
    case biometricKYC(BiometricKYCCode)
    /// A SmartSelfie Authentication (job type 2) code.
    case smartSelfieAuthentication(SmartSelfieAuthenticationCode)
    /// A SmartSelfie Registration (job type 4) code.
    case smartSelfieRegistration(SmartSelfieRegistrationCode)
    /// An Update Photo (job type 8) code.
    case updatePhoto(UpdatePhotoCode)
    /// An Enhanced KYC (job type 5) code.
    case enhancedKYC(EnhancedKYCCode)
    /// An error of the ID API request behind Enhanced KYC (job type 5).
    case idAPIError(IDAPIErrorCode)
    /// A `compare_user_info` (job type 9) result code.
    case compareUserInfo(CompareUserInfoCode)
    /// A `compare_user_info` (job type 9) error.
    case compareUserInfoError(CompareUserInfoErrorCode)
    /// A code that, without a job type, belongs to several job-specific tables, listed in table
    /// order. Resolve it again with the job type to know what it means.
    case ambiguous(code: String, candidates: [ResultCodeTable])
    /// A string that is not a code of any applicable table, kept as received.
    case unknown(String)
}

// MARK: - Resolution

extension ResultCode {
    /// Resolves a code, in the context of a job type when one is given.
    ///
    /// - With a job type, the code is looked up in that job type's tables in order (see
    ///   ``ResultCodeTable/tables(for:)``: Enhanced KYC before ID API errors, Compare User Info
    ///   results before its errors), then in the General failures. Job types without a table of
    ///   their own (6, 7, 10, 11, 12 and unknown ones) look only in the General failures. A code
    ///   found only in another job type's table is ``unknown(_:)``.
    /// - Without a job type, a General failure code resolves to ``general(_:)``; otherwise a code
    ///   in exactly one table resolves to it, a code in several is
    ///   ``ambiguous(code:candidates:)``, and anything else is ``unknown(_:)``.
    ///
    /// A code is exactly four ASCII digits; anything else (`" 0812"`, `"812"`, `"08120"`,
    /// full-width digits) is ``unknown(_:)``. Resolution reads the UTF-8 bytes and does not
    /// allocate.
    ///
    /// - Parameters:
    ///   - code: The result code as received, such as `"0812"`.
    ///   - jobType: The job type of the result, if known.
    public init(_ code: String, jobType: JobType? = nil) {
        self = CodeDirectory.standard.resolve(code, column: CodeDirectory.column(of: jobType))
    }

    /// Every meaning `code` has: its code in each table that lists it, General first, then in
    /// table order; empty when no table has it.
    ///
    /// Use it to explain an ``ambiguous(code:candidates:)`` code or to show what a code means
    /// across job types.
    public static func meanings(of code: String) -> [ResultCode] {
        CodeDirectory.standard.meanings(of: code)
    }

    /// Every code that can be resolved for `jobType`: its own tables in lookup order, then the
    /// General failures; with `nil`, every code of every table in table order. Codes keep the
    /// order of Smile ID's documentation within a table.
    public static func allKnownCodes(for jobType: JobType? = nil) -> [ResultCode] {
        let tables = jobType.map { ResultCodeTable.tables(for: $0) + [.general] } ?? ResultCodeTable.allCases
        return tables.flatMap(\.codes)
    }
}

// MARK: - Properties

extension ResultCode {
    /// The code as a string: the table code's raw value, or the string received.
    public var code: String {
        switch self {
        case .ambiguous(let code, _), .unknown(let code): code
        default: visitTableCode(RawValueVisitor()) ?? ""
        }
    }

    /// The typed code of its table, or `nil` when ambiguous or unknown.
    public var tableCode: (any SmileIDResultCode)? { visitTableCode(ExistentialVisitor()) }

    /// The table the code was resolved in, or `nil` when ambiguous or unknown.
    public var table: ResultCodeTable? { visitTableCode(TableVisitor()) }

    /// The code's row in its table (message, outcome, stage, next step, footnote), or `nil`
    /// when ambiguous or unknown.
    public var row: CodeTableRow? { visitTableCode(RowVisitor()) }

    /// Smile ID's description of the code, or `nil` when ambiguous or unknown.
    public var message: String? { row?.message }

    /// What the code means for the job, or `nil` when ambiguous or unknown.
    public var outcome: Outcome? { row?.outcome }

    /// Where in Smile ID's processing the code comes from, or `nil` when ambiguous or unknown.
    public var stage: Stage? { row?.stage }

    /// What comes next for the job after this code, as its table lists it, or `nil` when
    /// ambiguous or unknown. A ``Verdict`` adjusts it to the job's finality.
    public var nextStep: NextStep? { row?.nextStep }

    /// The footnote Smile ID attaches to the code, if any.
    public var footnote: String? { row?.footnote }

    /// Whether the code was resolved in a table (neither ambiguous nor unknown).
    public var isKnown: Bool {
        switch self {
        case .ambiguous, .unknown: false
        default: true
        }
    }

    /// Whether the job could not be processed (the outcome is ``Outcome/error``); `false` when
    /// ambiguous or unknown.
    public var isError: Bool { outcome == .error }

    /// Whether Smile ID charges for the job: `true` for approvals, provisional approvals,
    /// rejections and pending results, `false` for errors and for Biometric KYC's 1015
    /// ("processing continues"), `nil` when ambiguous or unknown. See ``Outcome/incursCharge``.
    public var incursCharge: Bool? { outcome?.incursCharge }
}

// MARK: - Opening the table's case

/// Something computed from the typed code of any table; generic, so that each table's call is
/// specialised rather than going through an existential.
protocol TableCodeVisitor {
    associatedtype Output
    func visit<Code: SmileIDResultCode>(_ code: Code) -> Output
}

extension ResultCode {
    /// `visitor`'s output for the typed code, or `nil` when ambiguous or unknown.
    ///
    /// This is the one place that opens each table's case: every property of a known code is
    /// derived through it.
    @inline(__always)
    func visitTableCode<Visitor: TableCodeVisitor>(_ visitor: Visitor) -> Visitor.Output? {
        switch self {
        case .general(let code): visitor.visit(code)
        case .biometricKYC(let code): visitor.visit(code)
        case .smartSelfieAuthentication(let code): visitor.visit(code)
        case .smartSelfieRegistration(let code): visitor.visit(code)
        case .updatePhoto(let code): visitor.visit(code)
        case .enhancedKYC(let code): visitor.visit(code)
        case .idAPIError(let code): visitor.visit(code)
        case .compareUserInfo(let code): visitor.visit(code)
        case .compareUserInfoError(let code): visitor.visit(code)
        case .ambiguous, .unknown: nil
        }
    }
}

private struct RawValueVisitor: TableCodeVisitor {
    func visit<Code: SmileIDResultCode>(_ code: Code) -> String { code.rawValue }
}

private struct ExistentialVisitor: TableCodeVisitor {
    func visit<Code: SmileIDResultCode>(_ code: Code) -> any SmileIDResultCode { code }
}

private struct TableVisitor: TableCodeVisitor {
    func visit<Code: SmileIDResultCode>(_ code: Code) -> ResultCodeTable { Code.table }
}

private struct RowVisitor: TableCodeVisitor {
    func visit<Code: SmileIDResultCode>(_ code: Code) -> CodeTableRow { code.row }
}

// MARK: - Description

extension ResultCode: CustomStringConvertible {
    /// The code with its meaning, such as `0812 Machine Judgement - Pure Provisional
    /// (Biometric KYC, Provisionally Approved)`, or why it has none.
    public var description: String {
        switch self {
        case .ambiguous(let code, let candidates):
            "\(code) (ambiguous: \(candidates.map(\.title).joined(separator: ", ")))"
        case .unknown(let code):
            "\(code) (unknown)"
        default:
            "\(code) \(message ?? "") (\(table?.title ?? ""), \(outcome?.description ?? ""))"
        }
    }
}
