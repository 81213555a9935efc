import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The checks every ``JobInboxStore`` must pass, written once and run against each store: the
/// package's tests run them on ``InMemoryJobInboxStore``; run them on your own store from your
/// tests (any test framework: each check is an `async throws` function that throws a
/// ``Violation`` saying what was wrong).
///
/// ```swift
/// let conformance = JobInboxStoreConformance { try await PostgresJobInboxStore.connectToEmptyTestDatabase() }
/// for check in JobInboxStoreConformance.Check.allCases {
///     try await conformance.run(check)     // each on a new, empty store
/// }
/// ```
///
/// `makeStore` must return an **empty** store each time it is called (a new database, or one
/// whose tables were emptied). The checks use synthetic jobs and a fixed clock.
public struct JobInboxStoreConformance: Sendable {
    /// Makes a new, empty store.
    public var makeStore: @Sendable () async throws -> any JobInboxStore

    /// A suite that runs each check on a store `makeStore` returns.
    public init(makeStore: @escaping @Sendable () async throws -> any JobInboxStore) {
        self.makeStore = makeStore
    }

    /// One check.
    public enum Check: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Replay records: a first use, a duplicate (nothing recorded), a reused pair (recorded
        /// unconfirmed), a delivery without a job, and a record live until the instant before
        /// its expiry and gone at it.
        case replayRecords = "replay records"
        /// Results deduplicated by code per job; a trusted result replaces an unconfirmed one of
        /// its code, never the reverse; arrivals numbered; a new result makes the job due now.
        case resultDeduplication = "result deduplication"
        /// Concurrent deliveries of one pair: one first use, every other a reused pair or a
        /// duplicate; one trusted result.
        case concurrentDeliveries = "concurrent deliveries"
        /// Registering a new job, a known one, a job first seen in a delivery.
        case registration
        /// A state read back is the state last written, every field of it.
        case persistence
        /// Leases: only a due job is claimed, by one holder at a time, until the lease expires.
        case leases
        /// Confirmations recorded for the lease holder only; a failure releases the lease and
        /// schedules the retry.
        case confirmations
        /// Settling compares and sets the revision, and emits a kind that is not wait and differs
        /// from the last emitted, in the same step.
        case settlement
        /// Many settlements of one revision at once: one applies, one entry is appended.
        case concurrentSettlements = "concurrent settlements"
        /// The outbox in sequence order, after a sequence, within a limit.
        case outbox
        /// The due list: soonest first, free jobs only, within a limit.
        case dueList = "due list"
        /// A failure between steps (after a confirmation was recorded, before it was settled):
        /// the job stays due, is claimed again once the lease expires, and the change is
        /// emitted once.
        case failureBetweenSteps = "failure between steps"

        /// The check's name.
        public var description: String { rawValue }
    }

    /// Runs every check, each on a new store, and stops at the first violation.
    public func run() async throws {
        for check in Check.allCases {
            try await run(check)
        }
    }

    /// Runs one check on a new store.
    ///
    /// - Throws: A ``Violation`` when the store does not behave as the protocol says, or what
    ///   the store threw.
    public func run(_ check: Check) async throws {
        let store = try await makeStore()
        var probe = Probe(check: check, store: store)
        switch check {
        case .replayRecords: try await probe.replayRecords()
        case .resultDeduplication: try await probe.resultDeduplication()
        case .concurrentDeliveries: try await probe.concurrentDeliveries()
        case .registration: try await probe.registration()
        case .persistence: try await probe.persistence()
        case .leases: try await probe.leases()
        case .confirmations: try await probe.confirmations()
        case .settlement: try await probe.settlement()
        case .concurrentSettlements: try await probe.concurrentSettlements()
        case .outbox: try await probe.outbox()
        case .dueList: try await probe.dueList()
        case .failureBetweenSteps: try await probe.failureBetweenSteps()
        }
    }

    /// What a store did wrong, in one check.
    public struct Violation: Error, Sendable, Hashable, CustomStringConvertible {
        /// The check.
        public var check: Check
        /// What was expected and what happened.
        public var message: String

        /// `JobInboxStore conformance, <check>: <message>`.
        public var description: String { "JobInboxStore conformance, \(check): \(message)" }
    }
}

// MARK: - The checks

