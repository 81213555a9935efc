import Foundation
import Models

/// Plays one job's plan against the servers: produces its results in the ledger and sends its
/// callbacks, signed as each step says.
struct JobPlayer: Sendable {
    var servers: [ServerClient]
    var ledger: SandboxLedger
    var signer: CallbackSigner
    var pace: Duration
    /// How long a delivery is retried while no server answers.
    var patience: TimeInterval

    /// `POST /jobs`, retried while the server cannot be reached; a problem in words, or `nil`.
    func register(_ job: SandboxJob, on server: ServerClient) async -> String? {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            do {
                let answer = try await server.register(job)
                return answer.status == 200 || answer.status == 201 ? nil : "POST /jobs answered \(answer.status)"
            } catch {
                guard Date() < deadline else { return "POST /jobs got no answer: \(error)" }
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Every step of the job's plan; the records of its deliveries.
    func play(_ job: SandboxJob, index: Int) async -> [DeliveryRecord] {
        var records: [DeliveryRecord] = []
        var first: SignedCallback?
        var sent = 0
        for step in job.plan {
            switch step {
            case .produce(let count):
                await ledger.produce(count, of: job)
                continue
            case .deliver(let delivery):
                let (timestamp, signature) = await signer.signing(delivery.signing, captured: first)
                guard let callback = try? job.callback(delivery, timestamp: timestamp, signature: signature) else {
                    continue
                }
                if first == nil { first = callback }
                let code: String
                if case .forged(let forged) = delivery.body {
                    code = forged
                } else {
                    code = job.scenario.results[delivery.arrival].code
                }
                var isGenuine = true
                if case .forged = delivery.body { isGenuine = false }
                var record = DeliveryRecord(
                    jobIndex: index, step: describe(delivery, code: code), code: code, isGenuine: isGenuine,
                    callback: callback, expectedOutcomes: delivery.expectedOutcomes, attempts: 0, serverErrors: [])
                await send(&record, to: sent)
                records.append(record)
            case .resendPrevious:
                guard var record = records.last else { continue }
                record.step = "resend " + record.step
                record.expectedOutcomes = ["duplicate"]
                record.attempts = 0
                record.serverErrors = []
                await send(&record, to: sent)
                records.append(record)
            }
            sent += 1
            try? await Task.sleep(for: pace)
        }
        return records
    }

    func describe(_ delivery: Delivery, code: String) -> String {
        var words = "deliver \(code)"
        switch delivery.signing {
        case .now: break
        case .sharedMillisecond: words += " signed in the shared millisecond"
        case .late: words += " signed late"
        case .capturedFromFirst: words += " under the first callback's signature"
        }
        switch delivery.body {
        case .genuine: break
        case .padded(let bytes): words += " padded to \(bytes) bytes"
        case .forged: words += " forged"
        }
        return words
    }

    /// Sends `record`'s callback to server `attempt % servers.count`; on a transport error or a
    /// 503 tries again (on the next server) until an answer comes or the patience runs out.
    func send(_ record: inout DeliveryRecord, to serverIndex: Int) async {
        let deadline = Date().addingTimeInterval(patience)
        var target = serverIndex
        while true {
            record.attempts += 1
            do {
                let answer = try await servers[target % servers.count].deliver(record.callback.body)
                record.status = answer.status
                record.outcome = answer.outcome
                if answer.status >= 500 { record.serverErrors.append(answer.status) }
                if answer.status != 503 { return }
            } catch {
                record.status = nil
                record.outcome = nil
            }
            guard Date() < deadline else { return }
            target += 1
            try? await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Sends every callback answered 200 once more (the first of each body), `concurrency` at
    /// once; each answer keyed by the record's index in `records`.
    func resendAnswered(_ records: [DeliveryRecord], concurrency: Int) async -> [Int: DeliveryRecord] {
        var seen: Set<[UInt8]> = []
        var pending: [(Int, DeliveryRecord)] = []
        for (index, record) in records.enumerated() where record.status == 200 {
            guard seen.insert(record.callback.body).inserted else { continue }
            var replay = record
            replay.step = "send again " + record.step
            replay.expectedOutcomes = ["duplicate"]
            replay.attempts = 0
            replay.serverErrors = []
            pending.append((index, replay))
        }
        let work = pending
        return await withTaskGroup(of: [(Int, DeliveryRecord)].self) { group in
            for worker in 0..<max(1, concurrency) {
                group.addTask {
                    var done: [(Int, DeliveryRecord)] = []
                    for position in stride(from: worker, to: work.count, by: max(1, concurrency)) {
                        var (index, replay) = work[position]
                        await send(&replay, to: index)
                        done.append((index, replay))
                    }
                    return done
                }
            }
            var replays: [Int: DeliveryRecord] = [:]
            for await done in group {
                for (index, replay) in done { replays[index] = replay }
            }
            return replays
        }
    }
}
