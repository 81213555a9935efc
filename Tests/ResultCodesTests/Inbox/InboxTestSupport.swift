// NSLock: the scripted transport and store lock with pthread mutexes, which ThreadSanitizer
// understands.
import Foundation
import Models
import ResultCodes
import TestSupport
import Testing

/// The fixed clock, credentials and bodies the inbox tests share.
enum Inbox {
    static let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-inbox-test")
    /// 2024-05-01T12:00:00Z.
    static let t0 = Date(timeIntervalSince1970: 1_714_564_800)

    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static func job(_ n: Int) -> JobKey { JobKey(userID: "user-\(n)", jobID: "job-\(n)") }

    /// A synthetic result of `job` with `code`.
    static func result(
        _ code: String, of job: JobKey, jobType: JobType = .biometricKYC, isFinal: Bool? = nil, fullName: String? = nil
    ) -> JobResult {
        JobResult(
            resultCode: code, resultText: "Result \(code)", smileJobID: "0000000\(job.jobID.utf8.count)",
            isFinalResult: isFinal,
            partnerParams: PartnerParams(userID: job.userID, jobID: job.jobID, jobType: jobType), fullName: fullName)
    }

    /// The timestamp text of `date`, as Smile ID writes it.
    static func timestamp(_ date: Date) -> String { date.smileIDTimestamp }

    /// A callback body: `result` signed at `signedAt` (its signature, unless given), as JSON.
    static func body(
        _ result: JobResult, signedAt: Date, signature: String? = nil, key: SignatureKey = Inbox.key
    ) -> [UInt8] {
        var result = result
        result.timestamp = timestamp(signedAt)
        result.signature = signature ?? key.signature(timestamp: timestamp(signedAt))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(result)) ?? Data())
    }

    static func callback(
        _ code: String, of job: JobKey, signedAt: Date, jobType: JobType = .biometricKYC, isFinal: Bool? = nil
    ) -> [UInt8] {
        body(result(code, of: job, jobType: jobType, isFinal: isFinal), signedAt: signedAt)
    }

    /// An inbox over `store` and `smileID`, ticking one confirmation at a time.
    static func inbox(
        store: any JobInboxStore = InMemoryJobInboxStore(), smileID: SmileIDSimulator = SmileIDSimulator(),
        confirmation: JobInbox.ConfirmationMode = .always, policy: DecisionPolicy = .default
    ) -> JobInbox {
        JobInbox(
            key: key, store: store, transport: smileID,
            configuration: JobInbox.Configuration(
                confirmation: confirmation, policy: policy, concurrentConfirmations: 1))
    }
}

/// Smile ID's `job_status` as a scripted transport: it knows each job's results (the truth),
/// answers signed requests with them, signed at the request's time, and fails as scripted.
final class SmileIDSimulator: JobStatusTransport, @unchecked Sendable {
    /// How one answer goes wrong.
    enum Fault: Sendable {
        case transportError
        case badSignature
        case staleTimestamp
        case anotherJobsResult
        case errorBody
        case inconsistentJobTypes
        case notJSON
    }

    struct Truth {
        var results: [JobResult]
        var complete: Bool
    }

    private let lock = NSLock()
    private var truths: [JobKey: Truth] = [:]
    private var faults: [JobKey: [Fault]] = [:]
    private var requestLog: [JobStatusRequest] = []
    let key: SignatureKey

    init(key: SignatureKey = Inbox.key) {
        self.key = key
    }

    /// Sets what `job_status` says about `job`: its results in order, and whether it is complete.
    func set(_ job: JobKey, codes: [String], complete: Bool = true, jobType: JobType = .biometricKYC) {
        lock.withLock {
            truths[job] = Truth(results: codes.map { Inbox.result($0, of: job, jobType: jobType) }, complete: complete)
        }
    }

    /// The next answers about `job` fail this way, one each.
    func fail(_ job: JobKey, _ faults: [Fault]) {
        lock.withLock { self.faults[job, default: []].append(contentsOf: faults) }
    }

    /// The requests received, in order.
    var requests: [JobStatusRequest] { lock.withLock { requestLog } }

