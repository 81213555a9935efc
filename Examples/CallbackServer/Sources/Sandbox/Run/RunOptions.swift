import Foundation
import Models
import ResultCodes

/// How `smileid-sandbox run` plays its scenarios against a server.
public struct RunOptions: Sendable {
    /// The servers' base URLs; with two or more, each job's callbacks are split between them.
    public var servers: [String]
    /// The scenarios.
    public var scenarios: [Scenario]
    /// The faults, each applied to every scenario it means something for.
    public var faults: [Fault] = Fault.allCases
    /// The policy the server decides with: expected decisions are the library's under it.
    public var policy: DecisionPolicy = .default
    /// The partner's credentials (the server's `SMILE_PARTNER_ID`, `SMILE_API_KEY`).
    public var key: SignatureKey
    /// Where `job_status` listens (the server's `SMILE_API_URL` is `http://HOST:PORT`).
    public var host = "127.0.0.1"
    /// Its port; 0 picks a free one (tests read it back).
    public var port = 8090
    /// How long before sending a `late` callback is signed.
    public var lateness: TimeInterval = 1200
    /// How many jobs play at once.
    public var concurrency = 8
    /// The pause between two steps of one job.
    public var pace: Duration = .milliseconds(20)
    /// How long `job_status` answers 500, from the first request it gets.
    public var jobStatusOutage: TimeInterval = 0
    /// How long a delivery is retried while the server cannot be reached (a restart).
    public var deliveryPatience: TimeInterval = 60
    /// How long to wait for every job to settle once everything is sent.
    public var settleTimeout: TimeInterval = 90
    /// Whether every callback answered 200 is sent again at the end, expecting `duplicate`
    /// (the store kept it).
    public var checkStoreKeptDeliveries = true
    /// The run's identifier, part of every job ID; random by default.
    public var runID: String = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    /// Options with defaults for everything but the servers, scenarios and key.
    public init(servers: [String], scenarios: [Scenario], key: SignatureKey) {
        self.servers = servers
        self.scenarios = scenarios
        self.key = key
    }
}
