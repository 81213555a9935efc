public import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A bounded, thread-safe ``JobInboxStore`` in one process's memory: for tests, and for one
/// server process that may lose its state when it stops.
///
/// Share one instance between every handler and the ticking task (it is a class; there is no
/// global instance). Each method takes one lock, so each is atomic.
///
/// **Bounded and exact.** It holds at most ``replayCapacity`` live replay records and
/// ``jobCapacity`` jobs. A live replay record is never forgotten before its expiry: when the
/// store is full of live records, ``record(_:now:)`` throws ``Full`` (the inbox answers 503 and
/// Smile ID retries) rather than make room by dropping one, which would let its replay through.
/// Expired records are dropped as time passes, oldest first, from a queue ordered by expiry, so
/// each delivery costs constant time (amortised) however many records are held. Jobs are never
/// dropped (their last emitted decision is what makes emission once per change).
///
/// Choose the replay capacity above the deliveries that arrive within one record's lifetime
/// (the freshness window's width and a second: about 601 s by default), the job capacity above
/// the jobs you expect to hold.
public final class InMemoryJobInboxStore: JobInboxStore {
    /// The most live replay records held at once.
    public let replayCapacity: Int
    /// The most jobs held.
    public let jobCapacity: Int
    private let storage: PThreadLocked<Storage>

    /// An empty store holding at most `replayCapacity` live replay records and `jobCapacity`
    /// jobs (each at least 1).
    public init(replayCapacity: Int = 200_000, jobCapacity: Int = 100_000) {
        self.replayCapacity = max(1, replayCapacity)
        self.jobCapacity = max(1, jobCapacity)
        storage = PThreadLocked(Storage())
    }

    /// Thrown when the store is full of live records: a delivery is then refused (503) instead
    /// of forgetting what guards against a replay.
    public struct Full: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is full: `replay records` or `jobs`.
        public var what: String
        /// Its capacity.
        public var capacity: Int

        /// A description safe to log.
        public var description: String {
            "the in-memory job inbox store holds its maximum of \(capacity) \(what)"
        }
    }

    /// The number of live replay records held (expired ones count until they are dropped).
    public var replayRecordCount: Int {
        storage.withLock { $0.replayRecordCount }
    }

    /// The number of jobs held.
    public var jobCount: Int {
        storage.withLock { $0.jobs.count }
    }
}

// MARK: - JobInboxStore

extension InMemoryJobInboxStore {
    /// Records a delivery; see ``JobInboxStore/record(_:now:)``.
    ///
    /// - Throws: ``Full`` when the replay records or the jobs are at capacity.
    public func record(_ delivery: CallbackDelivery, now: Date) throws -> DeliveryReceipt {
        try storage.withLock { storage in
            storage.dropExpiredReplayRecords(now: now)
            let pair = ReplayPair(timestamp: delivery.timestamp, signature: delivery.signature)
            let live = storage.replays[pair, default: []].lazy.filter { $0.expiresAt > now }.map(\.digest)
            let replay = delivery.replay(amongLiveDigests: live)
            guard replay != .duplicate else { return DeliveryReceipt(replay: .duplicate, newResults: 0, state: nil) }
            if storage.replayRecordCount >= replayCapacity {
                storage.dropEveryExpiredReplayRecord(now: now)
                guard storage.replayRecordCount < replayCapacity else {
                    throw Full(what: "replay records", capacity: replayCapacity)
                }
            }
            guard let key = delivery.job else {
                storage.addReplayRecord(pair, delivery.bodyDigest, expiresAt: delivery.replayExpiresAt)
                return DeliveryReceipt(replay: replay, newResults: 0, state: nil)
            }
            var state: JobState
            if let known = storage.jobs[key] {
                state = known
            } else {
                guard storage.jobs.count < jobCapacity else { throw Full(what: "jobs", capacity: jobCapacity) }
                state = JobState(job: key, jobType: delivery.results.first?.partnerParams.jobType, now: now)
            }
            storage.addReplayRecord(pair, delivery.bodyDigest, expiresAt: delivery.replayExpiresAt)
            let new = state.record(delivery.results, isTrusted: delivery.isTrusted(given: replay), now: now)
            storage.save(state)
            return DeliveryReceipt(replay: replay, newResults: new, state: state)
        }
    }