extension JobInboxStoreConformance {
    /// One check's store, fixtures and assertions.
    struct Probe {
        let check: Check
        let store: any JobInboxStore
        let start = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

        func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

        func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
            if !condition { throw Violation(check: check, message: message()) }
        }

        func job(_ n: Int) -> JobKey { JobKey(userID: "conformance-user-\(n)", jobID: "conformance-job-\(n)") }

        func result(_ code: String, of job: JobKey, jobType: JobType = .biometricKYC) -> JobResult {
            JobResult(
                resultCode: code, resultText: "Conformance result \(code)", smileJobID: "0000000001",
                partnerParams: PartnerParams(userID: job.userID, jobID: job.jobID, jobType: jobType))
        }

        func digest(_ n: Int) -> BodyDigest {
            BodyDigest(bytes: (0..<32).map { UInt8(truncatingIfNeeded: n &* 31 &+ $0) })!
        }

        func delivery(
            pair: Int, digest n: Int, job key: JobKey?, codes: [String] = ["1012"], isFresh: Bool = true,
            expiresAt: Date? = nil
        ) -> CallbackDelivery {
            CallbackDelivery(
                timestamp: "2024-05-01T11:59:00.\(pair)Z",
                signature: "conformance-signature-\(pair)", bodyDigest: digest(n),
                replayExpiresAt: expiresAt ?? at(601), isFresh: isFresh, job: key,
                results: key.map { key in codes.map { result($0, of: key) } } ?? [])
        }

        func response(_ codes: [String], of job: JobKey, complete: Bool = true) -> JobStatusResponse {
            let results = codes.map { result($0, of: job) }
            return JobStatusResponse(
                timestamp: "2024-05-01T12:00:00.000Z", signature: "conformance", jobComplete: complete,
                jobSuccess: complete, code: "2302", result: results.last.map(JobStatusResult.jobResult),
                history: Array(results.dropLast()))
        }

        func decision(_ kind: Decision.Kind, codes: [String] = ["1012"]) -> JobDecision {
            JobDecision(
                kind: kind, reason: "Conformance \(kind.rawValue).", isFinal: kind != .wait, isConfirmed: true,
                codes: codes)
        }

        func lease(_ holder: String, until seconds: Double) -> ConfirmationLease {
            ConfirmationLease(holder: holder, expiresAt: at(seconds))
        }

        func state(_ key: JobKey) async throws -> JobState {
            guard let state = try await store.state(of: key) else {
                throw Violation(check: check, message: "state(of:) has no state for \(key)")
            }
            return state
        }

        // MARK: Replay records

        mutating func replayRecords() async throws {
            let key = job(1)
            let first = delivery(pair: 1, digest: 1, job: key, expiresAt: at(601))
            let receipt = try await store.record(first, now: at(0))
            try expect(receipt.replay == .first, "a new pair must be .first, got \(receipt.replay)")
            try expect(receipt.newResults == 1, "a new result must count 1, got \(receipt.newResults)")
            try expect(receipt.state?.results.map(\.isTrusted) == [true], "a fresh first use must be trusted")
            let revision = try await state(key).revision

            let again = try await store.record(first, now: at(1))
            try expect(
                again.replay == .duplicate, "the same pair and body again must be .duplicate, got \(again.replay)")
            try expect(
                again.newResults == 0 && again.state == nil, "a duplicate must record nothing and return no state")
            try expect(try await state(key).revision == revision, "a duplicate must not change the job")

            let other = delivery(pair: 1, digest: 2, job: key, codes: ["0810"], expiresAt: at(602))
            let reused = try await store.record(other, now: at(2))
            try expect(
                reused.replay == .reusedPair,
                "the same pair with another body must be .reusedPair, got \(reused.replay)")
            try expect(
                reused.state?.results.map(\.isTrusted) == [true, false],
                "a reused pair's result must be recorded unconfirmed")
            try expect(
                try await store.record(other, now: at(3)).replay == .duplicate,
                "the second body again must be .duplicate too")

            // The record is live until the instant before its expiry, and gone at it.
            let edge = at(601).addingTimeInterval(-0.001)
            try expect(
                try await store.record(first, now: edge).replay == .duplicate,
                "a record must be live 1 ms before its expiry")
            var renewed = first
            renewed.replayExpiresAt = at(1202)
            let expired = try await store.record(renewed, now: at(601))
            try expect(
                expired.replay == .reusedPair,
                "at its expiry the first record must be gone (the second, expiring at +602 s, is live): got \(expired.replay)"
            )
            try expect(expired.newResults == 0, "an expired record's body again records no new result")
            try expect(
                try await store.record(first, now: at(602).addingTimeInterval(0.001)).replay == .duplicate,
                "the record made at +601 s must be live until +1202 s")

            let noJob = delivery(pair: 2, digest: 3, job: nil)
            let bare = try await store.record(noJob, now: at(10))
            try expect(
                bare.replay == .first && bare.state == nil, "a delivery without a job records its replay record only")
            try expect(try await store.record(noJob, now: at(11)).replay == .duplicate, "and is then a duplicate")

            let staleKey = job(2)
            let stale = try await store.record(delivery(pair: 3, digest: 4, job: staleKey, isFresh: false), now: at(20))
            try expect(stale.replay == .first, "a stale delivery's new pair is .first")
            try expect(stale.state?.results.map(\.isTrusted) == [false], "a stale delivery's result is unconfirmed")
        }

