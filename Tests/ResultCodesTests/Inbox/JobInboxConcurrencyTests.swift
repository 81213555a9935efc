// NSLock and CheckedContinuation for the gated transport.
import Foundation
import Models
import ResultCodes
import Testing

/// Many deliveries, ticks and inboxes at once: every change emitted once. Run under
/// ThreadSanitizer with
/// `swift test --sanitize=thread --scratch-path .build-tsan --filter JobInboxConcurrencyTests`.
@Suite struct JobInboxConcurrencyTests {
    @Test func thousandsOfDeliveriesOfManyJobsThroughOneInbox() async throws {
        let jobs = (0..<400).map(Inbox.job)
        let smileID = SmileIDSimulator()
        for job in jobs { smileID.set(job, codes: ["1012", "0812", "1210"]) }
        let store = InMemoryJobInboxStore()
        let inbox = JobInbox(
            key: Inbox.key, store: store, transport: smileID,
            configuration: JobInbox.Configuration(concurrentConfirmations: 8))
        let now = Inbox.at(0)
        // Every callback of every job, each delivered twice, each signed in its own millisecond.
        var bodies: [[UInt8]] = []
        for (index, job) in jobs.enumerated() {
            for (offset, code) in ["1012", "0812", "1210"].enumerated() {
                let signedAt = Inbox.at(-60 + Double(index * 3 + offset) / 1_000)
                bodies.append(Inbox.callback(code, of: job, signedAt: signedAt))
            }
        }
        let deliveries = (bodies + bodies).shuffled()
        let outcomes = await withTaskGroup(of: CallbackOutcome?.self) { group in
            for body in deliveries {
                group.addTask { await inbox.receive(body: body, now: now) }
            }
            // Ticks running at the same time as the deliveries.
            for tick in 0..<20 {
                group.addTask {
                    _ = await inbox.tick(now: now.addingTimeInterval(Double(tick) / 100))
                    return nil
                }
            }
            var outcomes: [CallbackOutcome] = []
            for await outcome in group {
                if let outcome { outcomes.append(outcome) }
            }
            return outcomes
        }
        #expect(outcomes.count == 2_400)
        #expect(outcomes.filter { $0 == .accepted }.count == 1_200)
        #expect(outcomes.filter { $0 == .duplicate }.count == 1_200)
        // Then tick until nothing is due.
        var second = 1.0
        while await inbox.tick(now: now.addingTimeInterval(second)).due > 0 { second += 1 }
        let entries = try await inbox.outbox(after: 0, limit: 10_000)
        #expect(entries.count == jobs.count)
        #expect(Set(entries.map(\.job)) == Set(jobs))
        #expect(entries.allSatisfy { $0.kind == .approve })
        #expect(entries.map(\.sequence) == Array(1...jobs.count))
        #expect(store.jobCount == jobs.count)
    }