    /// Registers a job; see ``JobInboxStore/register(_:jobType:now:confirmAt:)``.
    ///
    /// - Throws: ``Full`` when a new job would exceed the job capacity.
    public func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) throws -> Bool {
        try storage.withLock { storage in
            if var known = storage.jobs[job] {
                known.markRegistered(jobType: jobType)
                storage.save(known)
                return false
            }
            guard storage.jobs.count < jobCapacity else { throw Full(what: "jobs", capacity: jobCapacity) }
            var state = JobState(job: job, jobType: jobType, now: now)
            state.isRegistered = true
            state.nextConfirmationAt = confirmAt
            storage.save(state)
            return true
        }
    }

    /// The job's state; see ``JobInboxStore/state(of:)``.
    public func state(of job: JobKey) -> JobState? {
        storage.withLock { $0.jobs[job] }
    }

    /// The jobs due; see ``JobInboxStore/dueJobs(at:limit:)``.
    public func dueJobs(at now: Date, limit: Int) -> [JobKey] {
        storage.withLock { $0.dueJobs(at: now, limit: limit) }
    }

    /// Takes a confirmation lease; see ``JobInboxStore/claimConfirmation(of:lease:now:)``.
    public func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) -> JobState? {
        storage.withLock { storage in
            guard var state = storage.jobs[job], state.claimConfirmation(lease, now: now) else { return nil }
            storage.save(state)
            return state
        }
    }

    /// Records how a confirmation ended; see
    /// ``JobInboxStore/recordConfirmation(_:of:lease:now:)``.
    public func recordConfirmation(_ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date)
        -> JobState?
    {
        storage.withLock { storage in
            guard var state = storage.jobs[job], state.record(outcome, lease: lease, now: now) else { return nil }
            storage.save(state)
            return state
        }
    }

    /// Applies a settlement; see ``JobInboxStore/settle(_:now:)``.
    public func settle(_ settlement: Settlement, now: Date) -> SettlementResult {
        storage.withLock { storage in
            guard var state = storage.jobs[settlement.job] else { return .outdated(nil) }
            let result = state.settle(settlement, sequence: storage.outbox.count + 1)
            guard case .settled(let entry) = result else { return result }
            storage.save(state)
            if let entry { storage.outbox.append(entry) }
            return result
        }
    }

    /// The outbox after a sequence; see ``JobInboxStore/outbox(after:limit:)``.
    public func outbox(after sequence: Int, limit: Int) -> [OutboxEntry] {
        storage.withLock { storage in
            // Entry n has sequence n, at index n - 1.
            let start = min(max(sequence, 0), storage.outbox.count)
            let end = min(start + max(limit, 0), storage.outbox.count)
            return Array(storage.outbox[start..<end])
        }
    }
}

// MARK: - Storage

extension InMemoryJobInboxStore {
    /// The `timestamp` and `signature` of a replay record.
    struct ReplayPair: Hashable {
        var timestamp: String
        var signature: String
    }

    /// One replay record of a pair.
    struct ReplayRecord {
        var digest: BodyDigest
        var expiresAt: Date
    }

    /// One record in the expiry queue.
    struct Expiry {
        var expiresAt: Date
        var pair: ReplayPair
        var digest: BodyDigest
    }

    /// One job in the due heap; valid while the job's `nextConfirmationAt` is still `dueAt`.
    struct DueEntry {
        var dueAt: Date
        var order: Int
        var job: JobKey

        func precedes(_ other: DueEntry) -> Bool {
            dueAt < other.dueAt || (dueAt == other.dueAt && order < other.order)
        }
    }

    struct Storage {
        var replays: [ReplayPair: [ReplayRecord]] = [:]
        /// Replay records by expiry: `expiries[expiryHead...]`, in order unless
        /// `expiriesAreOrdered` is false (a record was added with an earlier expiry than the
        /// last, which callers with a clock that goes back can cause).
        var expiries: [Expiry] = []
        var expiryHead = 0
        var expiriesAreOrdered = true
        var jobs: [JobKey: JobState] = [:]
        /// A binary min-heap of due times; entries whose job has moved on are skipped.
        var due: [DueEntry] = []
        var dueOrder = 0
        var outbox: [OutboxEntry] = []