        // MARK: Results

        mutating func resultDeduplication() async throws {
            let key = job(1)
            let stale = try await store.record(
                delivery(pair: 1, digest: 1, job: key, codes: ["1012", "0812"], isFresh: false), now: at(0))
            try expect(stale.newResults == 2, "two new codes count 2")
            try expect(stale.state?.results.map(\.arrival) == [1, 2], "arrivals are numbered from 1")
            try expect(stale.state?.nextConfirmationAt == at(0), "a new result makes the job due now")
            try expect(stale.state?.jobType == .biometricKYC, "the job type comes from the first result")

            let trusted = try await store.record(delivery(pair: 2, digest: 2, job: key, codes: ["1012"]), now: at(5))
            try expect(trusted.newResults == 1, "a trusted result replaces an unconfirmed one of its code")
            let codes = trusted.state?.results.map { "\($0.result.resultCode):\($0.isTrusted):\($0.arrival)" }
            try expect(
                codes == ["0812:false:2", "1012:true:3"],
                "the replaced result is the latest arrival, got \(codes ?? [])")

            let forged = try await store.record(
                delivery(pair: 3, digest: 3, job: key, codes: ["1012"], isFresh: false), now: at(6))
            try expect(forged.newResults == 0, "an unconfirmed result never replaces a trusted one")
            let redelivered = try await store.record(
                delivery(pair: 4, digest: 4, job: key, codes: ["0812"]), now: at(7))
            try expect(redelivered.newResults == 1, "a trusted 0812 replaces the unconfirmed 0812")
            let again = try await store.record(delivery(pair: 5, digest: 5, job: key, codes: ["0812"]), now: at(8))
            try expect(again.newResults == 0, "a code already trusted is a redelivery")
            try expect(try await state(key).nextConfirmationAt == at(7), "a redelivery does not move the due time")

            var other = delivery(pair: 6, digest: 6, job: key, codes: [])
            other.results = [result("1210", of: job(9))]
            try expect(try await store.record(other, now: at(9)).newResults == 0, "another job's result is ignored")

            let many = (0..<(JobState.maximumResults + 4)).map { "9\(1_000 + $0)" }
            let crowded = try await store.record(delivery(pair: 7, digest: 7, job: job(3), codes: many), now: at(10))
            try expect(
                crowded.newResults == JobState.maximumResults,
                "at most \(JobState.maximumResults) results are kept, got \(crowded.newResults)")
        }

