/// General failures: codes that apply to every job type; no further processing is possible.
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

extension GeneralFailureCode {
    /// Always ``ResultCodeTable/general``.
    public static var table: ResultCodeTable { .general }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .dataInvalid: "Data Invalid"
        case .zipCorrupt: "Zip Corrupt"
        case .possibleSpoofStrictSetting: "FAIL - Possible Spoof - Strict Setting"
        case .notAuthorized: "Error - \"You are not authorized to do that\""
        case .noZipFileReceived: "Error - No Zip File Received"
        case .invalidJSON: "Error - Invalid JSON"
        case .missingRequiredParameter: "Error - A required parameter is missing"
        case .wrongParameterType: "Error - A parameter is of the wrong data type"
        case .signatureNotAuthorized: "Error - You are not authorized to do that."
        case .productionNotEnabled:
            "Error - Production is not enabled for this account. Please complete your KYC with Smile Identity."
        case .invalidJobType: "Error - Invalid job type"
        case .jobAlreadyExists: "Error - Job already exists for"
        }
    }

    /// 0001, 0903 and 0907 are rejections; every other general failure is an error.
    public var outcome: Outcome {
        switch self {
        case .dataInvalid, .zipCorrupt, .possibleSpoofStrictSetting:
            .rejected
        case .notAuthorized, .noZipFileReceived, .invalidJSON, .missingRequiredParameter,
            .wrongParameterType, .signatureNotAuthorized, .productionNotEnabled, .invalidJobType,
            .jobAlreadyExists:
            .error
        }
    }

    /// For 2405 and 2205: the advice to check how the signature (Security Key) is computed.
    public var footnote: String? {
        switch self {
        case .notAuthorized, .signatureNotAuthorized: Self.authorizationFootnote
        default: nil
        }
    }

    private static let authorizationFootnote =
        "If you are seeing this error and are not using one of our open-source server-side libraries (Java, Ruby, Javascript), you may be miscalculating the Security Key. Also check the Moving to Production section to ensure that you have changed your API Key."
}
