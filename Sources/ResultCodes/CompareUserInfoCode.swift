/// The result codes of `compare_user_info` (job type 9): the overall match of two records.
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

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .exactMatch:
            "All of the fields on the ID card image exactly match the ID info in the ID authority database."
        case .partialMatch:
            "At least one of the fields on the ID card image partially/exactly matches the ID info in the ID authority database."
        case .noMatch:
            "None of the fields on the ID card image partially/exactly match the ID info in the ID authority database."
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

    /// 1020 is approved, 1021 provisionally approved (apply custom business logic), 1022 rejected.
    public var outcome: Outcome {
        switch self {
        case .exactMatch: .approved
        case .partialMatch: .provisionallyApproved
        case .noMatch: .rejected
        }
    }
}

// MARK: - SmileIDResultCode

extension CompareUserInfoCode: SmileIDResultCode {
    /// Always ``ResultCodeTable/compareUserInfo``.
    public static var table: ResultCodeTable { .compareUserInfo }
}
