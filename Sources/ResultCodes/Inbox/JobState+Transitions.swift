public import Models

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

// Every change a store makes to a job's state, written once here: a store loads the state,
// calls one of these inside its atomic step (a lock, a transaction), and saves it, so that the
// in-memory store and the SQL ones have the same semantics. `JobInboxStoreConformance` checks
// the atomicity and the persistence, which are each store's own.

extension JobState {
    /// The most results a job keeps: a job has at most a few (a Biometric KYC job three), so
    /// more distinct codes can only come from bodies forged under a captured signature.
    public static let maximumResults = 32

    /// Records a delivery's results (``JobInboxStore/record(_:now:)``); the number that were new.
    ///
    /// - A result of another job is ignored.
    /// - A result whose code the job already has is a redelivery and nothing new, unless it is
    ///   trusted and the kept one is not: the trusted one then replaces it.
    /// - Past ``maximumResults``, a new code is nothing new.
    /// - A new result is numbered by ``arrivals``; it makes the job due for confirmation now,
    ///   clears the failure count and bumps the revision. The job type is set from the first
    ///   result when unknown.
    @discardableResult
    public mutating func record(_ delivered: [JobResult], isTrusted: Bool, now: Date) -> Int {
        var new = 0
        for result in delivered
        where result.partnerParams.userID == job.userID && result.partnerParams.jobID == job.jobID {
            if let kept = results.firstIndex(where: { $0.result.resultCode == result.resultCode }) {
                guard isTrusted, !results[kept].isTrusted else { continue }
                results.remove(at: kept)
            } else if results.count >= Self.maximumResults {
                continue
            }
            arrivals += 1
            results.append(DeliveredResult(result: result, isTrusted: isTrusted, arrival: arrivals, receivedAt: now))
            if jobType == nil { jobType = result.partnerParams.jobType }
            new += 1
        }
        if new > 0 {
            lastChangedAt = now
            nextConfirmationAt = now
            failedConfirmations = 0
            revision += 1
        }
        return new
    }

    /// Marks the job registered by the partner (``JobInboxStore/register(_:jobType:now:confirmAt:)``
    /// for a job already known), setting its job type when unknown.
    public mutating func markRegistered(jobType: JobType) {
        guard !isRegistered || self.jobType == nil else { return }
        isRegistered = true
        if self.jobType == nil { self.jobType = jobType }
        revision += 1
    }

    /// Takes the confirmation lease (``JobInboxStore/claimConfirmation(of:lease:now:)``): only
    /// when the job ``isDue(at:)``. Returns whether it was taken.
    public mutating func claimConfirmation(_ lease: ConfirmationLease, now: Date) -> Bool {
        guard isDue(at: now) else { return false }
        self.lease = lease
        revision += 1
        return true
    }

    /// Records how a confirmation ended (``JobInboxStore/recordConfirmation(_:of:lease:now:)``):
    /// only for the holder of the job's lease. Returns whether it was recorded.
    ///
    /// Confirmed: the answer is kept with `now` and the arrivals it covers, the failure count
    /// cleared; the lease stays held and the schedule unchanged until the job is settled.
    /// Failed: the failure count grows, the job is due again at the retry time, the lease is
    /// released.
    public mutating func record(_ outcome: ConfirmationOutcome, lease: ConfirmationLease, now: Date) -> Bool {
        guard self.lease?.holder == lease.holder else { return false }
        switch outcome {
        case .confirmed(let response, let coversArrivals):
            confirmation = Confirmation(response: response, confirmedAt: now, coversArrivals: coversArrivals)
            failedConfirmations = 0
            lastChangedAt = now
        case .failed(let retryAt):
            failedConfirmations += 1
            nextConfirmationAt = retryAt
            self.lease = nil
        }
        revision += 1
        return true
    }

    /// Applies a settlement (``JobInboxStore/settle(_:now:)``) if the job is still at its
    /// revision: sets the decision (when it has one) and the next confirmation, releases the
    /// settlement's lease if it is the one held, and, when ``Settlement/emission(after:)`` says
    /// so, records the kind as the last emitted and returns the outbox entry to append, numbered
    /// `sequence`.
    ///
    /// A store allocates the sequence number only when the settlement emits (check
    /// ``Settlement/emission(after:)`` with ``lastEmitted`` first, or pass the next number and
    /// advance its counter only when an entry is returned).
    public mutating func settle(_ settlement: Settlement, sequence: Int) -> SettlementResult {
        guard settlement.job == job, settlement.revision == revision else { return .outdated(self) }
        let emitted = settlement.emission(after: lastEmitted)
        if let decision = settlement.decision { self.decision = decision }
        nextConfirmationAt = settlement.nextConfirmationAt
        if let lease = settlement.lease, self.lease?.holder == lease.holder { self.lease = nil }
        revision += 1
        guard let emitted, let decision = settlement.decision else { return .settled(nil) }
        lastEmitted = emitted
        return .settled(OutboxEntry(sequence: sequence, job: job, kind: emitted, reason: decision.reason))
    }
}
