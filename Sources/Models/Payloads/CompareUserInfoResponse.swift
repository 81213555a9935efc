/// The response of `compare_user_info` (job type 9): the overall match and each field's outcome.
///
/// Encodes with the keys in the order of Smile ID's sample response. `SmileJobID`,
/// `PartnerParams`, `signature` and `timestamp` are optional: a locally computed comparison has
/// them only when the caller supplies them.
public struct CompareUserInfoResponse: Sendable, Hashable {
    /// Smile ID's reference number of the job.
    public var smileJobID: String?
    /// The job-tracking parameters sent with the request.
    public var partnerParams: PartnerParams?
    /// The overall outcome as text: `"Exact Match"`, `"Partial Match"` or `"No Match"`.
    public var resultText: String
    /// The overall outcome as a code: `"1020"`, `"1021"` or `"1022"`.
    public var resultCode: String
    /// Each field's outcome (`Name`, `DOB`, …) and `ID_Verification`.
    public var actions: Actions
    /// The response signature, to be verified with the partner's API key.
    public var signature: String?
    /// The time the signature was computed over, exactly as sent (a JSON number as its digits;
    /// see ``timestampIsNumber``).
    public var timestamp: String?
    /// Whether ``timestamp`` arrived as a JSON number; it is then encoded back as a number.
    public var timestampIsNumber = false

    /// Creates a response.
    public init(
        smileJobID: String? = nil,
        partnerParams: PartnerParams? = nil,
        resultText: String,
        resultCode: String,
        actions: Actions,
        signature: String? = nil,
        timestamp: String? = nil
    ) {
        self.smileJobID = smileJobID
        self.partnerParams = partnerParams
        self.resultText = resultText
        self.resultCode = resultCode
        self.actions = actions
        self.signature = signature
        self.timestamp = timestamp
    }

    enum CodingKeys: String, CodingKey {
        case smileJobID = "SmileJobID"
        case partnerParams = "PartnerParams"
        case resultText = "ResultText"
        case resultCode = "ResultCode"
        case actions = "Actions"
        case signature
        case timestamp
    }
}

extension CompareUserInfoResponse: Codable {
    /// Decodes a response; `ResultText`, `ResultCode` and `Actions` are required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        smileJobID = try container.decodeIfPresent(String.self, forKey: .smileJobID)
        partnerParams = try container.decodeIfPresent(PartnerParams.self, forKey: .partnerParams)
        resultText = try container.decode(String.self, forKey: .resultText)
        resultCode = try container.decode(String.self, forKey: .resultCode)
        actions = try container.decode(Actions.self, forKey: .actions)
        signature = try container.decodeIfPresent(String.self, forKey: .signature)
        let signedTimestamp = try container.decodeSignedTimestampIfPresent(forKey: .timestamp)
        timestamp = signedTimestamp?.text
        timestampIsNumber = signedTimestamp?.isNumber ?? false
    }

    /// Encodes the response with the keys in the order of Smile ID's sample; `timestamp` in the
    /// form it arrived in.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(smileJobID, forKey: .smileJobID)
        try container.encodeIfPresent(partnerParams, forKey: .partnerParams)
        try container.encode(resultText, forKey: .resultText)
        try container.encode(resultCode, forKey: .resultCode)
        try container.encode(actions, forKey: .actions)
        try container.encodeIfPresent(signature, forKey: .signature)
        try container.encodeSignedTimestamp(timestamp, isNumber: timestampIsNumber, forKey: .timestamp)
    }
}
