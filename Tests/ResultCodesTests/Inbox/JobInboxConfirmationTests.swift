import Models
import ResultCodes
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Sections 3 and 4 of the inbox specification with a fixed clock and a scripted `job_status`:
/// confirmation, reconciliation, failed confirmations, and decisions emitted once per change.
@Suite struct JobInboxConfirmationTests {
    static let job = Inbox.job(1)

    /// The kinds in the outbox, in order.
    static func emitted(_ inbox: JobInbox) async throws -> [Decision.Kind] {
        try await inbox.outbox(after: 0, limit: 1_000).map(\.kind)
    }

    // MARK: Confirmation (section 3)

    @Test func aDeliveryIsATriggerAndJobStatusTheTruth() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0812", "1210"])
        let inbox = Inbox.inbox(smileID: smileID)
        #expect(
            await inbox.receive(body: Inbox.callback("1012", of: Self.job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
                == .accepted)
        // Nothing is decided from the body.
        #expect(try await Self.emitted(inbox).isEmpty)
        #expect(try await inbox.job(userID: "user-1", jobID: "job-1")?.decision == nil)
        let state = try #require(try await inbox.job(userID: "user-1", jobID: "job-1"))
        #expect(inbox.isPendingConfirmation(state))

        let report = await inbox.tick(now: Inbox.at(1))
        #expect(report.due == 1 && report.confirmed == 1 && report.failures.isEmpty)
        #expect(report.emitted.map(\.kind) == [.approve])
        // The request: signed with the partner's key at the tick's time, with history.
        let request = try #require(smileID.requests.first)
        #expect(request.userID == "user-1" && request.jobID == "job-1" && request.history && !request.imageLinks)
        #expect(request.partnerID == "085" && request.timestamp == "2024-05-01T12:00:01.000Z")
        #expect(Inbox.key.verify(signature: request.signature, timestamp: request.timestamp) == .valid)

        let decided = try #require(try await inbox.job(userID: "user-1", jobID: "job-1"))
        #expect(decided.decision?.kind == .approve && decided.decision?.isFinal == true)
        #expect(decided.decision?.isConfirmed == true && decided.decision?.codes == ["1012", "0812", "1210"])
        #expect(decided.lastEmitted == .approve && decided.nextConfirmationAt == nil)
        #expect(!inbox.isPendingConfirmation(decided))
        // Final: nothing is due any more.
        #expect(await inbox.tick(now: Inbox.at(10_000)).due == 0)
        #expect(smileID.requests.count == 1)
    }

