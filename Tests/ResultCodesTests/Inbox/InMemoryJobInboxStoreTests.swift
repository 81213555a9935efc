import Models
public import ResultCodes
public import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JobInboxStoreConformance.Check: CustomTestStringConvertible {
    /// The check's name, as the test results show it.
    public var testDescription: String { rawValue }
}

/// The store conformance suite on `InMemoryJobInboxStore`, and what is the in-memory store's
/// own: its bounds.
@Suite struct InMemoryJobInboxStoreTests {
    static let start = Date(timeIntervalSince1970: 1_714_564_800)

    @Test(arguments: JobInboxStoreConformance.Check.allCases)
    func conforms(_ check: JobInboxStoreConformance.Check) async throws {
        try await JobInboxStoreConformance { InMemoryJobInboxStore() }.run(check)
    }

    @Test func theSuiteCatchesAStoreThatForgetsDuplicates() async throws {
        // A store that answers every delivery as a first use fails the replay check.
        let conformance = JobInboxStoreConformance { ForgetfulStore() }
        await #expect(throws: JobInboxStoreConformance.Violation.self) {
            try await conformance.run(.replayRecords)
        }
        let violation = await #expect(throws: JobInboxStoreConformance.Violation.self) {
            try await conformance.run()
        }
        #expect(violation?.description.hasPrefix("JobInboxStore conformance, replay records: ") == true)
    }

    static func delivery(_ n: Int, expiresAt: Date, job: JobKey? = nil) -> CallbackDelivery {
        CallbackDelivery(
            timestamp: "2024-05-01T12:00:00.000Z", signature: "signature-\(n)",
            bodyDigest: BodyDigest(bytes: Array(repeating: UInt8(n % 256), count: 32))!, replayExpiresAt: expiresAt,
            isFresh: true, job: job,
            results: job.map {
                [
                    JobResult(
                        resultCode: "1012", resultText: "ID Verified", smileJobID: "0000000001",
                        partnerParams: PartnerParams(userID: $0.userID, jobID: $0.jobID, jobType: .biometricKYC))
                ]
            } ?? [])
    }

    @Test func aFullStoreRefusesRatherThanForgetALiveRecord() throws {
        let store = InMemoryJobInboxStore(replayCapacity: 3)
        for n in 0..<3 {
            let expiry = Self.start.addingTimeInterval(600 + Double(n))
            _ = try store.record(Self.delivery(n, expiresAt: expiry), now: Self.start)
        }
        #expect(store.replayRecordCount == 3)
        let full = #expect(throws: InMemoryJobInboxStore.Full.self) {
            try store.record(Self.delivery(3, expiresAt: Self.start.addingTimeInterval(700)), now: Self.start)
        }
        #expect(full?.what == "replay records" && full?.capacity == 3)
        // Every live record still answers: none was dropped to make room.
        for n in 0..<3 {
            let again = try store.record(
                Self.delivery(n, expiresAt: Self.start), now: Self.start.addingTimeInterval(599))
            #expect(again.replay == .duplicate)
        }
        // Once the first expires, there is room again, and only it was dropped.
        let later = Self.start.addingTimeInterval(600)
        #expect(
            try store.record(Self.delivery(3, expiresAt: later.addingTimeInterval(600)), now: later).replay == .first)
        #expect(store.replayRecordCount == 3)
        #expect(try store.record(Self.delivery(1, expiresAt: later), now: later).replay == .duplicate)
        #expect(
            "\(full.map { "\($0)" } ?? "")" == "the in-memory job inbox store holds its maximum of 3 replay records")
    }

    @Test func aFullStoreRefusesANewJobButNotAKnownOne() throws {
        let store = InMemoryJobInboxStore(jobCapacity: 1)
        let known = JobKey(userID: "u-1", jobID: "j-1")
        let far = Self.start.addingTimeInterval(600)
        _ = try store.record(Self.delivery(1, expiresAt: far, job: known), now: Self.start)
        #expect(throws: InMemoryJobInboxStore.Full.self) {
            try store.record(
                Self.delivery(2, expiresAt: far, job: JobKey(userID: "u-2", jobID: "j-2")), now: Self.start)
        }
        #expect(throws: InMemoryJobInboxStore.Full.self) {
            try store.register(
                JobKey(userID: "u-3", jobID: "j-3"), jobType: .enhancedKYC, now: Self.start, confirmAt: far)
        }
        // The refused delivery left no replay record behind: it can come again once there is room.
        #expect(store.replayRecordCount == 1)
        #expect(try store.record(Self.delivery(3, expiresAt: far, job: known), now: Self.start).replay == .first)
        #expect(store.jobCount == 1)
    }

    @Test func expiredRecordsAreDroppedAsTimePasses() throws {
        let store = InMemoryJobInboxStore()
        // 10,000 records, one expiring every 10 ms.
        for n in 0..<10_000 {
            let now = Self.start.addingTimeInterval(Double(n) / 100)
            _ = try store.record(Self.delivery(n, expiresAt: now.addingTimeInterval(601)), now: now)
        }
        #expect(store.replayRecordCount == 10_000)
        // Each delivery drops what has expired before it: half of them 50 s after the last.
        let later = Self.start.addingTimeInterval(99.99 + 601 - 50)
        _ = try store.record(Self.delivery(20_000, expiresAt: later.addingTimeInterval(601)), now: later)
        #expect(store.replayRecordCount == 5_000 + 1)
    }

    @Test func recordsAddedOutOfOrderAreStillDroppedWhenFull() throws {
        // A clock that goes back adds a record that expires before the one ahead of it in the
        // queue; when the store is full, every expired record is found wherever it is.
        let store = InMemoryJobInboxStore(replayCapacity: 2)
        _ = try store.record(Self.delivery(1, expiresAt: Self.start.addingTimeInterval(1_000)), now: Self.start)
        _ = try store.record(Self.delivery(2, expiresAt: Self.start.addingTimeInterval(10)), now: Self.start)
        let now = Self.start.addingTimeInterval(20)
        #expect(try store.record(Self.delivery(3, expiresAt: now.addingTimeInterval(600)), now: now).replay == .first)
        #expect(store.replayRecordCount == 2)
        #expect(try store.record(Self.delivery(1, expiresAt: now), now: now).replay == .duplicate)
    }
}

/// A store that forgets every replay record: the conformance suite must catch it.
final class ForgetfulStore: JobInboxStore {
    let base = InMemoryJobInboxStore()

    func record(_ delivery: CallbackDelivery, now: Date) throws -> DeliveryReceipt {
        var fresh = delivery
        fresh.signature += "-\(UInt64.random(in: 0...UInt64.max))"
        return try base.record(fresh, now: now)
    }
    func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) throws -> Bool {
        try base.register(job, jobType: jobType, now: now, confirmAt: confirmAt)
    }
    func state(of job: JobKey) -> JobState? { base.state(of: job) }
    func dueJobs(at now: Date, limit: Int) -> [JobKey] { base.dueJobs(at: now, limit: limit) }
    func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) -> JobState? {
        base.claimConfirmation(of: job, lease: lease, now: now)
    }
    func recordConfirmation(_ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date)
        -> JobState?
    {
        base.recordConfirmation(outcome, of: job, lease: lease, now: now)
    }
    func settle(_ settlement: Settlement, now: Date) -> SettlementResult { base.settle(settlement, now: now) }
    func outbox(after sequence: Int, limit: Int) -> [OutboxEntry] { base.outbox(after: sequence, limit: limit) }
}