    func requests(for job: JobKey) -> Int {
        requests.filter { $0.userID == job.userID && $0.jobID == job.jobID }.count
    }

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        let decoded = try JSONDecoder().decode(JobStatusRequest.self, from: Data(request))
        let job = JobKey(userID: decoded.userID, jobID: decoded.jobID)
        let (truth, fault): (Truth?, Fault?) = lock.withLock {
            requestLog.append(decoded)
            let fault = faults[job]?.isEmpty == false ? faults[job]?.removeFirst() : nil
            return (truths[job], fault)
        }
        struct TransportError: Error {}
        if fault == .transportError { throw TransportError() }
        // Smile ID answers an error for a job it does not know.
        if fault == .errorBody || truth == nil {
            return Array(#"{"code":"2204","error":"Error - A parameter is of the wrong data type"}"#.utf8)
        }
        if fault == .notJSON { return Array("<html>bad gateway</html>".utf8) }
        var results = truth?.results ?? []
        if fault == .anotherJobsResult { results.append(Inbox.result("1210", of: Inbox.job(999))) }
        if fault == .inconsistentJobTypes, let first = results.first {
            var other = first
            other.resultCode = "1210"
            other.partnerParams.jobType = .enhancedKYC
            results.append(other)
        }
        var timestamp = decoded.timestamp ?? ""
        if fault == .staleTimestamp, let now = Date(smileIDTimestamp: timestamp) {
            timestamp = now.addingTimeInterval(-301).smileIDTimestamp
        }
        let signer = fault == .badSignature ? SignatureKey(partnerID: "085", apiKey: "someone-else") : key
        let response = JobStatusResponse(
            timestamp: timestamp, signature: signer.signature(timestamp: timestamp),
            jobComplete: truth?.complete ?? false, jobSuccess: truth?.complete ?? false, code: "2302",
            result: results.last.map(JobStatusResult.jobResult), history: results.isEmpty ? nil : results)
        return Array(try JSONEncoder().encode(response))
    }
}

/// A store that fails the operations it is told to, then works: the database going away, or a
/// crash between two steps.
final class FlakyStore: JobInboxStore, @unchecked Sendable {
    enum Operation: Hashable, Sendable {
        case record, register, state, dueJobs, claim, recordConfirmation, settle, outbox
    }

    struct Unavailable: Error {}

    let base: InMemoryJobInboxStore
    private let lock = NSLock()
    private var failing: [Operation: Int] = [:]

    init(_ base: InMemoryJobInboxStore = InMemoryJobInboxStore()) {
        self.base = base
    }

    /// The next `count` calls of `operation` throw.
    func fail(_ operation: Operation, times count: Int = 1) {
        lock.withLock { failing[operation, default: 0] += count }
    }

    private func check(_ operation: Operation) throws {
        let fails: Bool = lock.withLock {
            guard let count = failing[operation], count > 0 else { return false }
            failing[operation] = count - 1
            return true
        }
        if fails { throw Unavailable() }
    }

    func record(_ delivery: CallbackDelivery, now: Date) throws -> DeliveryReceipt {
        try check(.record)
        return try base.record(delivery, now: now)
    }
    func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) throws -> Bool {
        try check(.register)
        return try base.register(job, jobType: jobType, now: now, confirmAt: confirmAt)
    }
    func state(of job: JobKey) throws -> JobState? {
        try check(.state)
        return base.state(of: job)
    }
    func dueJobs(at now: Date, limit: Int) throws -> [JobKey] {
        try check(.dueJobs)
        return base.dueJobs(at: now, limit: limit)
    }
    func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) throws -> JobState? {
        try check(.claim)
        return base.claimConfirmation(of: job, lease: lease, now: now)
    }
    func recordConfirmation(_ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date) throws
        -> JobState?
    {
        try check(.recordConfirmation)
        return base.recordConfirmation(outcome, of: job, lease: lease, now: now)
    }
    func settle(_ settlement: Settlement, now: Date) throws -> SettlementResult {
        try check(.settle)
        return base.settle(settlement, now: now)
    }
    func outbox(after sequence: Int, limit: Int) throws -> [OutboxEntry] {
        try check(.outbox)
        return base.outbox(after: sequence, limit: limit)
    }
}
