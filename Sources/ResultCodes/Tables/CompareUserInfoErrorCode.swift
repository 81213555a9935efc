/// The errors of `compare_user_info` (job type 9), returned as `{"code": …, "error": …}`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum CompareUserInfoErrorCode: String, SmileIDResultCode, Codable {
    /// 2421: the user has no successful Biometric KYC and Document Verification jobs.
    case kycAndDocumentVerificationRequired = "2421"
    /// 2205: the signature and/or timestamp is wrong, or is for the other environment.
    case notAuthorized = "2205"
    /// 2413: a required parameter is missing from the request body.
    case missingParameter = "2413"
}

extension CompareUserInfoErrorCode {
    /// Always ``ResultCodeTable/compareUserInfoErrors``.
    public static var table: ResultCodeTable { .compareUserInfoErrors }

    /// The code as a ``ResultCode``: ``ResultCode/compareUserInfoError(_:)``.
    public var resultCode: ResultCode { .compareUserInfoError(self) }

    /// The table's row for this code. The message is the table's "Error" column, verbatim; for
    /// 2413 the API replaces `<parameter>` with the missing parameter's name.
    public var row: CodeTableRow {
        switch self {
        case .kycAndDocumentVerificationRequired:
            CodeTableRow(
                "You must perform both KYC and Document Verification for this user.", .error, .requestError,
                .fixRequest)
        case .notAuthorized:
            CodeTableRow("You are not authorized to do that.", .error, .requestError, .fixRequest)
        case .missingParameter:
            CodeTableRow("<parameter> is missing", .error, .requestError, .fixRequest)
        }
    }

    /// What went wrong (the table's "Description" column), verbatim.
    public var explanation: String {
        switch self {
        case .kycAndDocumentVerificationRequired:
            "You sent a user_id that doesn’t have successful Biometric KYC and Document Verification jobs"
        case .notAuthorized:
            "Your signature and/or timestamp is incorrect or you are using the signature and timestamp for a wrong environment"
        case .missingParameter:
            "You didn’t send all the required parameters in the request body"
        }
    }

    /// Smile ID's recommended action, verbatim; `nil` for 2205, which has none.
    public var recommendedAction: String? {
        switch self {
        case .kycAndDocumentVerificationRequired: "Confirm that you sent the right user_id and retry"
        case .notAuthorized: nil
        case .missingParameter: "Compare your request body with the sample request provided above"
        }
    }
}
