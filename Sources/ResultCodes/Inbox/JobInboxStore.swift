public import Models

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Where a ``JobInbox`` keeps its replay records, its jobs and its outbox: in memory
/// (``InMemoryJobInboxStore``), or in a database that several server instances share.
///
/// Every method is one **atomic** step: concurrent calls, from one process or from several
/// instances sharing the store, behave as if they ran one after the other. What a method
/// changes is durable when it returns (what the inbox answered 200 for survives a crash). Any
/// error thrown means the store could not answer: the inbox then answers a delivery with
/// `CallbackOutcome.storeUnavailable` (503, which Smile ID retries) and retries its other work
/// at the next tick. Times come from the caller (`now`), never from the store's clock, so that a
/// fixed clock tests a store exactly; a store compares them as given (keep them to the
/// millisecond or better, rounded to the nearest, in any column it queries) and returns a
/// ``JobState`` exactly as it was written (a SQL store may keep it as the JSON `JSONEncoder`
/// writes, whose dates are exact).
///
/// Each change to a job is one of ``JobState``'s methods, applied to the stored state inside
/// the step: a store's own work is the atomicity, the persistence, the replay records, the
/// outbox sequence and the due list. ``JobInboxStoreConformance`` checks all of it; run it on
/// any store you write.
public protocol JobInboxStore: Sendable {
    /// Records a signed delivery, atomically with its replay check.
    ///
    /// 1. The replay: ``CallbackDelivery/replay(amongLiveDigests:)`` over the body digests of the
    ///    live replay records of the delivery's `timestamp` and `signature` (a record is live
    ///    while `now <` its expiry). A duplicate records nothing and returns at once.
    /// 2. Otherwise, a replay record of (`timestamp`, `signature`, digest) is kept until
    ///    ``CallbackDelivery/replayExpiresAt``; a live record is never forgotten before its
    ///    expiry (a store that is full throws instead).
    /// 3. When the delivery has a job, its state (a new ``JobState/init(job:jobType:now:)`` if
    ///    unknown) records the results with ``JobState/record(_:isTrusted:now:)``, trusted as
    ///    ``CallbackDelivery/isTrusted(given:)`` says.
    ///
    /// - Returns: The replay, the number of new results and the job's state after recording.
    func record(_ delivery: CallbackDelivery, now: Date) async throws -> DeliveryReceipt

    /// Registers a job the partner submitted: a new job's state is marked registered, with its
    /// job type, and first confirmed at `confirmAt`; a known job is marked registered with
    /// ``JobState/markRegistered(jobType:)``.
    ///
    /// - Returns: `true` for a new job, `false` for a known one.
    func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) async throws -> Bool

    /// The job's state; `nil` for a job never registered or seen.
    func state(of job: JobKey) async throws -> JobState?

    /// The jobs due for confirmation at `now` (``JobState/isDue(at:)``), soonest due first (then
    /// in any stable order), at most `limit`.
    func dueJobs(at now: Date, limit: Int) async throws -> [JobKey]

    /// Takes the job's confirmation lease with ``JobState/claimConfirmation(_:now:)``.
    ///
    /// - Returns: The job's state with the lease taken, or `nil` when the job is unknown, not
    ///   due, or leased to another holder until after `now`.
    func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) async throws -> JobState?

    /// Records how a confirmation ended, with ``JobState/record(_:lease:now:)``.
    ///
    /// - Returns: The job's state after recording, or `nil` when the job is unknown or its lease
    ///   is no longer `lease`'s holder's (another instance took it over after it expired).
    func recordConfirmation(_ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date)
        async throws -> JobState?

    /// Applies a settlement with ``JobState/settle(_:sequence:)`` (compare-and-set on the job's
    /// revision) and, when it emits, appends the entry to the outbox in the same atomic step,
    /// numbered one more than the outbox's last entry (1 for the first).
    ///
    /// Entries become readable in sequence order: once ``outbox(after:limit:)`` has returned an
    /// entry, no entry with a smaller sequence appears later (a SQL store serialises appends,
    /// for example by taking the outbox counter's row lock in the transaction).
    func settle(_ settlement: Settlement, now: Date) async throws -> SettlementResult

    /// The outbox entries whose sequence is greater than `sequence`, in sequence order, at most
    /// `limit`.
    func outbox(after sequence: Int, limit: Int) async throws -> [OutboxEntry]
}
