/// Errors of the synchronous ID API request (the Enhanced KYC endpoint, job type 5): 23xx.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum IDAPIErrorCode: String, SmileIDResultCode, Codable {
    /// 2301: a system error.
    case systemError = "2301"
    /// 2303: the request body is not valid JSON.
    case invalidJSON = "2303"
    /// 2313: a required field is missing.
    case missingRequiredField = "2313"
    /// 2305: the signature (`sec_key`) is invalid.
    case invalidSignature = "2305"
    /// 2312: the job type is invalid.
    case invalidJobType = "2312"
    /// 2314: the product must be activated. (As a general failure, 2314 is
    /// ``GeneralFailureCode/noZipFileReceived``.)
    case productActivationRequired = "2314"
}

// MARK: - Rows

extension IDAPIErrorCode {
    /// Always ``ResultCodeTable/idAPIErrors``.
    public static var table: ResultCodeTable { .idAPIErrors }

    /// The code as a ``ResultCode``: ``ResultCode/idAPIError(_:)``.
    public var resultCode: ResultCode { .idAPIError(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .systemError:
            CodeTableRow("Error - System Error", .error, .requestError, .retryLater)
        case .invalidJSON:
            CodeTableRow("Error - Invalid JSON", .error, .requestError, .fixRequest)
        case .missingRequiredField:
            CodeTableRow("Error - Missing Required Field", .error, .requestError, .fixRequest)
        case .invalidSignature:
            CodeTableRow("Error - Invalid Signature (sec_key)", .error, .requestError, .fixRequest)
        case .invalidJobType:
            CodeTableRow("Error - Invalid Job Type", .error, .requestError, .fixRequest)
        case .productActivationRequired:
            CodeTableRow("Error - Product Activation Required", .error, .requestError, .fixRequest)
        }
    }
}