        var replayRecordCount: Int { expiries.count - expiryHead }

        mutating func addReplayRecord(_ pair: ReplayPair, _ digest: BodyDigest, expiresAt: Date) {
            replays[pair, default: []].append(ReplayRecord(digest: digest, expiresAt: expiresAt))
            if let last = expiries.last, expiryHead < expiries.count, last.expiresAt > expiresAt {
                expiriesAreOrdered = false
            }
            expiries.append(Expiry(expiresAt: expiresAt, pair: pair, digest: digest))
        }

        /// Drops the records at the head of the queue that have expired: each record once, so
        /// constant time per delivery, amortised.
        mutating func dropExpiredReplayRecords(now: Date) {
            while expiryHead < expiries.count, expiries[expiryHead].expiresAt <= now {
                forget(expiries[expiryHead])
                expiryHead += 1
            }
            if expiryHead > 1_024, expiryHead * 2 > expiries.count {
                expiries.removeFirst(expiryHead)
                expiryHead = 0
            }
        }

        /// Drops every expired record, wherever it is in the queue (only needed when the queue
        /// is out of order), and puts the queue back in order.
        mutating func dropEveryExpiredReplayRecord(now: Date) {
            guard !expiriesAreOrdered else { return dropExpiredReplayRecords(now: now) }
            var kept: [Expiry] = []
            for expiry in expiries[expiryHead...] {
                if expiry.expiresAt <= now { forget(expiry) } else { kept.append(expiry) }
            }
            kept.sort { $0.expiresAt < $1.expiresAt }
            expiries = kept
            expiryHead = 0
            expiriesAreOrdered = true
        }

        private mutating func forget(_ expiry: Expiry) {
            guard var records = replays[expiry.pair] else { return }
            if let index = records.firstIndex(where: { $0.digest == expiry.digest && $0.expiresAt == expiry.expiresAt })
            {
                records.remove(at: index)
            }
            replays[expiry.pair] = records.isEmpty ? nil : records
        }

        mutating func save(_ state: JobState) {
            let previous = jobs.updateValue(state, forKey: state.job)
            guard let dueAt = state.nextConfirmationAt, dueAt != previous?.nextConfirmationAt else { return }
            push(DueEntry(dueAt: dueAt, order: dueOrder, job: state.job))
            dueOrder += 1
            // Entries of times a job has moved on from are skipped when reached; rebuild the heap
            // when they outnumber the jobs, so that it stays within a multiple of the jobs.
            if due.count > 4 * jobs.count + 1_024 { rebuildDueHeap() }
        }

        private mutating func rebuildDueHeap() {
            let entries = jobs.values.compactMap { state in
                state.nextConfirmationAt.map { DueEntry(dueAt: $0, order: 0, job: state.job) }
            }
            due = []
            for entry in entries.sorted(by: { $0.dueAt < $1.dueAt }) {
                push(DueEntry(dueAt: entry.dueAt, order: dueOrder, job: entry.job))
                dueOrder += 1
            }
        }

        mutating func dueJobs(at now: Date, limit: Int) -> [JobKey] {
            var found: [JobKey] = []
            var keep: [DueEntry] = []
            var seen: Set<JobKey> = []
            while found.count < limit, let top = due.first, top.dueAt <= now {
                popFirst()
                guard let state = jobs[top.job], state.nextConfirmationAt == top.dueAt, seen.insert(top.job).inserted
                else { continue }
                keep.append(top)
                if state.isDue(at: now) { found.append(top.job) }
            }
            for entry in keep { push(entry) }
            return found
        }

        private mutating func push(_ entry: DueEntry) {
            due.append(entry)
            var child = due.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard due[child].precedes(due[parent]) else { break }
                due.swapAt(child, parent)
                child = parent
            }
        }

        private mutating func popFirst() {
            let last = due.removeLast()
            guard !due.isEmpty else { return }
            due[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var first = parent
                if left < due.count, due[left].precedes(due[first]) { first = left }
                if right < due.count, due[right].precedes(due[first]) { first = right }
                guard first != parent else { return }
                due.swapAt(parent, first)
                parent = first
            }
        }
    }
}
