public import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// From the callbacks Smile ID delivers (late, twice, out of order, under a signature that does
/// not cover the body, or never) to one decision per job, acted on once.
///
/// A handler passes each callback's raw body to ``receive(body:now:)`` and answers the outcome's
/// status; a task calls ``tick(now:)`` about once a second, which confirms jobs with `job_status`
/// and reconciles those whose callbacks never come; the partner's code reads decisions from
/// ``outbox(after:limit:)``, in order, each change once.
///
/// ```swift
/// let inbox = JobInbox(
///     key: SignatureKey(partnerID: partnerID, apiKey: apiKey),
///     store: InMemoryJobInboxStore(),          // or a database several instances share
///     transport: HTTPJobStatus(client: client))
///
/// // In the callback handler, with the raw body:
/// let outcome = await inbox.receive(body: body, now: Date())
/// return (outcome.httpStatus, #"{"outcome":"\#(outcome.reason)"}"#)
///
/// // In one task: confirm what is due, about once a second.
/// try await inbox.run()
///
/// // Where the partner acts: every change of decision, once, from the last sequence handled.
/// for entry in try await inbox.outbox(after: lastHandled, limit: 100) {
///     try await act(on: entry)                 // record entry.sequence with the action
/// }
/// ```
///
/// **What a delivery gets** (`CallbackOutcome`, checked in this order): over the limit 413;
/// empty, not JSON, not an object, a repeated key 400; a signature missing, malformed, legacy or
/// not matching 401; signed but not a job result or job-status body 400; the same timestamp,
/// signature and body as before 200 `CallbackOutcome.duplicate` (nothing new); signed, fresh,
/// its pair new 200 `CallbackOutcome.accepted` (recorded as trusted); signed but outside the
/// window or its pair used by another body 200 `CallbackOutcome.unconfirmed(_:)` (recorded,
/// confirmed by `job_status`, never trusted); the store down 503. A validly signed body is never
/// thrown away, and an unsigned one changes nothing.
///
/// **Decisions** come from a verified `job_status` answer (``ConfirmationMode/always``, the
/// default), or, in ``ConfirmationMode/whenUntrusted``, from trusted deliveries too. A decision
/// is emitted when it is not ``Decision/Kind/wait`` and differs from the job's last emitted one,
/// in the same atomic step that records it (so two inboxes sharing a store emit each change
/// once).
///
/// The inbox holds no state of its own and starts no thread or timer: everything is in the
/// store, so a restarted or second instance picks up what another left, and a fixed clock and a
/// scripted transport test it exactly. It is a value: copies share the store.
public struct JobInbox: Sendable {
    /// The partner's credentials: callbacks and `job_status` answers are checked with them, and
    /// `job_status` requests signed.
    public var key: SignatureKey
    /// Where replay records, jobs and the outbox are kept.
    public var store: any JobInboxStore
    /// How `job_status` is reached.
    public var transport: any JobStatusTransport
    /// The settings.
    public var configuration: Configuration

    /// An inbox.
    ///
    /// - Parameters:
    ///   - key: The partner ID and API key of the environment (sandbox or production) the
    ///     callbacks come from.
    ///   - store: The store; share one between every handler and the ticking task.
    ///   - transport: How `job_status` requests are sent.
    ///   - configuration: The settings; the specification's defaults by default.
    public init(
        key: SignatureKey, store: any JobInboxStore, transport: any JobStatusTransport,
        configuration: Configuration = Configuration()
    ) {
        self.key = key
        self.store = store
        self.transport = transport
        self.configuration = configuration
    }
}

// MARK: - Deliveries

extension JobInbox {
    /// Receives one callback delivery: the outcome to answer with, after recording what it
    /// brought. Never throws: a store that fails is `CallbackOutcome.storeUnavailable`.
    ///
    /// What was answered 200 was committed to the store first. In
    /// ``ConfirmationMode/whenUntrusted`` a trusted result is decided here at once (its emission
    /// done before this returns); otherwise the job is confirmed at the next ``tick(now:)``.
    ///
    /// - Parameters:
    ///   - body: The request body's bytes, exactly as received (a handler may collect up to
    ///     ``Configuration/maximumBodySize`` plus one byte).
    ///   - now: The current time (pass `Date()`; tests pass a fixed one).
    public func receive(body: some Collection<UInt8>, now: Date) async -> CallbackOutcome {
        let checks = CallbackChecks(
            key: key, freshness: configuration.freshness, maximumBodySize: configuration.maximumBodySize)
        guard body.count <= configuration.maximumBodySize else {
            return .tooLarge(limit: configuration.maximumBodySize)
        }
        let checked =
            body.withContiguousStorageIfAvailable { checks.check($0, now: now) }
            ?? Array(body).withUnsafeBufferPointer { checks.check($0, now: now) }
        switch checked {
        case .refused(let outcome):
            return outcome
        case .signed(let signed):
            return await record(signed, now: now)
        }
    }

