/// What happened to one callback the sandbox sent.
public struct DeliveryRecord: Sendable, Hashable {
    /// The job's index in the run.
    public var jobIndex: Int
    /// Which step of the job's plan, as words (`deliver 0810 (late)`).
    public var step: String
    /// The result code the body carries.
    public var code: String
    /// Whether the body is the result Smile ID produced (not forged).
    public var isGenuine: Bool
    /// The callback, to send again when checking what the store kept.
    public var callback: SignedCallback
    /// The outcomes section 2 allows for it.
    public var expectedOutcomes: Set<String>
    /// The status of the last answer; `nil` when no answer came.
    public var status: Int?
    /// The `outcome` of the last answer.
    public var outcome: String?
    /// How many attempts it took (transport errors and 503 are retried, as Smile ID does).
    public var attempts: Int
    /// The statuses of 5xx answers it got on the way.
    public var serverErrors: [Int]
}
