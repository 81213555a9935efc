public import Models

// MARK: - Resolution

extension ResultCode {
    /// Resolves a code, in the context of a job type when one is given.
    ///
    /// - With a job type, the code is looked up in that job type's tables in order (see
    ///   ``ResultCodeTable/tables(for:)``: Enhanced KYC before ID API errors, Compare User Info
    ///   results before its errors), then in the General failures. Job types without a table of
    ///   their own (and unknown ones) look only in the General failures. A code found only in
    ///   another job type's table is ``unknown(_:)``.
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

    /// The code's row in its table, or `nil` when ambiguous or unknown: its message, outcome,
    /// stage, next step and the table's other columns.
    ///
    /// ```swift
    /// let code = ResultCode("1014", jobType: .enhancedKYC)
    /// if let row = code.row {
    ///     print(row.message, row.outcome, row.outcome.incursCharge)   // Error - Unsupported ID number format Error false
    /// }
    /// ```
    public var row: CodeTableRow? { visitTableCode(RowVisitor()) }

    /// Whether the code was resolved in a table (neither ambiguous nor unknown).
    public var isKnown: Bool {
        switch self {
        case .ambiguous, .unknown: false
        default: true
        }
    }
}

// MARK: - Opening the table's case

/// Something computed from the typed code of any table; generic, so that each table's call is
/// specialised rather than going through an existential.
protocol TableCodeVisitor {
    associatedtype Output
    func visit<Code: SmileIDResultCode>(_ code: Code) -> Output
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
            "\(code) \(row?.message ?? "") (\(table?.title ?? ""), \(row?.outcome.description ?? ""))"
        }
    }
}
