import AsyncHTTPClient
import Foundation
import Logging
import Models
import ResultCodes

/// How `smileid-sandbox load` loads a server.
public struct LoadOptions: Sendable {
    /// The servers' base URLs; connection `i` goes to server `i % count`.
    public var servers: [String]
    /// The partner's credentials.
    public var key: SignatureKey
    /// How many distinct callbacks to send.
    public var count = 10_000
    /// How many requests are in flight at once, each on its own keep-alive connection.
    public var concurrency = 32
    /// Where `job_status` listens, for the server's confirmations.
    public var host = "127.0.0.1"
    /// Its port.
    public var port = 8090

    /// Options with defaults for everything but the servers and key.
    public init(servers: [String], key: SignatureKey) {
        self.servers = servers
        self.key = key
    }
}

/// `smileid-sandbox load`: distinct signed callbacks, made before the clock starts, sent with a
/// fixed concurrency over keep-alive connections; callbacks per second and latency percentiles.
public struct LoadTest: Sendable {
    /// The options.
    public var options: LoadOptions

    /// Creates a load test.
    public init(options: LoadOptions) {
        self.options = options
    }

    /// What a load test measured.
    public struct Result: Sendable {
        /// Callbacks sent.
        public var count: Int
        /// Concurrency.
        public var concurrency: Int
        /// Wall time of the sending, in seconds.
        public var seconds: Double
        /// Latencies of every request, in milliseconds, sorted.
        public var latencies: [Double]
        /// How many answers of each outcome (or status, when there was none).
        public var outcomes: [String: Int]
        /// Requests that got no answer or a 5xx.
        public var failures: Int

        /// The latency at `fraction` (0.5 is the median), in milliseconds.
        public func percentile(_ fraction: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let position = min(latencies.count - 1, Int((Double(latencies.count) * fraction).rounded(.up)) - 1)
            return latencies[max(0, position)]
        }

        /// One line of figures.
        public var text: String {
            let rate = seconds > 0 ? Double(count) / seconds : 0
            let counted = outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return String(
                format: "load: %d callbacks, concurrency %d, %.2f s: %.0f callbacks/s, latency p50 %.2f ms,"
                    + " p99 %.2f ms, max %.2f ms; %@; %d failures",
                count, concurrency, seconds, rate, percentile(0.5), percentile(0.99), latencies.last ?? 0,
                counted, failures)
        }
    }

    /// Makes the callbacks, starts `job_status`, sends them, and measures.
    public func run() async throws -> Result {
        let runID = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let scenario = Scenario(
            name: "load", jobType: JobType(rawValue: 1), results: [.init(code: "0810", final: true)],
            expectedDecision: .approve)
        let jobs = (0..<options.count).map { index in
            SandboxJob(
                userID: "user-load-\(runID)-\(index)", jobID: "job-load-\(runID)-\(index)",
                smileJobID: String(2_000_000_000 + index), scenario: scenario, fault: .clean)
        }
        // One millisecond each, ending now: fresh, and no two share a signature.
        let start = Date().addingTimeInterval(-Double(options.count) / 1000)
        var bodies: [[UInt8]] = []
        bodies.reserveCapacity(jobs.count)
        for (index, job) in jobs.enumerated() {
            let timestamp = SmileIDTime.string(start.addingTimeInterval(Double(index) / 1000))
            bodies.append(
                try job.callback(
                    Delivery(arrival: 0), timestamp: timestamp, signature: options.key.signature(timestamp: timestamp)
                ).body)
        }
        let ledger = SandboxLedger()
        await ledger.add(jobs)
        for job in jobs { await ledger.produce(1, of: job) }

        let responder = JobStatusResponder(ledger: ledger, key: options.key, host: options.host, port: options.port)
        let (listening, listened) = AsyncStream.makeStream(of: Int.self)
        let app = responder.application(logger: Logger(label: "smileid-sandbox.job_status")) { port in
            listened.yield(port)
            listened.finish()
        }
        let http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(
                timeout: .init(connect: .seconds(5), read: .seconds(30)),
                connectionPool: .init(
                    idleTimeout: .seconds(60),
                    concurrentHTTP1ConnectionsPerHostSoftLimit: max(
                        1, options.concurrency / max(1, options.servers.count) + 1))))
        let servers = options.servers.map { ServerClient(baseURL: $0, http: http) }
        let bodiesToSend = bodies
        let concurrency = options.concurrency
        let result = try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            for await _ in listening {}
            let clock = ContinuousClock()
            let began = clock.now
            let perWorker = try await withThrowingTaskGroup(of: ([Double], [String: Int], Int).self) { workers in
                for worker in 0..<concurrency {
                    workers.addTask {
                        var latencies: [Double] = []
                        var outcomes: [String: Int] = [:]
                        var failures = 0
                        let server = servers[worker % servers.count]
                        for index in stride(from: worker, to: bodiesToSend.count, by: concurrency) {
                            let sent = clock.now
                            do {
                                let answer = try await server.deliver(bodiesToSend[index])
                                latencies.append(Self.milliseconds(clock.now - sent))
                                outcomes[answer.outcome ?? "status \(answer.status)", default: 0] += 1
                                if answer.status >= 500 { failures += 1 }
                            } catch {
                                failures += 1
                                outcomes["no answer", default: 0] += 1
                            }
                        }
                        return (latencies, outcomes, failures)
                    }
                }
                var all: [([Double], [String: Int], Int)] = []
                for try await part in workers { all.append(part) }
                return all
            }
            let seconds = Self.milliseconds(clock.now - began) / 1000
            var outcomes: [String: Int] = [:]
            for part in perWorker { outcomes.merge(part.1, uniquingKeysWith: +) }
            return Result(
                count: bodiesToSend.count, concurrency: concurrency, seconds: seconds,
                latencies: perWorker.flatMap(\.0).sorted(), outcomes: outcomes,
                failures: perWorker.reduce(0) { $0 + $1.2 })
        }
        try? await http.shutdown()
        return result
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
