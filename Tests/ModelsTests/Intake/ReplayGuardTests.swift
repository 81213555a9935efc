import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct ReplayGuardTests {
    static let now = Date(timeIntervalSince1970: 1_714_564_800)
    static func token(_ index: Int) -> ReplayToken { ReplayToken(timestamp: "t\(index)", signature: "s\(index)") }

    @Test func eachTokenIsAcceptedOnceUntilItExpires() {
        let guardian = InMemoryReplayGuard()
        let expiry = Self.now.addingTimeInterval(300)
        #expect(guardian.recordFirstUse(of: Self.token(1), until: expiry, now: Self.now))
        #expect(!guardian.recordFirstUse(of: Self.token(1), until: expiry, now: Self.now.addingTimeInterval(299)))
        #expect(guardian.recordFirstUse(of: Self.token(2), until: expiry, now: Self.now))
        // After its expiry the record no longer counts (the timestamp is stale by then anyway).
        #expect(guardian.recordFirstUse(of: Self.token(1), until: expiry.addingTimeInterval(300), now: expiry))
    }

    @Test func theSameTimestampWithAnotherSignatureIsAnotherToken() {
        let guardian = InMemoryReplayGuard()
        let expiry = Self.now.addingTimeInterval(300)
        #expect(guardian.recordFirstUse(of: ReplayToken(timestamp: "t", signature: "a"), until: expiry, now: Self.now))
        #expect(guardian.recordFirstUse(of: ReplayToken(timestamp: "t", signature: "b"), until: expiry, now: Self.now))
    }

    @Test func itIsBoundedAndDropsExpiredRecordsFirst() {
        let guardian = InMemoryReplayGuard(capacity: 3)
        #expect(guardian.recordFirstUse(of: Self.token(1), until: Self.now.addingTimeInterval(10), now: Self.now))
        #expect(guardian.recordFirstUse(of: Self.token(2), until: Self.now.addingTimeInterval(500), now: Self.now))
        #expect(guardian.recordFirstUse(of: Self.token(3), until: Self.now.addingTimeInterval(400), now: Self.now))
        let later = Self.now.addingTimeInterval(20)
        #expect(guardian.recordFirstUse(of: Self.token(4), until: later.addingTimeInterval(300), now: later))
        #expect(guardian.count == 3)
        // Full of live records: the one expiring soonest (4, at 12:05:20) makes room.
        #expect(guardian.recordFirstUse(of: Self.token(5), until: later.addingTimeInterval(400), now: later))
        #expect(guardian.count == 3)
        #expect(!guardian.recordFirstUse(of: Self.token(2), until: later.addingTimeInterval(300), now: later))
        #expect(!guardian.recordFirstUse(of: Self.token(3), until: later.addingTimeInterval(300), now: later))
        #expect(guardian.recordFirstUse(of: Self.token(4), until: later.addingTimeInterval(300), now: later))
    }

    @Test func theTokenDescriptionHidesTheSignature() {
        #expect("\(ReplayToken(timestamp: "2024", signature: "c2VjcmV0"))" == "ReplayToken(timestamp: 2024)")
    }
}
