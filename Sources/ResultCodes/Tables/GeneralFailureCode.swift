/// General failures: codes that apply to every job type; no further processing is possible.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum GeneralFailureCode: String, SmileIDResultCode, Codable {
    /// 0001: the submitted data is invalid.
    case dataInvalid = "0001"
    /// 0903: the uploaded zip file is corrupt.
    case zipCorrupt = "0903"
    /// 0907: a possible spoof was detected under a strict setting.
    case possibleSpoofStrictSetting = "0907"
    /// 2405: the request is not authorized (often a miscalculated signature).
    case notAuthorized = "2405"
    /// 2314: no zip file was received. (In the ID API, job type 5, 2314 is
    /// ``IDAPIErrorCode/productActivationRequired``.)
    case noZipFileReceived = "2314"
    /// 2203: the request body is not valid JSON.
    case invalidJSON = "2203"
    /// 2213: a required parameter is missing.
    case missingRequiredParameter = "2213"
    /// 2204: a parameter is of the wrong data type.
    case wrongParameterType = "2204"
    /// 2205: the request is not authorized: the signature and/or timestamp is wrong, or is for
    /// the other environment.
    case signatureNotAuthorized = "2205"
    /// 2220: production is not enabled for this account.
    case productionNotEnabled = "2220"
    /// 2212: the job type is invalid. (In Enhanced KYC, 2212 is
    /// ``EnhancedKYCCode/httpRequestFailed``.)
    case invalidJobType = "2212"
    /// 2215: a job with this job ID already exists.
    case jobAlreadyExists = "2215"
}

// MARK: - Rows

extension GeneralFailureCode {
    /// Always ``ResultCodeTable/general``.
    public static var table: ResultCodeTable { .general }

    /// The code as a ``ResultCode``: ``ResultCode/general(_:)``.
    public var resultCode: ResultCode { .general(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .dataInvalid:
            CodeTableRow("Data Invalid", .rejected, .generalFailure, .nothing)
        case .zipCorrupt:
            CodeTableRow("Zip Corrupt", .rejected, .generalFailure, .nothing)
        case .possibleSpoofStrictSetting:
            CodeTableRow("FAIL - Possible Spoof - Strict Setting", .rejected, .generalFailure, .nothing)
        case .notAuthorized:
            CodeTableRow(
                "Error - \"You are not authorized to do that\"", .error, .requestError, .fixRequest,
                footnote: Self.authorizationFootnote)
        case .noZipFileReceived:
            CodeTableRow("Error - No Zip File Received", .error, .requestError, .fixRequest)
        case .invalidJSON:
            CodeTableRow("Error - Invalid JSON", .error, .requestError, .fixRequest)
        case .missingRequiredParameter:
            CodeTableRow("Error - A required parameter is missing", .error, .requestError, .fixRequest)
        case .wrongParameterType:
            CodeTableRow("Error - A parameter is of the wrong data type", .error, .requestError, .fixRequest)
        case .signatureNotAuthorized:
            CodeTableRow(
                "Error - You are not authorized to do that.", .error, .requestError, .fixRequest,
                footnote: Self.authorizationFootnote)
        case .productionNotEnabled:
            CodeTableRow(
                "Error - Production is not enabled for this account. Please complete your KYC with Smile Identity.",
                .error, .requestError, .fixRequest)
        case .invalidJobType:
            CodeTableRow("Error - Invalid job type", .error, .requestError, .fixRequest)
        case .jobAlreadyExists:
            CodeTableRow("Error - Job already exists for", .error, .requestError, .fixRequest)
        }
    }

    private static let authorizationFootnote =
        "If you are seeing this error and are not using one of our open-source server-side libraries (Java, Ruby, Javascript), you may be miscalculating the Security Key. Also check the Moving to Production section to ensure that you have changed your API Key."
}
