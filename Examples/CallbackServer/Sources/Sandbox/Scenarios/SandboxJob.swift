import Models
import ResultCodes

/// One job the sandbox plays: a scenario under a fault, with the partner's IDs for it.
///
/// The IDs carry the run's identifier, so that runs against one database never share a job.
public struct SandboxJob: Sendable, Hashable {
    /// `PartnerParams.user_id`.
    public var userID: String
    /// `PartnerParams.job_id`.
    public var jobID: String
    /// Smile ID's own job ID (`SmileJobID`), ten digits.
    public var smileJobID: String
    /// The trail the job follows.
    public var scenario: Scenario
    /// How its deliveries go wrong.
    public var fault: Fault

    /// Creates a job.
    public init(userID: String, jobID: String, smileJobID: String, scenario: Scenario, fault: Fault) {
        self.userID = userID
        self.jobID = jobID
        self.smileJobID = smileJobID
        self.scenario = scenario
        self.fault = fault
    }

    /// Every scenario under every fault that applies to it, named after `runID`.
    public static func jobs(scenarios: [Scenario], faults: [Fault], runID: String) -> [SandboxJob] {
        var jobs: [SandboxJob] = []
        for (index, scenario) in scenarios.enumerated() {
            for fault in faults where fault.applies(toArrivals: scenario.results.count) {
                let number = jobs.count
                jobs.append(
                    SandboxJob(
                        userID: "user-sbx-\(runID)-\(index)",
                        jobID: "job-sbx-\(runID)-\(index)-\(fault.rawValue)",
                        smileJobID: String(1_000_000_000 + number),
                        scenario: scenario, fault: fault))
            }
        }
        return jobs
    }
}

// MARK: - Results and job_status answers

extension SandboxJob {
    /// The job's `PartnerParams`.
    public var partnerParams: PartnerParams {
        PartnerParams(userID: userID, jobID: jobID, jobType: scenario.jobType)
    }

    /// A result of the scenario as Smile ID sends it, unsigned.
    public func jobResult(_ result: Scenario.Result) -> JobResult {
        JobResult(
            resultCode: result.code, resultText: "Sandbox result \(result.code)", smileJobID: smileJobID,
            isFinalResult: result.final, partnerParams: partnerParams)
    }

    /// `job_complete` once every result is produced: the finality the callbacks' own trail has
    /// (`decisions.md` 2.5), and complete when that is unknown (an unknown code without a flag).
    public var isCompleteWhenProduced: Bool {
        guard let trail = try? ResultTrail(scenario.results.map(jobResult)) else { return true }
        return trail.verdict.isFinal ?? true
    }

    /// The `job_status` answer once `produced` results exist, unsigned: `history` (when asked)
    /// lists them oldest first and `result` is the latest; `job_complete` only once all exist.
    public func jobStatus(produced: Int, history: Bool) -> JobStatusResponse {
        let all = scenario.producedResults
        let results = all.prefix(max(0, produced)).map(jobResult)
        let complete = results.count == all.count && isCompleteWhenProduced
        var decision: Decision.Kind?
        if complete, let trail = try? ResultTrail(results) {
            decision = DecisionPolicy.default.decide(trail.verdict).kind
        }
        return JobStatusResponse(
            jobComplete: complete, jobSuccess: decision == .approve, code: "2302",
            result: results.last.map { .jobResult($0) }, history: history ? Array(results) : nil)
    }

    /// What `policy` decides on the `job_status` answer once `produced` results exist.
    public func decision(produced: Int, policy: DecisionPolicy) -> Decision.Kind {
        guard let trail = try? ResultTrail(jobStatus(produced: produced, history: true)) else { return .review }
        return policy.decide(trail.verdict).kind
    }

    /// The decision a server with `policy` ends on: the one of the complete `job_status` answer.
    public func expectedDecision(policy: DecisionPolicy) -> Decision.Kind {
        decision(produced: scenario.producedResults.count, policy: policy)
    }

    /// The decisions a server may emit, in order: each answer's (one result more each time),
    /// without `wait` and without repeats. What the outbox shows must be a subsequence of it.
    public func possibleEmissions(policy: DecisionPolicy) -> [Decision.Kind] {
        var kinds: [Decision.Kind] = []
        for produced in 0...scenario.producedResults.count {
            let kind = decision(produced: produced, policy: policy)
            if kind != .wait, kinds.last != kind { kinds.append(kind) }
        }
        return kinds
    }
}
