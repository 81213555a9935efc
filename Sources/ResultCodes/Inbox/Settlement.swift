#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The inbox's conclusion about a job, made from one ``JobState/revision`` of its state: the
/// decision, whether it is emitted, and when the job is next confirmed. A store applies it with
/// ``JobInboxStore/settle(_:now:)`` only if the job has not changed since (compare-and-set on
/// the revision), so that two inboxes racing on one job emit each change once.
public struct Settlement: Sendable, Hashable {
    /// The job.
    public var job: JobKey
    /// The ``JobState/revision`` the decision was made from.
    public var revision: Int
    /// The decision; `nil` when none can be made yet (an unconfirmed result waits for
    /// `job_status`): the job's decision is then left as it is.
    public var decision: JobDecision?
    /// When the job is next confirmed; `nil` for never.
    public var nextConfirmationAt: Date?
    /// The lease of the confirmation that led here, released by settling; `nil` when the
    /// settlement follows a delivery.
    public var lease: ConfirmationLease?

    /// A settlement.
    public init(
        job: JobKey, revision: Int, decision: JobDecision?, nextConfirmationAt: Date?, lease: ConfirmationLease?
    ) {
        self.job = job
        self.revision = revision
        self.decision = decision
        self.nextConfirmationAt = nextConfirmationAt
        self.lease = lease
    }

    /// The kind this settlement emits to the outbox for a job whose last emitted kind is
    /// `lastEmitted`: its decision's, when that is not ``Decision/Kind/wait`` and differs from
    /// `lastEmitted`; otherwise `nil`.
    public func emission(after lastEmitted: Decision.Kind?) -> Decision.Kind? {
        guard let kind = decision?.kind, kind != .wait, kind != lastEmitted else { return nil }
        return kind
    }
}

/// What ``JobInboxStore/settle(_:now:)`` did.
public enum SettlementResult: Sendable, Hashable {
    /// The job had not changed: the settlement was applied, and the entry it appended to the
    /// outbox, if any, is given.
    case settled(OutboxEntry?)
    /// The job changed since the settlement's revision: nothing was applied. The job's current
    /// state is given (`nil` if the store has no such job), to decide again from.
    case outdated(JobState?)
}
