import Foundation
import Models
import ResultCodes
import Testing

@testable import Sandbox

/// `job_status` for the library's inbox, answered by the sandbox's ledger.
struct LedgerTransport: JobStatusTransport {
    var ledger: SandboxLedger
    var key: SignatureKey

    struct Failed: Error { var status: Int }

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        let (status, body) = await ledger.answer(request, key: key, now: Date())
        guard status == 200 else { throw Failed(status: status) }
        return body
    }
}

@Suite("fault plans")
struct DeliveryPlanTests {
    static let faults = Fault.allCases

    @Test("each plan sends what its fault says", arguments: faults)
    func planShapes(_ fault: Fault) throws {
        for job in SandboxJob.jobs(scenarios: try SandboxFixtures.scenarios, faults: [fault], runID: "shape") {
            let deliveries = job.plan.compactMap { step -> Delivery? in
                if case .deliver(let delivery) = step { return delivery } else { return nil }
            }
            let resends = job.plan.filter { $0 == .resendPrevious }.count
            let produced = job.plan.compactMap { step -> Int? in
                if case .produce(let count) = step { return count } else { return nil }
            }
            let arrivals = job.scenario.results.count
            // Every plan ends with every result produced, and never produces fewer than before.
            #expect(produced.last == job.scenario.producedResults.count)
            #expect(produced == produced.sorted())
            switch fault {
            case .clean:
                #expect(deliveries.map(\.arrival) == Array(0..<arrivals) && resends == 0)
            case .redelivered:
                #expect(deliveries.count == arrivals && resends == arrivals)
            case .outOfOrder:
                #expect(deliveries.map(\.arrival) == Array((0..<arrivals).reversed()))
                #expect(produced == [job.scenario.producedResults.count])
            case .sameMillisecond:
                #expect(deliveries.allSatisfy { $0.signing == .sharedMillisecond })
            case .late:
                #expect(deliveries.allSatisfy { $0.signing == .late })
            case .largeBody:
                #expect(deliveries.last?.body == .padded(bytes: largeBodyBytes))
            case .forged:
                #expect(deliveries.count == arrivals + 1)
                #expect(deliveries[1].signing == .capturedFromFirst)
                guard case .forged(let code) = deliveries[1].body else {
                    Issue.record("the second delivery is not forged")
                    continue
                }
                #expect(!job.scenario.results.map(\.code).contains(code))
            case .neverDelivered:
                #expect(deliveries.isEmpty)
            case .lostLast:
                #expect(arrivals > 1 && deliveries.map(\.arrival) == Array(0..<(arrivals - 1)))
            }
        }
    }

    @Test("bodies: a large body is 1.5 MiB and under the 2 MiB limit; a forged one keeps the captured signature")
    func bodies() throws {
        let job = SandboxJob.jobs(scenarios: try SandboxFixtures.scenarios, faults: [.clean], runID: "body")[2]
        let key = SandboxFixtures.key
        let timestamp = "2026-12-02T06:00:00.000Z"
        let signature = key.signature(timestamp: timestamp)
        let genuine = try job.callback(Delivery(arrival: 0), timestamp: timestamp, signature: signature)
        let large = try job.callback(
            Delivery(arrival: 0, body: .padded(bytes: largeBodyBytes)), timestamp: timestamp, signature: signature)
        #expect(large.body.count == largeBodyBytes)
        #expect(large.body.count < 2_097_152)
        let forged = try job.callback(
            Delivery(arrival: 0, signing: .capturedFromFirst, body: .forged(code: job.forgedCode)),
            timestamp: genuine.timestamp, signature: genuine.signature)
        let decoded = try JSONDecoder().decode(JobResult.self, from: Data(forged.body))
        #expect(key.verify(decoded) == .valid)  // the signature does not cover the body
        #expect(decoded.resultCode == job.forgedCode && decoded.isFinalResult == true)
        #expect(forged.body != genuine.body)
    }