        mutating func concurrentDeliveries() async throws {
            let key = job(1)
            let store = self.store
            let deliveries = (0..<24).map { delivery(pair: 1, digest: $0, job: key, codes: ["08\(10 + $0)"]) }
            let now = at(0)
            let all = deliveries + deliveries
            let gate = StartingGate(count: all.count)
            let replays = try await withThrowingTaskGroup(of: CallbackDelivery.Replay.self) { group in
                for delivery in all {
                    group.addTask {
                        await gate.arriveAndWait()
                        return try await store.record(delivery, now: now).replay
                    }
                }
                var replays: [CallbackDelivery.Replay] = []
                for try await replay in group { replays.append(replay) }
                return replays
            }
            try expect(
                replays.filter { $0 == .first }.count == 1,
                "exactly one delivery of a pair is its first use, got \(replays.filter { $0 == .first }.count)")
            try expect(replays.filter { $0 == .duplicate }.count == 24, "each body's second delivery is a duplicate")
            let results = try await state(key).results
            try expect(results.count == 24, "every body's result is recorded once, got \(results.count)")
            try expect(results.filter(\.isTrusted).count == 1, "exactly one result is trusted")
            try expect(Set(results.map(\.arrival)).count == 24, "every arrival number is distinct")
        }

        // MARK: Registration and persistence

        mutating func registration() async throws {
            let key = job(1)
            try expect(
                try await store.register(key, jobType: .enhancedKYC, now: at(0), confirmAt: at(600)),
                "a new job registers as new")
            let registered = try await state(key)
            try expect(
                registered.isRegistered && registered.jobType == .enhancedKYC, "a registered job keeps its job type")
            try expect(registered.nextConfirmationAt == at(600), "a registered job is first confirmed at confirmAt")
            try expect(registered.firstSeenAt == at(0) && registered.results.isEmpty, "a registered job has no result")
            try expect(
                try await !store.register(key, jobType: .enhancedKYC, now: at(1), confirmAt: at(601)),
                "registering a known job answers false")
            try expect(
                try await state(key).nextConfirmationAt == at(600), "registering again does not move the due time")

            let seen = job(2)
            _ = try await store.record(delivery(pair: 1, digest: 1, job: seen), now: at(2))
            try expect(
                try await !store.register(seen, jobType: .biometricKYC, now: at(3), confirmAt: at(603)),
                "a job seen in a delivery is known")
            let marked = try await state(seen)
            try expect(marked.isRegistered && marked.results.count == 1, "it is then registered, its results kept")
        }

        mutating func persistence() async throws {
            let key = job(1)
            let receipt = try await store.record(
                delivery(pair: 1, digest: 1, job: key, codes: ["1012", "0812"]), now: at(0))
            try expect(
                try await store.state(of: key) == receipt.state, "the state read back must be the state recorded")
            let lease = lease("holder-a", until: 60)
            let claimed = try await store.claimConfirmation(of: key, lease: lease, now: at(1))
            try expect(claimed?.lease == lease, "the claimed state holds the lease")
            let confirmed = try await store.recordConfirmation(
                .confirmed(response(["1012", "0812", "1210"], of: key), coversArrivals: 2), of: key, lease: lease,
                now: at(2))
            try expect(
                try await store.state(of: key) == confirmed,
                "the confirmed state read back must be the one returned, every field")
            let settled = try await store.settle(
                Settlement(
                    job: key, revision: confirmed?.revision ?? -1,
                    decision: decision(.approve, codes: ["1012", "0812", "1210"]), nextConfirmationAt: nil, lease: lease
                ),
                now: at(3))
            guard case .settled(let entry?) = settled else {
                throw Violation(check: check, message: "the settlement must apply and emit, got \(settled)")
            }
            let read = try await state(key)
            try expect(
                read.decision == decision(.approve, codes: ["1012", "0812", "1210"]) && read.lastEmitted == .approve,
                "the decision and the last emitted kind persist")
            try expect(
                read.lease == nil && read.nextConfirmationAt == nil, "the lease is released and nothing scheduled")
            try expect(try await store.outbox(after: 0, limit: 10) == [entry], "the outbox holds the entry returned")
            try expect(try await store.state(of: job(99)) == nil, "an unknown job has no state")
        }

        // MARK: Leases and confirmations