    private func record(_ signed: SignedDelivery, now: Date) async -> CallbackOutcome {
        let (job, results) = Self.results(of: signed.payload)
        let window = configuration.freshness
        let delivery = CallbackDelivery(
            timestamp: signed.timestamp, signature: signed.signature,
            bodyDigest: BodyDigest(words: signed.digest.words),
            replayExpiresAt: now.addingTimeInterval(
                Self.seconds(window.maximumAge) + Self.seconds(window.maximumLead) + 1),
            isFresh: signed.freshness.isFresh, job: job, results: results)
        let receipt: DeliveryReceipt
        do {
            receipt = try await store.record(delivery, now: now)
        } catch {
            return .storeUnavailable
        }
        if configuration.confirmation == .whenUntrusted, receipt.newResults > 0, let state = receipt.state {
            // Committed already: a failure here leaves the job due, and the next tick settles it.
            _ = try? await settle(state, lease: nil, now: now)
        }
        switch (receipt.replay, signed.freshness) {
        case (.duplicate, _): return .duplicate
        case (_, .stale(let age)): return .unconfirmed(.stale(age: age))
        case (_, .fromTheFuture(let lead)): return .unconfirmed(.fromTheFuture(lead: lead))
        case (_, .unreadable): return .unconfirmed(.unreadableTimestamp)
        case (.reusedPair, _): return .unconfirmed(.reusedSignature)
        case (.first, _): return .accepted
        }
    }

    /// The job a payload's results are of, and the results: a callback's one, or a job-status
    /// response's `history` and `result` (the job its latest result names).
    static func results(of payload: CallbackPayload) -> (JobKey?, [JobResult]) {
        switch payload {
        case .jobResult(let result):
            return (JobKey(result.partnerParams), [result])
        case .jobStatus(let response):
            var results = response.history ?? []
            if let result = response.result?.jobResult { results.append(result) }
            guard let latest = results.last else { return (nil, []) }
            let job = JobKey(latest.partnerParams)
            return (job, results.filter { JobKey($0.partnerParams) == job })
        }
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

// MARK: - Jobs and the outbox

extension JobInbox {
    /// Registers a job the partner submitted, so that it is decided even if none of its callbacks
    /// arrives: it is first confirmed ``Configuration/reconcileAfter`` from `now`.
    ///
    /// - Returns: `true` for a new job, `false` for one already registered or seen.
    /// - Throws: What the store threw.
    @discardableResult
    public func register(userID: String, jobID: String, jobType: JobType, now: Date) async throws -> Bool {
        try await store.register(
            JobKey(userID: userID, jobID: jobID), jobType: jobType, now: now,
            confirmAt: now.addingTimeInterval(Self.seconds(configuration.reconcileAfter)))
    }

    /// The job's state: its results, its last confirmation, its decision and what was emitted;
    /// `nil` for a job never registered or seen.
    ///
    /// - Throws: What the store threw.
    public func job(userID: String, jobID: String) async throws -> JobState? {
        try await store.state(of: JobKey(userID: userID, jobID: jobID))
    }

    /// Whether the job's decision waits for a `job_status` answer: in
    /// ``ConfirmationMode/always``, until the first answer and whenever results arrived after
    /// the last; in ``ConfirmationMode/whenUntrusted``, while an unconfirmed result arrived after
    /// the last.
    public func isPendingConfirmation(_ state: JobState) -> Bool {
        switch configuration.confirmation {
        case .always: state.confirmation == nil || state.hasResultsAfterConfirmation
        case .whenUntrusted: state.hasUnconfirmedResultsAfterConfirmation
        }
    }

    /// The decisions emitted after `sequence`, in order, at most `limit`: read from the last
    /// sequence handled (0 at first), and record each entry's sequence with the action taken,
    /// so that each change is acted on once.
    ///
    /// - Throws: What the store threw.
    public func outbox(after sequence: Int, limit: Int = 100) async throws -> [OutboxEntry] {
        try await store.outbox(after: sequence, limit: limit)
    }
}
