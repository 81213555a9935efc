/// The body of a `compare_user_info` request (job type 9).
///
/// Every parameter is optional in the type so that a request with a missing one still decodes;
/// ``validate()`` then reports the first missing parameter as Smile ID would (code 2413).
///
/// Smile ID's page swaps the descriptions of `signature` and `timestamp`; here `signature` is the
/// request signature and `timestamp` the ISO 8601 time it was computed over.
public struct CompareUserInfoRequest: Sendable, Hashable {
    /// The integration used; `"rest_api"` for the REST API.
    public var sourceSDK: String?
    /// The version of the integration used.
    public var sourceSDKVersion: String?
    /// The partner's Smile ID partner ID.
    public var partnerID: String?
    /// The time the signature was computed over, exactly as signed.
    public var timestamp: String?
    /// The request signature (see ``SignatureKey``).
    public var signature: String?
    /// The user whose Biometric KYC and Document Verification jobs are compared.
    public var userID: String?
    /// The ISO 3166-1 alpha-2 country of issuance of the ID.
    public var country: String?
    /// The ID or document type, such as `"PASSPORT"`.
    public var idType: String?

    /// Creates a request.
    public init(
        sourceSDK: String? = "rest_api",
        sourceSDKVersion: String? = nil,
        partnerID: String? = nil,
        timestamp: String? = nil,
        signature: String? = nil,
        userID: String? = nil,
        country: String? = nil,
        idType: String? = nil
    ) {
        self.sourceSDK = sourceSDK
        self.sourceSDKVersion = sourceSDKVersion
        self.partnerID = partnerID
        self.timestamp = timestamp
        self.signature = signature
        self.userID = userID
        self.country = country
        self.idType = idType
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceSDK = "source_sdk"
        case sourceSDKVersion = "source_sdk_version"
        case partnerID = "partner_id"
        case timestamp
        case signature
        case userID = "user_id"
        case country
        case idType = "id_type"
    }
}

extension CompareUserInfoRequest: Codable {}

extension CompareUserInfoRequest {
    /// The wire names of the required parameters, in the order Smile ID's table lists them.
    public static let requiredParameters: [String] = CodingKeys.allCases.map(\.rawValue)

    /// The wire name of the first required parameter that is absent or blank, or `nil`.
    public var firstMissingParameter: String? {
        let values: [String?] = [
            sourceSDK, sourceSDKVersion, partnerID, timestamp, signature, userID, country, idType,
        ]
        for (name, value) in zip(Self.requiredParameters, values) {
            guard let value, !value.trimmingASCIIWhitespace().isEmpty else { return name }
        }
        return nil
    }

    /// Checks that every required parameter is present, as Smile ID does before running the job.
    ///
    /// - Throws: ``APIErrorResponse`` with code `"2413"` and the message `"<parameter> is
    ///   missing"` for the first missing parameter, in the order of Smile ID's table.
    public func validate() throws(APIErrorResponse) {
        if let missing = firstMissingParameter {
            throw APIErrorResponse(code: "2413", error: "\(missing) is missing")
        }
    }
}
