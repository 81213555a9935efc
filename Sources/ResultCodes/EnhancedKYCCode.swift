/// Enhanced KYC (ID validation, job type 5) result codes: an ID number looked up at the ID
/// authority.
///
/// The synchronous ID API request behind it has its own errors, ``IDAPIErrorCode``.
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

extension EnhancedKYCCode {
    /// Always ``ResultCodeTable/enhancedKYC``.
    public static var table: ResultCodeTable { .enhancedKYC }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .validID: "Valid ID"
        case .invalidID: "Invalid ID"
        case .unsupportedIDNumberFormat: "Error - Unsupported ID number format"
        case .queriedDatabaseUnavailable: "Error - Queried Database Unavailable"
        case .productActivationRequired: "Error - Need to Activate Product"
        case .idValidationFailed: "(Mobile SDK Only) ID Validation Failed"
        case .httpRequestFailed: "(Mobile SDK Only) Error - HTTP Request Failed"
        }
    }

    /// The table's "Result" column.
    public var outcome: Outcome {
        switch self {
        case .validID: .approved
        case .invalidID, .idValidationFailed: .rejected
        case .unsupportedIDNumberFormat, .queriedDatabaseUnavailable, .productActivationRequired,
            .httpRequestFailed:
            .error
        }
    }

    /// For 1015: what "Queried Database Unavailable" refers to and how to follow ID authority
    /// downtime.
    public var footnote: String? {
        switch self {
        case .queriedDatabaseUnavailable:
            "Queried Database Unavailable refers to the ID Authority where we verify the ID number provided and if it has downtime. ID Authority downtime is monitored from the portal in our ID Status page. To find out when an ID authority is back up you can use our ID Status API."
        default: nil
        }
    }
}