    @Test(arguments: [JobInbox.ConfirmationMode.always, .whenUntrusted])
    func aForgedBodyUnderACapturedSignatureNeverDecides(_ mode: JobInbox.ConfirmationMode) async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0811"])  // the truth: rejected
        let inbox = Inbox.inbox(smileID: smileID, confirmation: mode)
        let signedAt = Inbox.at(-5)
        #expect(
            await inbox.receive(body: Inbox.callback("1012", of: Self.job, signedAt: signedAt), now: Inbox.at(0))
                == .accepted)
        // The captured pair on a forged approval of the same job, and on another job's.
        let forged = Inbox.callback("1210", of: Self.job, signedAt: signedAt)
        #expect(await inbox.receive(body: forged, now: Inbox.at(1)) == .unconfirmed(.reusedSignature))
        let other = Inbox.job(66)
        #expect(
            await inbox.receive(body: Inbox.callback("1210", of: other, signedAt: signedAt), now: Inbox.at(1))
                == .unconfirmed(.reusedSignature))
        smileID.fail(other, [.errorBody, .errorBody, .errorBody])
        for second in 2..<20 { _ = await inbox.tick(now: Inbox.at(Double(second))) }
        let entries = try await inbox.outbox(after: 0, limit: 100)
        #expect(entries.map(\.kind) == [.reject] && entries.first?.job == Self.job)
        let otherState = try await inbox.job(userID: other.userID, jobID: other.jobID)
        #expect(otherState?.decision == nil, "\(String(describing: otherState))")
    }

    @Test func twoJobsSignedInTheSameMillisecondAreBothDecided() async throws {
        let smileID = SmileIDSimulator()
        let (a, b) = (Inbox.job(1), Inbox.job(2))
        smileID.set(a, codes: ["1012", "0812", "1210"])
        smileID.set(b, codes: ["1012", "0811"])
        let inbox = Inbox.inbox(smileID: smileID)
        let signedAt = Inbox.at(-1)
        #expect(
            await inbox.receive(body: Inbox.callback("1210", of: a, signedAt: signedAt), now: Inbox.at(0)) == .accepted)
        #expect(
            await inbox.receive(body: Inbox.callback("0811", of: b, signedAt: signedAt), now: Inbox.at(0))
                == .unconfirmed(.reusedSignature))
        let report = await inbox.tick(now: Inbox.at(1))
        #expect(report.confirmed == 2)
        let entries = try await inbox.outbox(after: 0, limit: 10)
        #expect(Set(entries.map { "\($0.job.jobID) \($0.kind.rawValue)" }) == ["job-1 approve", "job-2 reject"])
    }

    @Test func aRedeliveryChangesNothing() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0812", "1210"])
        let inbox = Inbox.inbox(smileID: smileID)
        let body = Inbox.callback("1210", of: Self.job, signedAt: Inbox.at(-1))
        _ = await inbox.receive(body: body, now: Inbox.at(0))
        _ = await inbox.tick(now: Inbox.at(1))
        let before = try await inbox.job(userID: "user-1", jobID: "job-1")
        // The same body again, and the same result under a new signature.
        #expect(await inbox.receive(body: body, now: Inbox.at(2)) == .duplicate)
        #expect(
            await inbox.receive(body: Inbox.callback("1210", of: Self.job, signedAt: Inbox.at(2)), now: Inbox.at(3))
                == .accepted)
        #expect(try await inbox.job(userID: "user-1", jobID: "job-1") == before)
        #expect(await inbox.tick(now: Inbox.at(4)).due == 0)
        #expect(try await Self.emitted(inbox) == [.approve])
        #expect(smileID.requests.count == 1)
    }

    @Test func aDeliveryTwentyMinutesLateIsRecordedAndDecided() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0812", "1210"])
        let inbox = Inbox.inbox(smileID: smileID)
        let late = Inbox.callback("1210", of: Self.job, signedAt: Inbox.at(-1_200))
        #expect(await inbox.receive(body: late, now: Inbox.at(0)) == .unconfirmed(.stale(age: .seconds(1_200))))
        #expect(await inbox.tick(now: Inbox.at(1)).emitted.map(\.kind) == [.approve])
    }

    @Test func aLargeBodyIsDecided() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0812", "1210"])
        let inbox = Inbox.inbox(smileID: smileID)
        #expect(await inbox.receive(body: JobInboxDeliveryTests.largeBody, now: Inbox.at(0)) == .accepted)
        #expect(await inbox.tick(now: Inbox.at(1)).emitted.map(\.kind) == [.approve])
    }

    @Test func trustedResultsDecideDirectlyWhenUntrusted() async throws {
        let smileID = SmileIDSimulator()
        let inbox = Inbox.inbox(smileID: smileID, confirmation: .whenUntrusted)
        #expect(
            await inbox.receive(body: Inbox.callback("1210", of: Self.job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
                == .accepted)
        // Emitted before receive returned; no job_status request.
        #expect(try await Self.emitted(inbox) == [.approve])
        let state = try #require(try await inbox.job(userID: "user-1", jobID: "job-1"))
        #expect(state.decision?.isConfirmed == false && state.nextConfirmationAt == nil)
        #expect(await inbox.tick(now: Inbox.at(1)).due == 0)
        #expect(smileID.requests.isEmpty)
    }

    @Test func anUnconfirmedResultWaitsForJobStatusWhenUntrusted() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0811"])
        let inbox = Inbox.inbox(smileID: smileID, confirmation: .whenUntrusted)
        #expect(
            await inbox.receive(body: Inbox.callback("1012", of: Self.job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
                == .accepted)
        // Trusted 1012: wait, not emitted; then a late 1210 (unconfirmed) decides nothing.
        let late = Inbox.callback("1210", of: Self.job, signedAt: Inbox.at(-900))
        #expect(await inbox.receive(body: late, now: Inbox.at(1)) == .unconfirmed(.stale(age: .seconds(901))))
        #expect(try await Self.emitted(inbox).isEmpty)
        let pending = try #require(try await inbox.job(userID: "user-1", jobID: "job-1"))
        #expect(inbox.isPendingConfirmation(pending) && pending.decision?.kind == .wait)
        // job_status says rejected: that decides.
        #expect(await inbox.tick(now: Inbox.at(2)).emitted.map(\.kind) == [.reject])
    }

    // MARK: Out of order

    static let orders: [[String]] = [
        ["1012", "0812", "1210"], ["1012", "1210", "0812"], ["0812", "1012", "1210"],
        ["0812", "1210", "1012"], ["1210", "1012", "0812"], ["1210", "0812", "1012"],
    ]

    @Test(arguments: orders, [JobInbox.ConfirmationMode.always, .whenUntrusted])
    func biometricKYCTrailsInAnyOrderEmitOnce(_ order: [String], _ mode: JobInbox.ConfirmationMode) async throws {
        let smileID = SmileIDSimulator()
        let inbox = Inbox.inbox(smileID: smileID, confirmation: mode)
        var truth: [String] = []
        for (index, code) in order.enumerated() {
            truth.append(code)
            smileID.set(Self.job, codes: truth, complete: truth.count == 3)
            let now = Inbox.at(Double(index * 10))
            let body = Inbox.callback(code, of: Self.job, signedAt: now.addingTimeInterval(-1))
            #expect(await inbox.receive(body: body, now: now) == .accepted)
            // Each delivered again, as Smile ID's retries do.
            #expect(await inbox.receive(body: body, now: now.addingTimeInterval(1)) == .duplicate)
            _ = await inbox.tick(now: now.addingTimeInterval(2))
        }
        #expect(try await Self.emitted(inbox) == [.approve], "\(order)")
        let state = try #require(try await inbox.job(userID: "user-1", jobID: "job-1"))
        #expect(state.decision?.codes == ["1012", "0812", "1210"])
    }

    // MARK: Reconciliation

    @Test func aJobWhoseCallbacksNeverArriveIsReconciled() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012"], complete: false)
        let inbox = Inbox.inbox(smileID: smileID)
        #expect(try await inbox.register(userID: "user-1", jobID: "job-1", jobType: .biometricKYC, now: Inbox.at(0)))
        #expect(try await !inbox.register(userID: "user-1", jobID: "job-1", jobType: .biometricKYC, now: Inbox.at(1)))
        #expect(await inbox.tick(now: Inbox.at(599)).due == 0)
        let first = await inbox.tick(now: Inbox.at(600))
        #expect(first.confirmed == 1 && first.emitted.isEmpty)  // 1012: wait
        #expect(try await inbox.job(userID: "user-1", jobID: "job-1")?.nextConfirmationAt == Inbox.at(1_200))
        smileID.set(Self.job, codes: ["1012", "0812", "1210"])
        #expect(await inbox.tick(now: Inbox.at(1_199)).due == 0)
        #expect(await inbox.tick(now: Inbox.at(1_200)).emitted.map(\.kind) == [.approve])
        #expect(smileID.requests.count == 2)
    }

    @Test func reconciliationStopsAfterGiveUpAfter() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012"], complete: false)
        let inbox = Inbox.inbox(smileID: smileID)
        try await inbox.register(userID: "user-1", jobID: "job-1", jobType: .biometricKYC, now: Inbox.at(0))
        var now = 600.0
        while now <= 604_800 + 1_200 {
            _ = await inbox.tick(now: Inbox.at(now))
            now += 600
        }
        // Every 10 minutes for 7 days: 1,008 confirmations, then none.
        #expect(smileID.requests.count == 1_008)
        #expect(try await inbox.job(userID: "user-1", jobID: "job-1")?.nextConfirmationAt == nil)
        #expect(try await Self.emitted(inbox).isEmpty)
    }

    // MARK: Failed confirmations

    @Test(arguments: [
        (SmileIDSimulator.Fault.transportError, JobInbox.ConfirmationFailure.transport),
        (.badSignature, .signature(.mismatch)),
        (.staleTimestamp, .stale),
        (.anotherJobsResult, .anotherJob),
        (
            .errorBody,
            .notAJobStatus(
                DecodingFailure(kind: .missingKey, path: JSONPath([.key("job_complete")]), requirement: "is missing"))
        ),
        (
            .notJSON,
            .notAJobStatus(
                DecodingFailure(
                    kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]),
                    requirement: "is not one JSON object with distinct keys"))
        ),
        (.inconsistentJobTypes, .inconsistentTrail(.differentJobTypes(.biometricKYC, .enhancedKYC))),
    ])
    func aFailedConfirmationIsRetriedWithBackoffAndEmitsNothing(
        _ fault: SmileIDSimulator.Fault, _ failure: JobInbox.ConfirmationFailure
    ) async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["1012", "0812", "1210"])
        smileID.fail(Self.job, Array(repeating: fault, count: 11))
        let inbox = Inbox.inbox(smileID: smileID)
        _ = await inbox.receive(body: Inbox.callback("1210", of: Self.job, signedAt: Inbox.at(-1)), now: Inbox.at(0))
        var now = 0.0
        var waits: [Double] = []
        for _ in 0..<11 {
            let report = await inbox.tick(now: Inbox.at(now))
            #expect(report.failures == [failure])
            #expect(report.emitted.isEmpty)
            let state = try #require(try await inbox.job(userID: "user-1", jobID: "job-1"))
            #expect(state.decision == nil && inbox.isPendingConfirmation(state))
            let next = try #require(state.nextConfirmationAt).timeIntervalSince(Inbox.at(now))
            waits.append(next)
            // Nothing is due before the retry.
            #expect(await inbox.tick(now: Inbox.at(now + next - 0.001)).due == 0)
            now += next
        }
        #expect(waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
        #expect("\(failure)".count > 10)
        // Once job_status answers properly, the decision is made and emitted once.
        #expect(await inbox.tick(now: Inbox.at(now)).emitted.map(\.kind) == [.approve])
        #expect(try await Self.emitted(inbox) == [.approve])
    }

    @Test func theBackoffDoublesToItsMaximum() {
        let backoff = JobInbox.RetryBackoff()
        #expect(
            (1...12).map { backoff.delay(afterFailures: $0) }.map { $0.components.seconds } == [
                1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300,
            ])
        #expect(backoff.delay(afterFailures: 1_000) == .seconds(300))
    }

    // MARK: Emission (section 4)

    @Test func reviewThenApproveIsEmittedOnceEachWay() async throws {
        let smileID = SmileIDSimulator()
        let inbox = Inbox.inbox(smileID: smileID)
        // Update Photo 0882: partner review (final provisional), then 1280 Human Judgement PASS.
        smileID.set(Self.job, codes: ["0882"], jobType: .updatePhoto)
        let review = Inbox.callback("0882", of: Self.job, signedAt: Inbox.at(-1), jobType: .updatePhoto)
        _ = await inbox.receive(body: review, now: Inbox.at(0))
        #expect(await inbox.tick(now: Inbox.at(1)).emitted.map(\.kind) == [.review])
        _ = await inbox.receive(body: review, now: Inbox.at(2))
        #expect(await inbox.tick(now: Inbox.at(3)).emitted.isEmpty)
        smileID.set(Self.job, codes: ["0882", "1280"], jobType: .updatePhoto)
        let approve = Inbox.callback("1280", of: Self.job, signedAt: Inbox.at(9), jobType: .updatePhoto)
        _ = await inbox.receive(body: approve, now: Inbox.at(10))
        #expect(await inbox.tick(now: Inbox.at(11)).emitted.map(\.kind) == [.approve])
        for second in 12..<20 {
            _ = await inbox.receive(body: approve, now: Inbox.at(Double(second)))
            _ = await inbox.tick(now: Inbox.at(Double(second)))
        }
        let entries = try await inbox.outbox(after: 0, limit: 10)
        #expect(entries.map(\.kind) == [.review, .approve])
        #expect(entries.map(\.sequence) == [1, 2])
        #expect(try await inbox.outbox(after: 1, limit: 10).map(\.kind) == [.approve])
        #expect(entries[1].reason == "Update Photo 1280 (PASS- Human Judgement) is approved and final.")
    }

    @Test func aResultThatDoesNotChangeTheDecisionEmitsNothing() async throws {
        let smileID = SmileIDSimulator()
        let inbox = Inbox.inbox(smileID: smileID)
        for (index, code) in ["1012", "0812"].enumerated() {
            smileID.set(Self.job, codes: Array(["1012", "0812"].prefix(index + 1)), complete: false)
            let now = Inbox.at(Double(index * 10))
            _ = await inbox.receive(body: Inbox.callback(code, of: Self.job, signedAt: now), now: now)
            let report = await inbox.tick(now: now.addingTimeInterval(1))
            #expect(report.confirmed == 1 && report.emitted.isEmpty)  // wait, never emitted
        }
        #expect(try await inbox.job(userID: "user-1", jobID: "job-1")?.decision?.kind == .wait)
        #expect(try await Self.emitted(inbox).isEmpty)
    }

    @Test func thePolicyDecides() async throws {
        let smileID = SmileIDSimulator()
        smileID.set(Self.job, codes: ["0882"], jobType: .updatePhoto)
        let inbox = Inbox.inbox(smileID: smileID, policy: DecisionPolicy(provisional: .approve))
        _ = await inbox.receive(
            body: Inbox.callback("0882", of: Self.job, signedAt: Inbox.at(-1), jobType: .updatePhoto), now: Inbox.at(0))
        #expect(await inbox.tick(now: Inbox.at(1)).emitted.map(\.kind) == [.approve])
    }
}
