/// The body of a request to Smile ID's `job_status` endpoint (`POST /v1/job_status`): how a
/// server confirms a callback by asking Smile ID over TLS.
///
/// A callback's signature does not cover its body, so a server that must be sure of a result
/// asks for it again, signed with `SignatureKey.sign(_:timestamp:)`:
///
/// ```swift
/// var request = JobStatusRequest(userID: result.partnerParams.userID,
///                                jobID: result.partnerParams.jobID)
/// key.sign(&request, timestamp: isoTimestampNow)
/// let body = try JSONEncoder().encode(request)
/// // POST body to https://api.smileidentity.com/v1/job_status (testapi. for the sandbox),
/// // decode the answer as JobStatusResponse, check key.verify(response), and use its result.
/// ```
public struct JobStatusRequest: Sendable, Hashable, Codable {
    /// The partner ID; set by signing.
    public var partnerID: String?
    /// The time the signature is computed over, as sent; set by signing.
    public var timestamp: String?
    /// The request signature; set by signing.
    public var signature: String?
    /// The partner's user ID of the job (`PartnerParams.user_id`).
    public var userID: String
    /// The partner's job ID (`PartnerParams.job_id`).
    public var jobID: String
    /// Whether to include links to the job's images.
    public var imageLinks: Bool
    /// Whether to include every result of the job (`history`).
    public var history: Bool

    /// Creates an unsigned request for one job.
    public init(
        userID: String,
        jobID: String,
        imageLinks: Bool = false,
        history: Bool = false,
        partnerID: String? = nil,
        timestamp: String? = nil,
        signature: String? = nil
    ) {
        self.partnerID = partnerID
        self.timestamp = timestamp
        self.signature = signature
        self.userID = userID
        self.jobID = jobID
        self.imageLinks = imageLinks
        self.history = history
    }

    enum CodingKeys: String, CodingKey {
        case partnerID = "partner_id"
        case timestamp
        case signature
        case userID = "user_id"
        case jobID = "job_id"
        case imageLinks = "image_links"
        case history
    }
}

extension SignatureKey {
    /// Sets `request`'s partner ID, timestamp and signature so that it is signed with this key.
    ///
    /// - Parameters:
    ///   - request: The request to sign; its job and options are unchanged.
    ///   - timestamp: The time to sign, as the exact string to send in `timestamp` (ISO 8601,
    ///     such as `"2024-05-01T12:00:00.000Z"`).
    public func sign(_ request: inout JobStatusRequest, timestamp: String) {
        request.partnerID = partnerID
        request.timestamp = timestamp
        request.signature = signature(timestamp: timestamp)
    }
}
