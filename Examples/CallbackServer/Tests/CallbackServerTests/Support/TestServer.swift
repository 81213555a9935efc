import CallbackServer
import Foundation
import Logging
import Models
import ResultCodes
import Synchronization

/// The synthetic partner, clock and callbacks the tests use: no real person, no real key.
enum Synthetic {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-example-test")
    static let now = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z
    static let nowText = "2024-05-01T12:00:00.000Z"
    static let fresh = "2024-05-01T11:59:30.000Z"

    /// Personal values of the synthetic callback: none may be logged.
    static let personal = [
        "Adaeze Okafor-Test", "1990-03-04", "00000000042", "+234 000 000 0042", "14 Test Close, Testville",
    ]

    /// Everything that must never reach a log: the personal values, the key and a signature.
    static var secrets: [String] { personal + [key.signature(timestamp: fresh), "fake-api-key-0000-example-test"] }

    static func callback(
        timestamp: String? = fresh, signedTimestamp: String? = nil, signature: String? = nil,
        resultCode: String = "1012", userID: String = "user-example-0042", jobID: String = "job-example-0042"
    ) -> String {
        var fields = [
            #""ResultCode": "\#(resultCode)""#, #""ResultText": "ID Validated""#, #""SmileJobID": "0000000042""#,
            #""PartnerParams": {"user_id": "\#(userID)", "job_id": "\#(jobID)", "job_type": 5}"#,
            #""IsFinalResult": "true""#, #""IsMachineResult": "true""#, #""Source": "WebAPI""#,
            #""FullName": "\#(personal[0])""#, #""DOB": "\#(personal[1])""#, #""IDNumber": "\#(personal[2])""#,
            #""PhoneNumber": "\#(personal[3])""#, #""Address": "\#(personal[4])""#,
        ]
        if let timestamp { fields.append(#""timestamp": "\#(timestamp)""#) }
        if let signature = signature ?? timestamp.map({ key.signature(timestamp: signedTimestamp ?? $0) }) {
            fields.append(#""signature": "\#(signature)""#)
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func configuration(
        database: DatabaseLocation = .sqlite(path: ":memory:"), limits: ConnectionLimits = ConnectionLimits()
    ) -> ServerConfiguration {
        var inbox = JobInbox.Configuration()
        inbox.maximumBodySize = 2_097_152
        return ServerConfiguration(
            key: key, jobStatusURL: "http://127.0.0.1:9/v1/job_status", host: "127.0.0.1", port: 0,
            database: database, inbox: inbox, limits: limits)
    }
}

/// A `job_status` that answers every job with one final Enhanced KYC result, signed with the
/// synthetic key at the synthetic time (or fails, while `isFailing`).
final class ScriptedJobStatus: JobStatusTransport {
    let code: String
    private let failing = Mutex(false)
    private let calls = Mutex(0)

    init(code: String = "1012") {
        self.code = code
    }

    var isFailing: Bool {
        get { failing.withLock { $0 } }
        set { failing.withLock { $0 = newValue } }
    }

    var callCount: Int { calls.withLock { $0 } }

    struct Down: Error {}

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        calls.withLock { $0 += 1 }
        if isFailing { throw Down() }
        let asked = try JSONSerialization.jsonObject(with: Data(request)) as? [String: Any] ?? [:]
        let userID = asked["user_id"] as? String ?? ""
        let jobID = asked["job_id"] as? String ?? ""
        let result = """
            {"ResultCode": "\(code)", "ResultText": "ID Validated", "SmileJobID": "0000000042", "IsFinalResult": "true",
             "PartnerParams": {"user_id": "\(userID)", "job_id": "\(jobID)", "job_type": 5}}
            """
        let answer = """
            {"code": "2302", "job_complete": true, "job_success": true, "history": [], "result": \(result),
             "timestamp": "\(Synthetic.nowText)", "signature": "\(Synthetic.key.signature(timestamp: Synthetic.nowText))"}
            """
        return Array(answer.utf8)
    }
}

/// A store that is down: every call throws.
struct DownStore: ServerStore {
    struct Down: Error {}
    func ping() async throws { throw Down() }
    func close() async throws {}
    func record(_ delivery: CallbackDelivery, now: Date) async throws -> DeliveryReceipt { throw Down() }
    func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) async throws -> Bool { throw Down() }
    func state(of job: JobKey) async throws -> JobState? { throw Down() }
    func dueJobs(at now: Date, limit: Int) async throws -> [JobKey] { throw Down() }
    func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) async throws -> JobState? {
        throw Down()
    }
    func recordConfirmation(_ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date)
        async throws -> JobState?
    { throw Down() }
    func settle(_ settlement: Settlement, now: Date) async throws -> SettlementResult { throw Down() }
    func outbox(after sequence: Int, limit: Int) async throws -> [OutboxEntry] { throw Down() }
}

/// Starts a `CallbackServer` in this process on a free port of 127.0.0.1, runs `body` with the
/// port, then stops the server (as SIGTERM would: in-flight requests finish, the store closes).
func withServer<T: Sendable>(
    configuration: ServerConfiguration = Synthetic.configuration(),
    logs: LogRecorder = LogRecorder(),
    transport: any JobStatusTransport = ScriptedJobStatus(),
    openStore: (@Sendable (Logger) async throws -> any ServerStore)? = nil,
    now: @escaping @Sendable () -> Date = { Synthetic.now },
    _ body: @escaping @Sendable (Int) async throws -> T
) async throws -> T {
    let server = CallbackServer(
        configuration: configuration, logger: logs.logger, now: now, transport: transport,
        openStore: openStore)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            try await server.run(gracefulShutdownSignals: []) { port in continuation.yield(port) }
            continuation.finish()
            return nil
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            group.cancelAll()
            throw HTTPTestClient.Failure(description: "the server did not start")
        }
        do {
            let value = try await body(port)
            group.cancelAll()
            while (try await group.next()) != nil {}
            return value
        } catch {
            group.cancelAll()
            throw error
        }
    }
}

/// Polls `condition` every 100 ms for up to `seconds`.
func eventually(within seconds: Double = 10, _ condition: @Sendable () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}
