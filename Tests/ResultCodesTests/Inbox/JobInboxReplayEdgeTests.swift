import Models
import ResultCodes
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The replay records at the exact edges of the windows they guard, both sides: a pair is never
/// accepted twice, however close to the edge of the freshness window it comes again.
@Suite struct JobInboxReplayEdgeTests {
    static let job = Inbox.job(1)
    /// The signing time; every delivery's time is an offset from it.
    static let signedAt = Inbox.at(0)

    static func outcome(_ body: [UInt8], at seconds: Double, inbox: JobInbox) async -> CallbackOutcome {
        await inbox.receive(body: body, now: signedAt.addingTimeInterval(seconds))
    }

    @Test(arguments: [300.0, 300.0001, 300.0004, 300.0005, 300.001, 301, 601])
    func aRedeliveryAtTheEdgeOfTheWindowIsADuplicate(_ seconds: Double) async {
        let inbox = Inbox.inbox()
        let body = Inbox.callback("1012", of: Self.job, signedAt: Self.signedAt)
        #expect(await Self.outcome(body, at: 1, inbox: inbox) == .accepted)
        // The record lives 601 s from the delivery that made it: the whole window, both ways,
        // and a second.
        #expect(await Self.outcome(body, at: seconds, inbox: inbox) == .duplicate)
    }

    @Test(arguments: [
        (300.0, CallbackOutcome.unconfirmed(.reusedSignature)),
        (300.0001, .unconfirmed(.reusedSignature)),
        (300.0004, .unconfirmed(.reusedSignature)),
        // 300.0006 s rounds to 300.001 s: outside the window, which is the reason given first.
        (300.0006, .unconfirmed(.stale(age: .milliseconds(300_001)))),
        (301, .unconfirmed(.stale(age: .seconds(301)))),
    ])
    func anotherBodyUnderAUsedPairIsNeverAccepted(_ seconds: Double, _ expected: CallbackOutcome) async {
        let store = InMemoryJobInboxStore()
        let inbox = Inbox.inbox(store: store)
        let real = Inbox.callback("1012", of: Self.job, signedAt: Self.signedAt)
        let forged = Inbox.callback("1210", of: Self.job, signedAt: Self.signedAt)
        #expect(await Self.outcome(real, at: 1, inbox: inbox) == .accepted)
        #expect(await Self.outcome(forged, at: seconds, inbox: inbox) == expected)
        #expect(store.state(of: Self.job)?.results.map(\.isTrusted) == [true, false])
    }

    @Test func theFreshnessWindowIsInclusiveToTheMillisecond() async {
        let body = Inbox.callback("1012", of: Self.job, signedAt: Self.signedAt)
        #expect(await Self.outcome(body, at: 300, inbox: Inbox.inbox()) == .accepted)
        #expect(await Self.outcome(body, at: 300.0004, inbox: Inbox.inbox()) == .accepted)
        #expect(
            await Self.outcome(body, at: 300.001, inbox: Inbox.inbox())
                == .unconfirmed(.stale(age: .milliseconds(300_001))))
        #expect(await Self.outcome(body, at: -300, inbox: Inbox.inbox()) == .accepted)
        #expect(
            await Self.outcome(body, at: -300.001, inbox: Inbox.inbox())
                == .unconfirmed(.fromTheFuture(lead: .milliseconds(300_001))))
    }

    @Test func aRecordIsLiveTheInstantBeforeItsExpiryAndGoneAtIt() async throws {
        let store = InMemoryJobInboxStore()
        let inbox = Inbox.inbox(store: store)
        let body = Inbox.callback("1012", of: Self.job, signedAt: Self.signedAt)
        #expect(await Self.outcome(body, at: 1, inbox: inbox) == .accepted)
        let revision = try #require(store.state(of: Self.job)).revision
        #expect(await Self.outcome(body, at: 602 - 0.001, inbox: inbox) == .duplicate)
        // At its expiry the record is gone: the body is stale by then, so it is recorded as
        // unconfirmed, and its result, already kept, is nothing new.
        #expect(await Self.outcome(body, at: 602, inbox: inbox) == .unconfirmed(.stale(age: .seconds(602))))
        #expect(store.state(of: Self.job)?.revision == revision)
        #expect(await Self.outcome(body, at: 603, inbox: inbox) == .duplicate)
    }

    @Test func aPairIsAcceptedOnceHoweverOftenItComesWithinTheWindow() async {
        let inbox = Inbox.inbox()
        var accepted = 0
        for step in 0..<3_000 {
            // A different body each time, under the same pair, every 100 ms through the window.
            let body = Inbox.callback("0\(800 + step % 100)", of: Inbox.job(step), signedAt: Self.signedAt)
            if await Self.outcome(body, at: Double(step) / 10 - 0.05, inbox: inbox) == .accepted { accepted += 1 }
        }
        #expect(accepted == 1)
    }
}
