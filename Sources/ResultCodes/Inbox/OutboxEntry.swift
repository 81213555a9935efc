/// One emitted decision: a change of a job's decision, appended to the durable outbox that the
/// partner's code reads in order (``JobInbox/outbox(after:limit:)``).
///
/// It encodes as `{"seq", "user_id", "job_id", "decision", "reason"}`.
public struct OutboxEntry: Sendable, Hashable, Codable {
    /// Its place in the outbox: it only grows, so a reader resumes after the last it handled.
    public var sequence: Int
    /// The job.
    public var job: JobKey
    /// What to do now.
    public var kind: Decision.Kind
    /// Why, in one sentence that names codes but never a personal value.
    public var reason: String

    /// An entry.
    public init(sequence: Int, job: JobKey, kind: Decision.Kind, reason: String) {
        self.sequence = sequence
        self.job = job
        self.kind = kind
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case sequence = "seq"
        case userID = "user_id"
        case jobID = "job_id"
        case kind = "decision"
        case reason
    }

    /// Decodes `{"seq", "user_id", "job_id", "decision", "reason"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try container.decode(Int.self, forKey: .sequence)
        job = JobKey(
            userID: try container.decode(String.self, forKey: .userID),
            jobID: try container.decode(String.self, forKey: .jobID))
        kind = try container.decode(Decision.Kind.self, forKey: .kind)
        reason = try container.decode(String.self, forKey: .reason)
    }

    /// Encodes `{"seq", "user_id", "job_id", "decision", "reason"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(job.userID, forKey: .userID)
        try container.encode(job.jobID, forKey: .jobID)
        try container.encode(kind, forKey: .kind)
        try container.encode(reason, forKey: .reason)
    }
}
