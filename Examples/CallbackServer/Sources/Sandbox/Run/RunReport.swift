import Models
import ResultCodes

/// What a run saw, and the checks on it: every job's final decision is the scenario's expected
/// one, each change is emitted once, no answer was a 5xx, every delivery got an outcome section 2
/// allows, and every callback answered 200 was still in the store at the end.
public struct RunReport: Sendable {
    /// The jobs played.
    public var jobs: [SandboxJob]
    /// The policy expected decisions come from.
    public var policy: DecisionPolicy
    /// Every callback sent, in the order each job sent them.
    public var deliveries: [DeliveryRecord]
    /// The second sending of each callback answered 200, by its index in ``deliveries``.
    public var replays: [Int: DeliveryRecord]
    /// Jobs whose `POST /jobs` failed, with what happened.
    public var registrationErrors: [Int: String]
    /// The jobs that settled before the timeout.
    public var settled: Set<Int>
    /// Every job's state at the end (`GET /jobs`); absent for a 404.
    public var states: [Int: JobView]
    /// The outbox, from the start.
    public var outbox: [OutboxView]
    /// How many `job_status` requests were answered 200.
    public var jobStatusAnswers: Int
    /// How many were answered 500 by the planned outage.
    public var outageAnswers: Int
    /// The `job_status` requests refused, by reason (a bad signature, an unknown job: a job of
    /// another run still reconciled by the server is one).
    public var refusedJobStatusRequests: [String: Int]
    /// How long the run took, in seconds.
    public var seconds: String

    /// One job's problems, in words; empty when it passed.
    public func problems(ofJob index: Int) -> [String] {
        let job = jobs[index]
        var problems: [String] = []
        if let registration = registrationErrors[index] { problems.append(registration) }
        let expected = job.expectedDecision(policy: policy)
        if expected != job.scenario.expectedDecision, policy == .default {
            problems.append(
                "the scenario expects \(job.scenario.expectedDecision.rawValue) but the library decides"
                    + " \(expected.rawValue) on the complete job_status answer")
        }
        let state = states[index]
        if !settled.contains(index) {
            problems.append(
                "did not settle in time (last state: decision \(state?.decision ?? "none"),"
                    + " pending_confirmation \(state.map { String($0.pendingConfirmation) } ?? "?"))")
        }
        if let state {
            if state.decision != expected.rawValue {
                problems.append("final decision \(state.decision ?? "none"), expected \(expected.rawValue)")
            }
        } else {
            problems.append("GET /jobs answered 404")
        }
        // Emissions: once per change, only decisions some job_status answer gave, ending on the expected one.
        let emitted = outbox.filter { $0.userID == job.userID && $0.jobID == job.jobID }.map(\.decision)
        for (previous, next) in zip(emitted, emitted.dropFirst()) where previous == next {
            problems.append("\(next) emitted twice in a row")
        }
        let possible = job.possibleEmissions(policy: policy).map(\.rawValue)
        if !Self.isSubsequence(emitted, of: possible) {
            problems.append(
                "emitted [\(emitted.joined(separator: ", "))], possible in order [\(possible.joined(separator: ", "))]")
        }
        if expected != .wait, emitted.last != expected.rawValue {
            problems.append("last emission \(emitted.last ?? "none"), expected \(expected.rawValue)")
        }
        // Every answer: no 5xx, an outcome section 2 allows.
        for (position, record) in deliveries.enumerated() where record.jobIndex == index {
            problems += Self.problems(of: record)
            if let replay = replays[position] { problems += Self.problems(of: replay) }
        }
        return problems
    }

    static func problems(of record: DeliveryRecord) -> [String] {
        var problems: [String] = []
        if !record.serverErrors.isEmpty {
            problems.append("\(record.step): answered \(record.serverErrors.map(String.init).joined(separator: ", "))")
        }
        guard let status = record.status else {
            problems.append("\(record.step): no answer after \(record.attempts) attempts")
            return problems
        }
        var allowed = record.expectedOutcomes
        if record.attempts > 1 { allowed.insert("duplicate") }  // an earlier attempt may have been kept
        if status != 200 || !allowed.contains(record.outcome ?? "") {
            problems.append(
                "\(record.step): answered \(status) \(record.outcome ?? "without an outcome"),"
                    + " expected \(allowed.sorted().joined(separator: " or "))")
        }
        return problems
    }

    static func isSubsequence(_ items: [String], of sequence: [String]) -> Bool {
        var remaining = sequence[...]
        for item in items {
            guard let found = remaining.firstIndex(of: item) else { return false }
            remaining = remaining[(found + 1)...]
        }
        return true
    }

    /// The indices of the jobs that failed a check.
    public var failedJobs: [Int] { jobs.indices.filter { !problems(ofJob: $0).isEmpty } }

    /// Whether every check passed.
    public var passed: Bool { failedJobs.isEmpty }

    /// The report as text: one line per failed job with its problems, then a summary.
    public var text: String {
        var lines: [String] = []
        let failedJobs = Set(self.failedJobs)
        for index in failedJobs.sorted() {
            let job = jobs[index]
            lines.append("FAIL \(job.jobID) (\(job.scenario.name); fault \(job.fault.rawValue)):")
            lines += problems(ofJob: index).map { "  - \($0)" }
        }
        let serverErrors = (deliveries + replays.values).reduce(0) { $0 + $1.serverErrors.count }
        let retried = deliveries.filter { $0.attempts > 1 }.count
        let byFault = Dictionary(grouping: jobs.indices, by: { jobs[$0].fault })
        for fault in Fault.allCases {
            guard let indices = byFault[fault] else { continue }
            let failed = indices.filter { failedJobs.contains($0) }.count
            lines.append("  \(fault.rawValue): \(indices.count - failed)/\(indices.count) jobs passed")
        }
        lines.append(
            "sandbox: \(jobs.count) jobs, \(deliveries.count) callbacks (\(retried) retried after no answer or a 503,"
                + " \(replays.count) sent again to check the store),"
                + " \(outbox.filter { entry in jobs.contains { $0.userID == entry.userID && $0.jobID == entry.jobID } }.count) emissions,"
                + " \(jobStatusAnswers) job_status answers (\(outageAnswers) planned 500s\(refusedJobStatusRequests.sorted { $0.key < $1.key }.map { ", \($0.value) refused: \($0.key)" }.joined())),"
                + " \(serverErrors) 5xx answers, \(seconds) s: "
                + (passed ? "PASS" : "FAIL (\(failedJobs.count) jobs)"))
        return lines.joined(separator: "\n")
    }
}
