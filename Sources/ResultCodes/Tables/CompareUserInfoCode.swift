/// The result codes of `compare_user_info` (job type 9): the overall match of two records.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum CompareUserInfoCode: String, Sendable, Hashable, CaseIterable, Codable {
    /// 1020: every compared field matched exactly.
    case exactMatch = "1020"
    /// 1021: at least one compared field matched exactly, partially or transposed.
    case partialMatch = "1021"
    /// 1022: no compared field matched.
    case noMatch = "1022"
}

extension CompareUserInfoCode {
    /// The response's `ResultText`: `Exact Match`, `Partial Match` or `No Match`.
    public var resultText: String {
        switch self {
        case .exactMatch: "Exact Match"
        case .partialMatch: "Partial Match"
        case .noMatch: "No Match"
        }
    }

    /// Smile ID's recommended action: `Approve`, `Custom business logic` or `Reject`.
    public var recommendedAction: String {
        switch self {
        case .exactMatch: "Approve"
        case .partialMatch: "Custom business logic"
        case .noMatch: "Reject"
        }
    }
}

// MARK: - SmileIDResultCode

extension CompareUserInfoCode: SmileIDResultCode {
    /// Always ``ResultCodeTable/compareUserInfo``.
    public static var table: ResultCodeTable { .compareUserInfo }

    /// The code as a ``ResultCode``: ``ResultCode/compareUserInfo(_:)``.
    public var resultCode: ResultCode { .compareUserInfo(self) }

    /// The table's row for this code: 1020 approved, 1021 provisionally approved (apply your own
    /// business logic), 1022 rejected.
    public var row: CodeTableRow {
        switch self {
        case .exactMatch:
            CodeTableRow(
                "All of the fields on the ID card image exactly match the ID info in the ID authority database.",
                .approved, .result, .nothing)
        case .partialMatch:
            CodeTableRow(
                "At least one of the fields on the ID card image partially/exactly matches the ID info in the ID authority database.",
                .provisionallyApproved, .result, .partnerReview)
        case .noMatch:
            CodeTableRow(
                "None of the fields on the ID card image partially/exactly match the ID info in the ID authority database.",
                .rejected, .result, .nothing)
        }
    }
}
