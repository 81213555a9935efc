import Foundation
import Models

/// What the stand-in Smile ID knows while it runs: each job's produced results, the planned
/// `job_status` outage, the millisecond clock that signs callbacks, and what it has answered.
public actor SandboxLedger {
    /// One job's state.
    struct Entry {
        var job: SandboxJob
        var produced = 0
        /// Whether a `job_status` answer has shown every result (after the last was produced).
        var completeAnswerServed = false
    }

    /// A job's partner IDs.
    struct Key: Hashable {
        var userID: String
        var jobID: String
    }

    private var entries: [Key: Entry] = [:]
    private var outageUntil: Date?
    /// An outage that starts with the first `job_status` request.
    private var pendingOutage: TimeInterval?
    private var lastMillisecond: Int64 = 0

    /// How many `job_status` requests were answered, and how many of them with the outage's 500.
    public private(set) var jobStatusAnswers = 0
    /// How many `job_status` requests answered 500 because of the outage.
    public private(set) var outageAnswers = 0
    /// How many `job_status` requests were refused (bad signature, unknown job, not JSON).
    public var refusedRequests: Int { refusals.values.reduce(0, +) }
    /// The refused `job_status` requests by reason (`invalid_json`, `bad_signature`,
    /// `unknown_job`).
    public private(set) var refusals: [String: Int] = [:]

    /// Creates an empty ledger.
    public init() {}

    /// Adds jobs; their results are not produced yet.
    public func add(_ jobs: [SandboxJob]) {
        for job in jobs { entries[Key(userID: job.userID, jobID: job.jobID)] = Entry(job: job) }
    }

    /// `job_status` answers 500 until `date`.
    public func failJobStatus(until date: Date?) {
        outageUntil = date
    }

    /// `job_status` answers 500 for `duration` from the first request it gets (so that the
    /// outage is seen however slowly the server starts confirming).
    public func failJobStatus(forFirst duration: TimeInterval) {
        pendingOutage = duration
    }

    /// From now on `job_status` shows the first `count` produced results of `job`.
    public func produce(_ count: Int, of job: SandboxJob) {
        let key = Key(userID: job.userID, jobID: job.jobID)
        guard var entry = entries[key], count > entry.produced else { return }
        entry.produced = count
        entry.completeAnswerServed = false
        entries[key] = entry
    }

    /// Whether a `job_status` answer has shown the job complete since its last result was produced.
    public func hasServedCompleteAnswer(of job: SandboxJob) -> Bool {
        guard let entry = entries[Key(userID: job.userID, jobID: job.jobID)] else { return false }
        return entry.completeAnswerServed && entry.produced == job.scenario.producedResults.count
    }

    /// A timestamp at `date` or later, one millisecond after the last one handed out, so that no
    /// two callbacks signed through here share a signature by accident.
    public func uniqueTimestamp(at date: Date = Date()) -> (String, Date) {
        let wanted = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        lastMillisecond = max(wanted, lastMillisecond + 1)
        // Half a millisecond in, so that rounding down finds this millisecond again.
        let stamped = Date(timeIntervalSince1970: (TimeInterval(lastMillisecond) + 0.5) / 1000)
        return (SmileIDTime.string(stamped), stamped)
    }

    /// The answer to a `job_status` request body: the HTTP status and the JSON bytes.
    func answer(_ body: [UInt8], key: SignatureKey, now: Date) -> (status: Int, body: [UInt8]) {
        guard let request = try? JSONDecoder().decode(JobStatusRequest.self, from: Data(body)) else {
            refusals["invalid_json", default: 0] += 1
            return (400, Array(#"{"code":"2203","error":"Invalid JSON"}"#.utf8))
        }
        guard request.partnerID == key.partnerID,
            key.verify(signature: request.signature, timestamp: request.timestamp).isValid
        else {
            refusals["bad_signature", default: 0] += 1
            return (401, Array(#"{"code":"2205","error":"You are not authorized to do that."}"#.utf8))
        }
        if let duration = pendingOutage {
            outageUntil = now.addingTimeInterval(duration)
            pendingOutage = nil
        }
        if let outageUntil, now < outageUntil {
            outageAnswers += 1
            return (500, Array(#"{"error":"sandbox: job_status is down for a while"}"#.utf8))
        }
        let entryKey = Key(userID: request.userID, jobID: request.jobID)
        guard var entry = entries[entryKey] else {
            refusals["unknown_job", default: 0] += 1
            return (404, Array(#"{"code":"2205","error":"No job found for this user_id and job_id."}"#.utf8))
        }
        var response = entry.job.jobStatus(produced: entry.produced, history: request.history)
        let timestamp = SmileIDTime.string(now)
        response.timestamp = timestamp
        response.signature = key.signature(timestamp: timestamp)
        guard let encoded = try? SandboxJob.encoder.encode(response) else {
            return (500, Array(#"{"error":"sandbox: the answer could not be encoded"}"#.utf8))
        }
        jobStatusAnswers += 1
        if entry.produced == entry.job.scenario.producedResults.count {
            entry.completeAnswerServed = true
            entries[entryKey] = entry
        }
        return (200, Array(encoded))
    }
}