    /// Plays every scenario under `fault` into the library's own inbox (in memory, `job_status`
    /// from the ledger) and checks each answer's outcome and each job's emissions.
    @Test(
        "through the library's inbox: the outcomes each delivery claims, and the expected decision, emitted once per change",
        arguments: faults)
    func throughTheInbox(_ fault: Fault) async throws {
        let key = SandboxFixtures.key
        let ledger = SandboxLedger()
        let jobs = SandboxJob.jobs(scenarios: try SandboxFixtures.scenarios, faults: [fault], runID: "inbox")
        await ledger.add(jobs)
        let inbox = JobInbox(
            key: key, store: InMemoryJobInboxStore(), transport: LedgerTransport(ledger: ledger, key: key),
            configuration: .init(reconcileAfter: .milliseconds(50), retryBackoff: .init()))
        let (shared, _) = await ledger.uniqueTimestamp()
        let signer = CallbackSigner(ledger: ledger, key: key, sharedTimestamp: shared, lateness: 1200)
        var sharedUsed = false
        for job in jobs {
            _ = try await inbox.register(
                userID: job.userID, jobID: job.jobID, jobType: job.scenario.jobType, now: Date())
            var first: SignedCallback?
            var previous: SignedCallback?
            for step in job.plan {
                switch step {
                case .produce(let count):
                    await ledger.produce(count, of: job)
                case .deliver(let delivery):
                    let (timestamp, signature) = await signer.signing(delivery.signing, captured: first)
                    let callback = try job.callback(delivery, timestamp: timestamp, signature: signature)
                    first = first ?? callback
                    previous = callback
                    let outcome = await inbox.receive(body: callback.body, now: Date()).reason
                    var expected = delivery.expectedOutcomes
                    // Sequential here, so the first delivery of the shared millisecond is known.
                    if delivery.signing == .sharedMillisecond, !delivery.repeatsEarlierArrival {
                        expected = sharedUsed ? ["unconfirmed"] : ["accepted"]
                    }
                    sharedUsed = sharedUsed || delivery.signing == .sharedMillisecond
                    #expect(expected.contains(outcome), "\(job.jobID): \(outcome) for \(delivery)")
                case .resendPrevious:
                    let body = try #require(previous).body
                    #expect(await inbox.receive(body: body, now: Date()).reason == "duplicate")
                }
                _ = await inbox.tick(now: Date())
            }
        }
        // Reconciliation decides the jobs whose callbacks never came.
        for _ in 0..<6 {
            try await Task.sleep(for: .milliseconds(60))
            _ = await inbox.tick(now: Date())
        }
        let outbox = try await inbox.outbox(after: 0, limit: 1000)
        for job in jobs {
            let emitted = outbox.filter { $0.job.userID == job.userID && $0.job.jobID == job.jobID }.map(\.kind)
            let expected = job.scenario.expectedDecision
            if expected == .wait {
                #expect(emitted.allSatisfy { $0 != .wait }, "\(job.jobID)")
            } else {
                #expect(emitted.last == expected, "\(job.jobID) (\(job.scenario.name)): emitted \(emitted)")
            }
            #expect(
                RunReport.isSubsequence(
                    emitted.map(\.rawValue), of: job.possibleEmissions(policy: .default).map(\.rawValue)),
                "\(job.jobID): \(emitted)")
        }
    }
}

@Suite("Smile ID timestamps")
struct SmileIDTimeTests {
    @Test("milliseconds in a row print differently, and read back")
    func consecutiveMilliseconds() {
        var seen: Set<String> = []
        let start = 1_764_655_200_000.0  // 2025-12-02T06:00:00.000Z
        for offset in 0..<5000 {
            let text = SmileIDTime.string(Date(timeIntervalSince1970: (start + Double(offset) + 0.5) / 1000))
            #expect(seen.insert(text).inserted, "\(text) printed twice")
        }
        #expect(SmileIDTime.string(Date(timeIntervalSince1970: 1_764_655_200.007)) == "2025-12-02T06:00:00.007Z")
    }
}
