import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import Models
import ResultCodes

/// `smileid-sandbox run`: plays every scenario job against the server, then checks what it
/// decided and emitted.
///
/// 1. Starts `job_status` (``JobStatusResponder``) and registers each job (`POST /jobs`).
/// 2. Plays each job's plan: produces its results, sends its callbacks with their faults
///    (split across the servers when there are several), retrying as Smile ID does.
/// 3. Waits until the server holds no unconfirmed result of any job and has decided it (after
///    `job_status` answered it complete, for a job with a result never delivered), sends every callback answered 200 again (each must be `duplicate`:
///    the store kept it), and reads the outbox.
/// 4. Checks every job (``RunReport``).
public struct SandboxRun: Sendable {
    /// The options.
    public var options: RunOptions
    /// Where progress goes (codes, outcomes and counts; never a key or a signature).
    public var logger: Logger
    /// Called with `job_status`'s port once it listens.
    public var onListening: @Sendable (Int) async -> Void = { _ in }

    /// Creates a run.
    public init(options: RunOptions, logger: Logger) {
        self.options = options
        self.logger = logger
    }

    /// The jobs the run plays.
    public var jobs: [SandboxJob] {
        SandboxJob.jobs(scenarios: options.scenarios, faults: options.faults, runID: options.runID)
    }

    /// Runs everything and returns the report; throws only when the run could not start.
    public func run() async throws -> RunReport {
        let ledger = SandboxLedger()
        let jobs = self.jobs
        await ledger.add(jobs)
        let responder = JobStatusResponder(ledger: ledger, key: options.key, host: options.host, port: options.port)
        let (listening, listened) = AsyncStream.makeStream(of: Int.self)
        let app = responder.application(logger: Logger(label: "smileid-sandbox.job_status")) { port in
            listened.yield(port)
            listened.finish()
        }
        let http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(
                timeout: .init(connect: .seconds(2), read: .seconds(20)),
                connectionPool: .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 16)))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var port = 0
            for await bound in listening { port = bound }
            await onListening(port)
            logger.info("job_status listening", metadata: ["url": "http://\(options.host):\(port)"])
            let report: RunReport
            do {
                report = try await play(jobs, ledger: ledger, http: http)
            } catch {
                try? await http.shutdown()
                throw error
            }
            try? await http.shutdown()
            return report
        }
    }

    func play(_ jobs: [SandboxJob], ledger: SandboxLedger, http: HTTPClient) async throws -> RunReport {
        let servers = options.servers.map { ServerClient(baseURL: $0, http: http) }
        let started = Date()
        if options.jobStatusOutage > 0 {
            await ledger.failJobStatus(forFirst: options.jobStatusOutage)
        }
        let (sharedStamp, _) = await ledger.uniqueTimestamp(at: started)
        let player = JobPlayer(
            servers: servers, ledger: ledger,
            signer: CallbackSigner(
                ledger: ledger, key: options.key, sharedTimestamp: sharedStamp, lateness: options.lateness),
            pace: options.pace, patience: options.deliveryPatience)

        // Register every job, then play them, `concurrency` at once.
        var registrationErrors: [Int: String] = [:]
        var records: [DeliveryRecord] = []
        try await withThrowingTaskGroup(of: (Int, String?, [DeliveryRecord]).self) { group in
            var next = 0
            func start() {
                guard next < jobs.count else { return }
                let index = next
                next += 1
                group.addTask {
                    let problem = await player.register(jobs[index], on: servers[index % servers.count])
                    return (index, problem, await player.play(jobs[index], index: index))
                }
            }
            for _ in 0..<max(1, options.concurrency) { start() }
            while let (index, problem, played) = try await group.next() {
                if let problem { registrationErrors[index] = problem }
                records += played
                start()
            }
        }
        logger.info(
            "sent every callback",
            metadata: [
                "jobs": "\(jobs.count)", "deliveries": "\(records.count)", "seconds": "\(elapsed(since: started))",
            ])

        // Settle: job_status answered complete after the last result, and nothing unconfirmed held.
        let settle = try await settleStates(of: jobs, ledger: ledger, on: servers[0])
        logger.info(
            "settled",
            metadata: ["settled": "\(settle.settled.count)/\(jobs.count)", "seconds": "\(elapsed(since: started))"])

        // The store kept what it answered 200: each such callback is now a duplicate.
        var replays: [Int: DeliveryRecord] = [:]
        if options.checkStoreKeptDeliveries {
            replays = await player.resendAnswered(records, concurrency: options.concurrency)
        }
        // Emissions racing on two instances land within a moment of the settlement.
        try await Task.sleep(for: .milliseconds(500))
        let outbox = try await servers[0].decisions()
        let finalStates = try await readStates(of: jobs, on: servers[0])
        let counts = (
            jobStatus: await ledger.jobStatusAnswers, outage: await ledger.outageAnswers,
            refused: await ledger.refusals
        )
        return RunReport(
            jobs: jobs, policy: options.policy, deliveries: records, replays: replays,
            registrationErrors: registrationErrors,
            settled: settle.settled, states: finalStates, outbox: outbox, jobStatusAnswers: counts.jobStatus,
            outageAnswers: counts.outage, refusedJobStatusRequests: counts.refused, seconds: elapsed(since: started))
    }

    func elapsed(since date: Date) -> String {
        String(format: "%.1f", Date().timeIntervalSince(date))
    }

    /// Polls `GET /jobs` until every job is settled or the timeout passes.
    func settleStates(
        of jobs: [SandboxJob], ledger: SandboxLedger, on server: ServerClient
    ) async throws -> (settled: Set<Int>, last: [Int: JobView]) {
        let deadline = Date().addingTimeInterval(options.settleTimeout)
        var settled: Set<Int> = []
        var last: [Int: JobView] = [:]
        while settled.count < jobs.count, Date() < deadline {
            for index in jobs.indices where !settled.contains(index) {
                // A job whose every result was delivered may be decided without job_status (in
                // when_untrusted); one with a result never delivered needs job_status's answer.
                let answered = await ledger.hasServedCompleteAnswer(of: jobs[index])
                guard answered || jobs[index].deliversEveryResult else { continue }
                guard let state = try? await server.state(of: jobs[index]) else { continue }
                last[index] = state
                if !state.pendingConfirmation, state.decision != nil { settled.insert(index) }
            }
            if settled.count < jobs.count { try await Task.sleep(for: .milliseconds(250)) }
        }
        return (settled, last)
    }

    /// Every job's state, read once more.
    func readStates(of jobs: [SandboxJob], on server: ServerClient) async throws -> [Int: JobView] {
        var states: [Int: JobView] = [:]
        for index in jobs.indices {
            if let state = try await server.state(of: jobs[index]) { states[index] = state }
        }
        return states
    }
}