        mutating func leases() async throws {
            let key = job(1)
            _ = try await store.register(key, jobType: .biometricKYC, now: at(0), confirmAt: at(600))
            try expect(
                try await store.claimConfirmation(of: key, lease: lease("a", until: 60), now: at(1)) == nil,
                "a job not yet due is not claimed")
            let a = lease("a", until: 660)
            try expect(
                try await store.claimConfirmation(of: key, lease: a, now: at(600))?.lease == a, "a due job is claimed")
            try expect(
                try await store.claimConfirmation(of: key, lease: lease("b", until: 700), now: at(659)) == nil,
                "a leased job is not claimed by another before the lease expires")
            try expect(
                try await store.claimConfirmation(of: key, lease: lease("a", until: 700), now: at(659)) == nil,
                "nor again by its holder")
            let b = lease("b", until: 760)
            try expect(
                try await store.claimConfirmation(of: key, lease: b, now: at(660))?.lease == b,
                "once the lease expires, another holder claims the job")
            try expect(
                try await store.recordConfirmation(.failed(retryAt: at(700)), of: key, lease: a, now: at(661)) == nil,
                "the former holder can no longer record a confirmation")
            try expect(try await state(key).failedConfirmations == 0, "nothing was recorded for the former holder")
            try expect(
                try await store.claimConfirmation(of: job(2), lease: lease("c", until: 60), now: at(1)) == nil,
                "an unknown job is not claimed")
        }

        mutating func confirmations() async throws {
            let key = job(1)
            _ = try await store.record(delivery(pair: 1, digest: 1, job: key), now: at(0))
            let a = lease("a", until: 60)
            _ = try await store.claimConfirmation(of: key, lease: a, now: at(0))
            let failed = try await store.recordConfirmation(.failed(retryAt: at(1)), of: key, lease: a, now: at(0.5))
            try expect(
                failed?.failedConfirmations == 1 && failed?.lease == nil && failed?.nextConfirmationAt == at(1),
                "a failure counts, releases the lease and schedules the retry")
            try expect(try await store.dueJobs(at: at(0.9), limit: 10).isEmpty, "the job is not due before its retry")
            try expect(try await store.dueJobs(at: at(1), limit: 10) == [key], "the job is due at its retry")
            let b = lease("b", until: 61)
            _ = try await store.claimConfirmation(of: key, lease: b, now: at(1))
            let confirmed = try await store.recordConfirmation(
                .confirmed(response(["1012"], of: key), coversArrivals: 1), of: key, lease: b, now: at(2))
            try expect(
                confirmed?.confirmation?.coversArrivals == 1 && confirmed?.confirmation?.confirmedAt == at(2),
                "the confirmation is kept with what it covers")
            try expect(
                confirmed?.failedConfirmations == 0 && confirmed?.lease == b,
                "a confirmation clears the failures and keeps the lease until settled")
            try expect(
                confirmed?.nextConfirmationAt == at(1), "a confirmation does not move the schedule before it is settled"
            )
            try expect(
                try await store.recordConfirmation(.failed(retryAt: nil), of: job(2), lease: b, now: at(3)) == nil,
                "an unknown job records nothing")
        }

        // MARK: Settlement and the outbox

        mutating func settlement() async throws {
            let key = job(1)
            let recorded = try await store.record(delivery(pair: 1, digest: 1, job: key), now: at(0))
            let revision = recorded.state?.revision ?? -1
            let stale = try await store.settle(
                Settlement(
                    job: key, revision: revision - 1, decision: decision(.approve), nextConfirmationAt: nil, lease: nil),
                now: at(1))
            guard case .outdated(let current) = stale, current?.revision == revision else {
                throw Violation(
                    check: check,
                    message: "a settlement of an old revision must be .outdated with the current state, got \(stale)")
            }
            try expect(try await store.outbox(after: 0, limit: 10).isEmpty, "an outdated settlement emits nothing")

            let wait = try await store.settle(
                Settlement(
                    job: key, revision: revision, decision: decision(.wait), nextConfirmationAt: at(600), lease: nil),
                now: at(1))
            try expect(wait == .settled(nil), "wait is settled and never emitted, got \(wait)")
            var state = try await state(key)
            try expect(
                state.decision?.kind == .wait && state.lastEmitted == nil && state.nextConfirmationAt == at(600),
                "the decision and the schedule are set")

            let review = try await store.settle(
                Settlement(
                    job: key, revision: state.revision, decision: decision(.review), nextConfirmationAt: at(1200),
                    lease: nil), now: at(2))
            try expect(
                review == .settled(OutboxEntry(sequence: 1, job: key, kind: .review, reason: "Conformance review.")),
                "a change to review is emitted as entry 1, got \(review)")
            state = try await self.state(key)
            try expect(state.lastEmitted == .review, "the last emitted kind is set in the same step")
            let same = try await store.settle(
                Settlement(
                    job: key, revision: state.revision, decision: decision(.review), nextConfirmationAt: at(1800),
                    lease: nil), now: at(3))
            try expect(same == .settled(nil), "the same kind again is not emitted, got \(same)")
            state = try await self.state(key)
            let kept = try await store.settle(
                Settlement(job: key, revision: state.revision, decision: nil, nextConfirmationAt: at(0), lease: nil),
                now: at(4))
            state = try await self.state(key)
            try expect(
                kept == .settled(nil) && state.decision?.kind == .review && state.nextConfirmationAt == at(0),
                "no decision keeps the last one")

            _ = try await store.claimConfirmation(of: key, lease: lease("a", until: 60), now: at(4))
            state = try await self.state(key)
            let approve = try await store.settle(
                Settlement(
                    job: key, revision: state.revision, decision: decision(.approve), nextConfirmationAt: nil,
                    lease: lease("a", until: 60)), now: at(5))
            try expect(
                approve == .settled(OutboxEntry(sequence: 2, job: key, kind: .approve, reason: "Conformance approve.")),
                "review to approve is entry 2, got \(approve)")
            state = try await self.state(key)
            try expect(state.lease == nil && state.nextConfirmationAt == nil, "settling releases the holder's lease")
        }

