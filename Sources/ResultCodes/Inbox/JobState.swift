public import Models

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Everything a ``JobInboxStore`` keeps about one job: its delivered results, its last
/// confirmation by `job_status`, its decision, what was last emitted, and when it is next
/// confirmed.
///
/// A store persists it (it is `Codable`; a SQL store may keep it as one JSON value beside the
/// columns it queries: ``nextConfirmationAt``, ``lease``, ``revision``) and changes it only
/// through the methods in ``JobState`` that ``JobInboxStore`` names, inside its own atomic
/// step, so that every store has the same semantics. ``revision`` grows with every change: it
/// is what ``JobInboxStore/settle(_:now:)`` compares and sets.
///
/// It holds the results as Smile ID sent them, personal data included; its `description` shows
/// codes and counts only.
public struct JobState: Sendable, Hashable, Codable {
    /// The job.
    public var job: JobKey
    /// The job type, from registration or the first result; `nil` until either.
    public var jobType: JobType?
    /// Whether the partner registered the job (``JobInbox/register(userID:jobID:jobType:now:)``).
    public var isRegistered: Bool
    /// When the job was first registered or seen: `give_up_after` counts from here.
    public var firstSeenAt: Date
    /// When a delivery or a confirmation last changed what is known of the job.
    public var lastChangedAt: Date
    /// The delivered results, one per result code, in order of arrival.
    public var results: [DeliveredResult]
    /// How many results were recorded so far (each is numbered by it; see
    /// ``DeliveredResult/arrival``).
    public var arrivals: Int
    /// The last `job_status` answer that counted; `nil` before the first.
    public var confirmation: Confirmation?
    /// The decision as of the last settlement; `nil` before the first decision.
    public var decision: JobDecision?
    /// The kind of the last decision emitted to the outbox; `nil` before the first emission.
    public var lastEmitted: Decision.Kind?
    /// When the job is next confirmed by `job_status`; `nil` when nothing is scheduled (the
    /// decision is final, or the job is older than `give_up_after`).
    public var nextConfirmationAt: Date?
    /// How many confirmations failed in a row since the last that counted.
    public var failedConfirmations: Int
    /// The confirmation under way, if any: whoever holds it asks `job_status` for this job.
    public var lease: ConfirmationLease?
    /// A number that grows with every change of this state.
    public var revision: Int

    /// A job first registered or seen at `now`, with nothing recorded and nothing scheduled.
    public init(job: JobKey, jobType: JobType?, now: Date) {
        self.job = job
        self.jobType = jobType
        isRegistered = false
        firstSeenAt = now
        lastChangedAt = now
        results = []
        arrivals = 0
        confirmation = nil
        decision = nil
        lastEmitted = nil
        nextConfirmationAt = nil
        failedConfirmations = 0
        lease = nil
        revision = 0
    }
}

// MARK: - Parts

extension JobState {
    /// One delivered result, with whether it is trusted.
    public struct DeliveredResult: Sendable, Hashable, Codable {
        /// The result as Smile ID sent it.
        public var result: JobResult
        /// Whether it came in a fresh delivery whose `timestamp` and `signature` were new (row 6
        /// of the inbox's table); otherwise it is unconfirmed (row 7) and decides nothing.
        public var isTrusted: Bool
        /// Its number among the job's results: 1 for the first recorded.
        public var arrival: Int
        /// When it was recorded.
        public var receivedAt: Date

        /// A delivered result.
        public init(result: JobResult, isTrusted: Bool, arrival: Int, receivedAt: Date) {
            self.result = result
            self.isTrusted = isTrusted
            self.arrival = arrival
            self.receivedAt = receivedAt
        }
    }

    /// A `job_status` answer that counted: signed with the partner's key, inside the freshness
    /// window, and of this job.
    public struct Confirmation: Sendable, Hashable, Codable {
        /// The answer.
        public var response: JobStatusResponse
        /// When it was recorded.
        public var confirmedAt: Date
        /// The job's ``JobState/arrivals`` when the confirmation was claimed: the delivered
        /// results it can have seen. Results with a higher ``DeliveredResult/arrival`` came
        /// after it.
        public var coversArrivals: Int

        /// A confirmation.
        public init(response: JobStatusResponse, confirmedAt: Date, coversArrivals: Int) {
            self.response = response
            self.confirmedAt = confirmedAt
            self.coversArrivals = coversArrivals
        }
    }
}

// MARK: - Reading

extension JobState {
    /// Whether the job is due for confirmation at `now` and free to claim: its
    /// ``nextConfirmationAt`` has come and no unexpired lease is held.
    public func isDue(at now: Date) -> Bool {
        guard let due = nextConfirmationAt, due <= now else { return false }
        return lease.map { $0.expiresAt <= now } ?? true
    }

    /// Whether results arrived that the last confirmation cannot have seen (all of them, when
    /// there was none).
    public var hasResultsAfterConfirmation: Bool {
        arrivals > (confirmation?.coversArrivals ?? 0)
    }

    /// Whether an unconfirmed result arrived that the last confirmation cannot have seen.
    public var hasUnconfirmedResultsAfterConfirmation: Bool {
        let covered = confirmation?.coversArrivals ?? 0
        return results.contains { !$0.isTrusted && $0.arrival > covered }
    }
}

extension JobState: CustomStringConvertible {
    /// The job, its codes with their trust, the decision and what was emitted: no personal value.
    public var description: String {
        let codes = results.map { "\($0.result.resultCode)\($0.isTrusted ? "" : " (unconfirmed)")" }
        var parts = ["job: \(job)", "results: [\(codes.joined(separator: ", "))]"]
        if let jobType { parts.append("jobType: \(jobType.rawValue)") }
        if confirmation != nil { parts.append("confirmed") }
        if let decision { parts.append("decision: \(decision.kind.rawValue)") }
        if let lastEmitted { parts.append("lastEmitted: \(lastEmitted.rawValue)") }
        return "JobState(\(parts.joined(separator: ", ")))"
    }
}
