public import Models

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The right to confirm one job by `job_status` until an expiry: what keeps two inboxes (two
/// server instances sharing a store) from confirming one job at once, while a crashed
/// instance's lease simply runs out.
public struct ConfirmationLease: Sendable, Hashable, Codable {
    /// Who holds it: unique to one claim (``JobInbox`` makes a random one each time).
    public var holder: String
    /// When it ends: another claim may take the job from then on.
    public var expiresAt: Date

    /// A lease.
    public init(holder: String, expiresAt: Date) {
        self.holder = holder
        self.expiresAt = expiresAt
    }
}

/// How one confirmation of a job by `job_status` ended, as the inbox records it with
/// ``JobInboxStore/recordConfirmation(_:of:lease:now:)``.
public enum ConfirmationOutcome: Sendable, Hashable {
    /// The answer counted (signed, fresh, of this job). `coversArrivals` is the job's
    /// ``JobState/arrivals`` when the confirmation was claimed. The lease stays held: the inbox
    /// settles the job next (``JobInboxStore/settle(_:now:)``), which releases it.
    case confirmed(JobStatusResponse, coversArrivals: Int)
    /// The confirmation failed (a transport error, an error answer, a bad signature, a stale
    /// answer, another job's results); it is retried at `retryAt` (`nil`: not again). The lease
    /// is released.
    case failed(retryAt: Date?)
}