        mutating func concurrentSettlements() async throws {
            let key = job(1)
            let store = self.store
            let revision =
                try await store.record(delivery(pair: 1, digest: 1, job: key), now: at(0)).state?.revision ?? -1
            let kinds: [Decision.Kind] = [.approve, .reject, .review, .approve]
            let settlements = (0..<32).map { index in
                Settlement(
                    job: key, revision: revision, decision: decision(kinds[index % kinds.count]),
                    nextConfirmationAt: nil, lease: nil)
            }
            let now = at(1)
            let gate = StartingGate(count: settlements.count)
            let results = try await withThrowingTaskGroup(of: SettlementResult.self) { group in
                for settlement in settlements {
                    group.addTask {
                        await gate.arriveAndWait()
                        return try await store.settle(settlement, now: now)
                    }
                }
                var results: [SettlementResult] = []
                for try await result in group { results.append(result) }
                return results
            }
            let applied = results.filter { if case .settled = $0 { true } else { false } }
            try expect(
                applied.count == 1, "exactly one of 32 settlements of one revision applies, got \(applied.count)")
            let entries = try await store.outbox(after: 0, limit: 100)
            try expect(
                entries.count == 1 && entries.first?.sequence == 1,
                "exactly one entry is appended, got \(entries.count)")
            try expect(try await state(key).lastEmitted == entries.first?.kind, "the last emitted kind is the entry's")
        }

        mutating func outbox() async throws {
            var expected: [OutboxEntry] = []
            for n in 1...5 {
                let key = job(n)
                let revision =
                    try await store.record(delivery(pair: n, digest: n, job: key), now: at(Double(n))).state?.revision
                    ?? -1
                let kind: Decision.Kind = n.isMultiple(of: 2) ? .reject : .approve
                guard
                    case .settled(let entry?) = try await store.settle(
                        Settlement(
                            job: key, revision: revision, decision: decision(kind), nextConfirmationAt: nil, lease: nil),
                        now: at(Double(n)))
                else {
                    throw Violation(check: check, message: "an emitting settlement of job \(n) must return its entry")
                }
                expected.append(entry)
            }
            try expect(
                expected.map(\.sequence) == [1, 2, 3, 4, 5],
                "sequences start at 1 and grow by 1, got \(expected.map(\.sequence))")
            try expect(
                try await store.outbox(after: 0, limit: 100) == expected, "the outbox lists every entry in order")
            try expect(
                try await store.outbox(after: 2, limit: 2) == Array(expected[2..<4]),
                "after 2, limit 2: entries 3 and 4")
            try expect(try await store.outbox(after: 5, limit: 10).isEmpty, "nothing after the last")
            try expect(
                try await store.outbox(after: -1, limit: 1) == [expected[0]],
                "after a negative sequence: from the first")
            try expect(try await store.outbox(after: 0, limit: 0).isEmpty, "limit 0: nothing")
        }

