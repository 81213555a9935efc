public import Models

/// What one ``JobInbox/tick(now:)`` did: safe to log (reasons and counts; the emitted entries
/// carry the partner's own job IDs).
public struct TickReport: Sendable, Hashable {
    /// The jobs that were due.
    public var due: Int
    /// The `job_status` answers that counted.
    public var confirmed: Int
    /// The jobs decided from their trusted deliveries without asking `job_status`
    /// (``JobInbox/ConfirmationMode/whenUntrusted``).
    public var decidedWithoutConfirmation: Int
    /// Why each failed confirmation failed; each is retried with backoff.
    public var failures: [JobInbox.ConfirmationFailure]
    /// The decisions this tick appended to the outbox.
    public var emitted: [OutboxEntry]
    /// How many times the store could not be reached (the work is retried at the next tick).
    public var storeErrors: Int

    /// An empty report.
    public init(
        due: Int = 0, confirmed: Int = 0, decidedWithoutConfirmation: Int = 0,
        failures: [JobInbox.ConfirmationFailure] = [], emitted: [OutboxEntry] = [], storeErrors: Int = 0
    ) {
        self.due = due
        self.confirmed = confirmed
        self.decidedWithoutConfirmation = decidedWithoutConfirmation
        self.failures = failures
        self.emitted = emitted
        self.storeErrors = storeErrors
    }
}

extension JobInbox {
    /// Why a `job_status` answer did not count. Each is a failed confirmation: retried with
    /// backoff, never trusted, nothing emitted.
    #if hasAttribute(nonexhaustive)
    @nonexhaustive
    #endif
    public enum ConfirmationFailure: Error, Sendable, Hashable {
        /// The transport threw (a connection error, a timeout, an answer other than 2xx).
        case transport
        /// The answer is not a job-status response: empty, not JSON, a repeated key, an error
        /// body, or a missing or wrong field (the path and what was expected).
        case notAJobStatus(DecodingFailure)
        /// The answer's signature is not the partner's.
        case signature(SignatureVerification)
        /// The answer's timestamp is outside the freshness window, or unreadable.
        case stale
        /// A result of the answer names another job (`user_id` and `job_id`).
        case anotherJob
        /// The answer's results are not of one job (``ResultTrailError``).
        case inconsistentTrail(ResultTrailError)
    }
}

extension JobInbox.ConfirmationFailure: CustomStringConvertible {
    /// One line, safe to log.
    public var description: String {
        switch self {
        case .transport: "the transport failed"
        case .notAJobStatus(let failure): "the answer is not a job-status response: \(failure)"
        case .signature(let verification): "the answer's signature is not valid (\(verification.reason))"
        case .stale: "the answer's timestamp is outside the freshness window"
        case .anotherJob: "the answer holds a result of another job"
        case .inconsistentTrail(let error): "the answer's results are not of one job: \(error)"
        }
    }
}
