/// Errors of the synchronous ID API request (the Enhanced KYC endpoint, job type 5): 23xx.
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

extension IDAPIErrorCode {
    /// Always ``ResultCodeTable/idAPIErrors``.
    public static var table: ResultCodeTable { .idAPIErrors }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .systemError: "Error - System Error"
        case .invalidJSON: "Error - Invalid JSON"
        case .missingRequiredField: "Error - Missing Required Field"
        case .invalidSignature: "Error - Invalid Signature (sec_key)"
        case .invalidJobType: "Error - Invalid Job Type"
        case .productActivationRequired: "Error - Product Activation Required"
        }
    }

    /// Every ID API code is an error.
    public var outcome: Outcome { .error }
}
