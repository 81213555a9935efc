public import Models

/// The name of one job: the partner's own `user_id` and `job_id`, as `PartnerParams` carries them
/// and `job_status` takes them.
///
/// Smile ID's `SmileJobID` is not used: it may be absent, and `job_status` does not take it.
/// The two IDs are the partner's own identifiers, not personal data Smile ID returns; they may
/// appear in the outbox and a job's state (and in the partner's logs, if it wants them there).
public struct JobKey: Sendable, Hashable, Codable {
    /// The partner's identifier of the user (`PartnerParams.user_id`).
    public var userID: String
    /// The partner's identifier of the job (`PartnerParams.job_id`).
    public var jobID: String

    /// The key of the job `userID` and `jobID` name.
    public init(userID: String, jobID: String) {
        self.userID = userID
        self.jobID = jobID
    }

    /// The key of the job a result's `PartnerParams` name.
    public init(_ partnerParams: PartnerParams) {
        self.init(userID: partnerParams.userID, jobID: partnerParams.jobID)
    }

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case jobID = "job_id"
    }
}

extension JobKey: CustomStringConvertible {
    /// `user_id/job_id`.
    public var description: String { "\(userID)/\(jobID)" }
}
