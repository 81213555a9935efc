/// Enhanced KYC (ID validation, job type 5) result codes: an ID number looked up at the ID
/// authority.
///
/// The synchronous ID API request behind it has its own errors, ``IDAPIErrorCode``.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum EnhancedKYCCode: String, SmileIDResultCode, Codable {
    /// 1012: the ID is valid; approved (in Biometric KYC, 1012 is provisionally approved).
    case validID = "1012"
    /// 1013: the ID is invalid (not found).
    case invalidID = "1013"
    /// 1014: the ID number format is not supported; an error (in Biometric KYC, a rejection).
    case unsupportedIDNumberFormat = "1014"
    /// 1015: the ID authority is unavailable; an error, not charged.
    case queriedDatabaseUnavailable = "1015"
    /// 1016: the product must be activated.
    case productActivationRequired = "1016"
    /// 2211: (mobile SDK only) the ID validation failed; rejected.
    case idValidationFailed = "2211"
    /// 2212: (mobile SDK only) the HTTP request failed. (As a general failure, 2212 is
    /// ``GeneralFailureCode/invalidJobType``.)
    case httpRequestFailed = "2212"
}

// MARK: - Rows

extension EnhancedKYCCode {
    /// Always ``ResultCodeTable/enhancedKYC``.
    public static var table: ResultCodeTable { .enhancedKYC }

    /// The code as a ``ResultCode``: ``ResultCode/enhancedKYC(_:)``.
    public var resultCode: ResultCode { .enhancedKYC(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .validID:
            CodeTableRow("Valid ID", .approved, .idLookup, .nothing)
        case .invalidID:
            CodeTableRow("Invalid ID", .rejected, .idLookup, .nothing)
        case .unsupportedIDNumberFormat:
            CodeTableRow("Error - Unsupported ID number format", .error, .idLookup, .fixRequest)
        case .queriedDatabaseUnavailable:
            CodeTableRow(
                "Error - Queried Database Unavailable", .error, .idLookup, .retryLater,
                footnote: Self.databaseUnavailableFootnote)
        case .productActivationRequired:
            CodeTableRow("Error - Need to Activate Product", .error, .requestError, .fixRequest)
        case .idValidationFailed:
            CodeTableRow("(Mobile SDK Only) ID Validation Failed", .rejected, .idLookup, .nothing)
        case .httpRequestFailed:
            CodeTableRow("(Mobile SDK Only) Error - HTTP Request Failed", .error, .idLookup, .retryLater)
        }
    }

    private static let databaseUnavailableFootnote =
        "Queried Database Unavailable refers to the ID Authority where we verify the ID number provided and if it has downtime. ID Authority downtime is monitored from the portal in our ID Status page. To find out when an ID authority is back up you can use our ID Status API."
}
