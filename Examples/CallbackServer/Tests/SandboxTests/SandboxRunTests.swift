import AsyncHTTPClient
import CallbackServer
import Foundation
import Logging
import Models
import NIOCore
import ResultCodes
import Synchronization
import Testing

@testable import Sandbox

/// `job_status` over HTTP to the sandbox, whose port is known only once it listens (after the
/// server has started): the URL is set then.
final class LateBoundJobStatus: JobStatusTransport {
    private let url = Mutex<String?>(nil)

    struct NotYet: Error {}

    func bind(port: Int) {
        url.withLock { $0 = "http://127.0.0.1:\(port)/v1/job_status" }
    }

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        guard let url = url.withLock({ $0 }) else { throw NotYet() }
        return try await HTTPJobStatusTransport(client: .shared, url: url).send(request)
    }
}

@Suite("smileid-sandbox run against the real server", .serialized)
struct SandboxRunTests {
    /// Runs the callback server (SQLite in a temporary file, reconciliation after 1 s) and a
    /// sandbox run of `scenarios` under `faults` against it; the run's report.
    func run(
        scenarios: [Scenario], faults: [Fault], policy: DecisionPolicy = .default, outage: TimeInterval = 0
    ) async throws -> RunReport {
        let key = SandboxFixtures.key
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sandbox-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var inbox = JobInbox.Configuration()
        inbox.reconcileAfter = .seconds(1)
        let configuration = ServerConfiguration(
            key: key, jobStatusURL: "http://127.0.0.1:9/v1/job_status", port: 0,
            database: .sqlite(path: directory.appendingPathComponent("inbox.sqlite").path), inbox: inbox)
        let jobStatus = LateBoundJobStatus()
        var logger = Logger(label: "sandbox-run-test")
        logger.logLevel = .warning
        let server = CallbackServer(configuration: configuration, logger: logger, transport: jobStatus)
        let (listening, listened) = AsyncStream.makeStream(of: Int.self)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run(gracefulShutdownSignals: []) { port in
                    listened.yield(port)
                    listened.finish()
                }
            }
            var serverPort = 0
            for await port in listening { serverPort = port }
            var options = RunOptions(servers: ["http://127.0.0.1:\(serverPort)"], scenarios: scenarios, key: key)
            options.faults = faults
            options.policy = policy
            options.port = 0
            options.pace = .milliseconds(5)
            options.settleTimeout = 60
            options.jobStatusOutage = outage
            var sandbox = SandboxRun(options: options, logger: logger)
            sandbox.onListening = { port in jobStatus.bind(port: port) }
            let report = try await sandbox.run()
            group.cancelAll()
            return report
        }
    }

    /// Every third trail: one of each kind of stage, quick enough for every fault.
    var sample: [Scenario] {
        get throws { try SandboxFixtures.scenarios.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) }
    }

    @Test("every fault, with job_status down for the first 2.5 s: every check passes")
    func passes() async throws {
        let report = try await run(scenarios: try sample, faults: Fault.allCases, outage: 2.5)
        let passed = report.passed  // not the report itself: #expect would print all of it
        #expect(passed, "\(report.text)")
        let (outage, deliveries, replays) = (report.outageAnswers, report.deliveries.count, report.replays.count)
        #expect(outage > 0)
        #expect(deliveries > 50 && replays > 50)
    }

    @Test("a wrong expected decision fails the run, naming the job")
    func plantedExpectation() async throws {
        var scenarios = Array(try SandboxFixtures.scenarios.prefix(3))
        // "1012, 0812, 1210 approved and final", planted as a rejection.
        #expect(scenarios[2].expectedDecision == .approve)
        scenarios[2].expectedDecision = .reject
        let report = try await run(scenarios: scenarios, faults: [.clean])
        let passed = report.passed
        #expect(!passed)
        let failed = report.failedJobs.map { report.jobs[$0].scenario.name }
        #expect(failed == [scenarios[2].name], "\(report.text)")
        let text = report.text
        #expect(text.contains("the scenario expects reject but the library decides approve"), "\(text)")
    }

    @Test("a policy the server does not have fails the run: the server's decisions are compared")
    func plantedPolicy() async throws {
        let scenarios = try SandboxFixtures.scenarios.filter { $0.name == "human provisional: partner review" }
        try #require(scenarios.count == 1)
        // The server decides with the default policy (review); the run expects approve.
        let report = try await run(
            scenarios: scenarios, faults: [.clean], policy: DecisionPolicy(provisional: .approve))
        let passed = report.passed
        #expect(!passed)
        let text = report.text
        #expect(text.contains("final decision review, expected approve"), "\(text)")
        #expect(text.contains("last emission review, expected approve"), "\(text)")
    }
}
