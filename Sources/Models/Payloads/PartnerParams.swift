/// The job-tracking parameters a partner sent with a job, echoed back in its results.
///
/// `user_id`, `job_id` and `job_type` are modelled; any other key the partner sent is kept in
/// ``additionalParameters`` and encoded back at the same level.
public struct PartnerParams: Sendable, Hashable {
    /// The partner's identifier of the user.
    public var userID: String
    /// The partner's identifier of the job.
    public var jobID: String
    /// The job type; sent as a number or a numeric string, encoded as a number.
    public var jobType: JobType
    /// Every other key the partner sent, with its value unchanged.
    public var additionalParameters: [String: JSONValue]

    /// Creates partner parameters.
    public init(userID: String, jobID: String, jobType: JobType, additionalParameters: [String: JSONValue] = [:]) {
        self.userID = userID
        self.jobID = jobID
        self.jobType = jobType
        self.additionalParameters = additionalParameters
    }

    enum CodingKeys: String, ModelledKeys {
        /// The text of every case, for ``ObjectKey``.
        static let stringValues = KeyNames(Self.self)

        case userID = "user_id"
        case jobID = "job_id"
        case jobType = "job_type"
    }
}

extension PartnerParams: Codable {
    /// Decodes the three modelled keys (each required) and keeps every other key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ObjectKey<CodingKeys>.self)
        userID = try container.decode(String.self, forKey: .modelled(.userID))
        jobID = try container.decode(String.self, forKey: .modelled(.jobID))
        jobType = try container.decode(JobType.self, forKey: .modelled(.jobType))
        additionalParameters = try AdditionalFields.decode(from: container, of: decoder)
    }

    /// Encodes the modelled keys and every additional parameter at the same level.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(userID, forKey: .userID)
        try container.encode(jobID, forKey: .jobID)
        try container.encode(jobType, forKey: .jobType)
        try AdditionalFields.encode(additionalParameters, to: encoder)
    }
}