    @Test func twoInboxesSharingOneStoreRacingOnOneJobEmitOnce() async throws {
        let store = InMemoryJobInboxStore()
        let smileID = SmileIDSimulator()
        let job = Inbox.job(1)
        smileID.set(job, codes: ["1012", "0812", "1210"])
        let a = Inbox.inbox(store: store, smileID: smileID)
        let b = Inbox.inbox(store: store, smileID: smileID)
        _ = await a.receive(body: Inbox.callback("1210", of: job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
        let reports = await withTaskGroup(of: TickReport.self) { group in
            for index in 0..<64 {
                let inbox = index.isMultiple(of: 2) ? a : b
                group.addTask { await inbox.tick(now: Inbox.at(1)) }
            }
            var reports: [TickReport] = []
            for await report in group { reports.append(report) }
            return reports
        }
        #expect(reports.map(\.confirmed).reduce(0, +) == 1)
        #expect(smileID.requests.count == 1, "one confirmation: the lease keeps the other inbox out")
        #expect(try await a.outbox(after: 0, limit: 10).map(\.kind) == [.approve])
    }

    @Test func trustedDeliveriesToTwoInboxesRacingOnEachJobEmitOncePerChange() async throws {
        let store = InMemoryJobInboxStore()
        let smileID = SmileIDSimulator()
        let a = Inbox.inbox(store: store, smileID: smileID, confirmation: .whenUntrusted)
        let b = Inbox.inbox(store: store, smileID: smileID, confirmation: .whenUntrusted)
        let jobs = (0..<200).map(Inbox.job)
        await withTaskGroup(of: Void.self) { group in
            for (index, job) in jobs.enumerated() {
                let machine = Inbox.callback(
                    "0810", of: job, signedAt: Inbox.at(-1 + Double(index) / 1_000), isFinal: false)
                let human = Inbox.callback("1210", of: job, signedAt: Inbox.at(-0.5 + Double(index) / 1_000))
                group.addTask { _ = await a.receive(body: machine, now: Inbox.at(0)) }
                group.addTask { _ = await b.receive(body: human, now: Inbox.at(0)) }
            }
        }
        let entries = try await a.outbox(after: 0, limit: 10_000)
        // 0810 not final: wait; with 1210: approve. Whatever the order, one approve per job.
        #expect(entries.count == jobs.count && entries.allSatisfy { $0.kind == .approve })
        #expect(Set(entries.map(\.job)).count == jobs.count)
        #expect(smileID.requests.isEmpty)
    }

    @Test func aConfirmationThatHangsIsTakenOverWhenItsLeaseExpires() async throws {
        let store = InMemoryJobInboxStore()
        let smileID = SmileIDSimulator()
        let job = Inbox.job(1)
        smileID.set(job, codes: ["1012", "0812", "1210"])
        let gate = GatedTransport(smileID)
        let stuck = Inbox.inbox(store: store, smileID: smileID)
        var hanging = stuck
        hanging.transport = gate
        let other = Inbox.inbox(store: store, smileID: smileID)
        _ = await other.receive(body: Inbox.callback("1210", of: job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
        let first = Task { await hanging.tick(now: Inbox.at(1)) }
        await gate.waitForARequest()
        // Within the lease (60 s) the other inbox leaves the job alone; after it, takes it over.
        #expect(await other.tick(now: Inbox.at(60)).due == 0)
        let takeover = await other.tick(now: Inbox.at(61))
        #expect(takeover.confirmed == 1 && takeover.emitted.map(\.kind) == [.approve])
        gate.open()
        let late = await first.value
        #expect(late.confirmed == 0 && late.emitted.isEmpty)
        #expect(try await other.outbox(after: 0, limit: 10).map(\.kind) == [.approve])
    }

    @Test func aFailureBetweenConfirmingAndSettlingIsRecoveredAndEmittedOnce() async throws {
        let store = FlakyStore()
        let smileID = SmileIDSimulator()
        let job = Inbox.job(1)
        smileID.set(job, codes: ["1012", "0812", "1210"])
        let inbox = Inbox.inbox(store: store, smileID: smileID)
        _ = await inbox.receive(body: Inbox.callback("1210", of: job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
        store.fail(.settle)
        let broken = await inbox.tick(now: Inbox.at(1))
        #expect(broken.storeErrors == 1 && broken.emitted.isEmpty)
        #expect(store.base.state(of: job)?.confirmation != nil)
        #expect(await inbox.tick(now: Inbox.at(30)).due == 0)  // its lease still held
        let recovered = await inbox.tick(now: Inbox.at(61))
        #expect(recovered.emitted.map(\.kind) == [.approve])
        #expect(smileID.requests.count == 2)  // at least once: job_status is asked again
        #expect(await inbox.tick(now: Inbox.at(200)).due == 0)
        #expect(try await inbox.outbox(after: 0, limit: 10).count == 1)
    }

    @Test(arguments: [FlakyStore.Operation.claim, .recordConfirmation, .dueJobs])
    func aStoreFailureDuringATickIsRetried(_ operation: FlakyStore.Operation) async throws {
        let store = FlakyStore()
        let smileID = SmileIDSimulator()
        let job = Inbox.job(1)
        smileID.set(job, codes: ["1012", "0812", "1210"])
        let inbox = Inbox.inbox(store: store, smileID: smileID)
        _ = await inbox.receive(body: Inbox.callback("1210", of: job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
        store.fail(operation)
        let broken = await inbox.tick(now: Inbox.at(1))
        #expect(broken.storeErrors == 1 && broken.emitted.isEmpty)
        var second = 2.0
        var emitted: [OutboxEntry] = []
        while second < 200 {
            emitted += await inbox.tick(now: Inbox.at(second)).emitted
            second += 1
        }
        #expect(emitted.map(\.kind) == [.approve])
    }

    @Test func aWhenUntrustedSettlementInterruptedAfterTheDeliveryIsFinishedByATick() async throws {
        let store = FlakyStore()
        let smileID = SmileIDSimulator()
        let job = Inbox.job(1)
        let inbox = Inbox.inbox(store: store, smileID: smileID, confirmation: .whenUntrusted)
        store.fail(.settle)
        #expect(
            await inbox.receive(body: Inbox.callback("1210", of: job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
                == .accepted, "committed before the settlement failed: still 200")
        #expect(try await inbox.outbox(after: 0, limit: 10).isEmpty)
        let tick = await inbox.tick(now: Inbox.at(1))
        #expect(tick.decidedWithoutConfirmation == 1 && tick.emitted.map(\.kind) == [.approve])
        #expect(smileID.requests.isEmpty, "decided from the trusted delivery, no job_status needed")
    }
}

/// A transport whose answers wait until the gate opens: a confirmation that hangs.
final class GatedTransport: JobStatusTransport, @unchecked Sendable {
    private let base: SmileIDSimulator
    private let lock = NSLock()
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var arrived = 0

    init(_ base: SmileIDSimulator) {
        self.base = base
    }

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        await withCheckedContinuation { continuation in
            let resume: Bool = lock.withLock {
                arrived += 1
                if isOpen { return true }
                waiting.append(continuation)
                return false
            }
            if resume { continuation.resume() }
        }
        return try await base.send(request)
    }

    func waitForARequest() async {
        while lock.withLock({ arrived }) == 0 { await Task.yield() }
    }

    func open() {
        let continuations: [CheckedContinuation<Void, Never>] = lock.withLock {
            isOpen = true
            defer { waiting = [] }
            return waiting
        }
        for continuation in continuations { continuation.resume() }
    }
}