        mutating func dueList() async throws {
            let early = job(1)
            let late = job(2)
            let leased = job(3)
            let never = job(4)
            let later = job(5)
            _ = try await store.register(late, jobType: .biometricKYC, now: at(0), confirmAt: at(20))
            _ = try await store.register(early, jobType: .biometricKYC, now: at(0), confirmAt: at(10))
            _ = try await store.register(leased, jobType: .biometricKYC, now: at(0), confirmAt: at(5))
            _ = try await store.register(later, jobType: .biometricKYC, now: at(0), confirmAt: at(1000))
            let neverRevision =
                try await store.record(delivery(pair: 1, digest: 1, job: never), now: at(0)).state?.revision ?? -1
            _ = try await store.settle(
                Settlement(
                    job: never, revision: neverRevision, decision: decision(.approve), nextConfirmationAt: nil,
                    lease: nil), now: at(0))
            _ = try await store.claimConfirmation(of: leased, lease: lease("a", until: 60), now: at(5))
            try expect(
                try await store.dueJobs(at: at(30), limit: 10) == [early, late],
                "soonest first, leased, unscheduled and later jobs left out")
            try expect(try await store.dueJobs(at: at(30), limit: 1) == [early], "within the limit")
            try expect(
                try await store.dueJobs(at: at(60), limit: 10) == [leased, early, late],
                "a job whose lease expired is due again")
            try expect(try await store.dueJobs(at: at(4), limit: 10).isEmpty, "nothing is due before its time")
        }

        mutating func failureBetweenSteps() async throws {
            let key = job(1)
            _ = try await store.record(delivery(pair: 1, digest: 1, job: key), now: at(0))
            // The first instance confirms, then fails before settling.
            let a = lease("a", until: 60)
            guard let claimed = try await store.claimConfirmation(of: key, lease: a, now: at(1)),
                let confirmed = try await store.recordConfirmation(
                    .confirmed(response(["1012", "0810"], of: key), coversArrivals: claimed.arrivals), of: key,
                    lease: a, now: at(2))
            else { throw Violation(check: check, message: "the first confirmation must be claimed and recorded") }
            try expect(
                try await store.dueJobs(at: at(59), limit: 10).isEmpty, "while the lease lasts, the job is not listed")
            try expect(
                try await store.dueJobs(at: at(60), limit: 10) == [key],
                "once the lease expires, the unsettled job is due again")
            // The second instance takes over and settles.
            let b = lease("b", until: 120)
            guard let reclaimed = try await store.claimConfirmation(of: key, lease: b, now: at(60)),
                let again = try await store.recordConfirmation(
                    .confirmed(response(["1012", "0810"], of: key), coversArrivals: reclaimed.arrivals), of: key,
                    lease: b, now: at(61))
            else {
                throw Violation(check: check, message: "the second instance must claim and record the confirmation")
            }
            let settled = try await store.settle(
                Settlement(
                    job: key, revision: again.revision, decision: decision(.approve), nextConfirmationAt: nil, lease: b),
                now: at(62))
            guard case .settled(_?) = settled else {
                throw Violation(check: check, message: "the second instance's settlement must emit, got \(settled)")
            }
            // The first instance's late settlement is outdated: nothing more is emitted.
            let late = try await store.settle(
                Settlement(
                    job: key, revision: confirmed.revision, decision: decision(.approve), nextConfirmationAt: at(600),
                    lease: a), now: at(63))
            guard case .outdated = late else {
                throw Violation(
                    check: check, message: "a settlement of a revision overtaken must be .outdated, got \(late)")
            }
            try expect(try await store.outbox(after: 0, limit: 10).count == 1, "the change is emitted once")
            try expect(try await store.dueJobs(at: at(10_000), limit: 10).isEmpty, "a settled final job is not due")
        }
    }
}

// MARK: - Concurrency

extension JobInboxStoreConformance {
    /// Holds concurrent tasks until all have started, so that their calls to the store overlap
    /// instead of running one after the other as the tasks are created.
    final class StartingGate: Sendable {
        private let arrived = PThreadLocked(0)
        private let count: Int

        init(count: Int) {
            self.count = count
        }

        func arriveAndWait() async {
            arrived.withLock { $0 += 1 }
            while arrived.withLock({ $0 }) < count {
                await Task.yield()
            }
        }
    }
}
