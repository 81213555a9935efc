import Models
import ResultCodes
import TestSupport
import Testing

/// One case of `Fixtures/decisions/trails.json`: a job's results in order of arrival, the trail
/// in decision order, the verdict and the default policy's decision.
struct TrailCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Result: Decodable, Sendable {
        var code: String
        var final: Bool?
        var actions: [String: String]?
    }

    struct ExpectedVerdict: Decodable, Sendable {
        var code: String
        var outcome: String?
        var stage: String?
        var final: Bool?
        var charged: Bool?
        var nextStep: String?

        enum CodingKeys: String, CodingKey {
            case code, outcome, stage, final, charged
            case nextStep = "next_step"
        }
    }

    var name: String
    var jobType: Int
    var results: [Result]
    var trail: [String]
    var verdict: ExpectedVerdict
    var decision: String

    enum CodingKeys: String, CodingKey {
        case name, results, trail, verdict, decision
        case jobType = "job_type"
    }

    var testDescription: String { name }

    static let all: [TrailCase] = (try? Fixtures.decode([TrailCase].self, from: "decisions/trails.json")) ?? []

    /// The results as callbacks of one synthetic job.
    var jobResults: [JobResult] {
        results.map { result in
            JobResult(
                resultCode: result.code, resultText: "synthetic", smileJobID: "0000000900",
                isFinalResult: result.final,
                partnerParams: PartnerParams(userID: "user-900", jobID: "job-900", jobType: JobType(rawValue: jobType)),
                actions: Actions(
                    Dictionary(
                        uniqueKeysWithValues: (result.actions ?? [:]).map {
                            (ActionKey(rawValue: $0.key), ActionResult(rawValue: $0.value))
                        })))
        }
    }
}

/// The input forms of a case: one callback (when there is one result), the callbacks in order
/// of arrival, and a job-status response (history of every arrival, then the last as result).
enum TrailForm: String, CaseIterable, Sendable {
    case callback, callbacks, jobStatus
}

@Suite struct VerdictTests {
    static let arguments: [(TrailCase, TrailForm)] = TrailCase.all.flatMap { trailCase in
        TrailForm.allCases.filter { $0 != .callback || trailCase.results.count == 1 }.map { (trailCase, $0) }
    }

    /// The trail of a case in a form; a job-status response says `job_complete` as the case's
    /// expected finality does (true when it is unknown).
    static func trail(_ trailCase: TrailCase, _ form: TrailForm) throws -> ResultTrail {
        let results = trailCase.jobResults
        switch form {
        case .callback:
            return ResultTrail(results[0])
        case .callbacks:
            return try ResultTrail(results)
        case .jobStatus:
            let status = JobStatusResponse(
                jobComplete: trailCase.verdict.final ?? true, jobSuccess: true, code: "2302",
                result: results.last.map(JobStatusResult.jobResult),
                history: results)
            return try ResultTrail(status)
        }
    }

    @Test("The trail is deduplicated and in decision order", arguments: arguments)
    func trail(_ trailCase: TrailCase, _ form: TrailForm) throws {
        let trail = try Self.trail(trailCase, form)
        #expect(trail.map(\.resultCode.code) == trailCase.trail)
        #expect(trail.jobType?.rawValue == trailCase.jobType)
        #expect(trail.smileJobID == "0000000900")
    }

    @Test("The verdict: deciding code, outcome, stage, finality, charge, next step", arguments: arguments)
    func verdict(_ trailCase: TrailCase, _ form: TrailForm) throws {
        let verdict = try Self.trail(trailCase, form).verdict
        let expected = trailCase.verdict
        #expect(verdict.hasResult)
        #expect(verdict.resultCode?.code == expected.code)
        #expect(verdict.decidingResult?.resultCode == expected.code)
        #expect(verdict.outcome?.rawValue == expected.outcome)
        #expect(verdict.stage?.rawValue == expected.stage)
        #expect(verdict.isFinal == (form == .jobStatus ? expected.final ?? true : expected.final))
        #expect(verdict.isCharged == expected.charged)
        #expect(verdict.nextStep?.rawValue == expected.nextStep)
        #expect(verdict.resultCode?.isKnown == (expected.outcome != nil))
    }

    @Test("The default policy's decision", arguments: arguments)
    func decision(_ trailCase: TrailCase, _ form: TrailForm) throws {
        let decision = DecisionPolicy.default.decide(try Self.trail(trailCase, form).verdict)
        #expect(decision.kind.rawValue == trailCase.decision)
        #expect(decision.kind == Decision.Kind(rawValue: trailCase.decision) ?? .review)
        #expect(!decision.reason.isEmpty && decision.reason.hasSuffix("."))
        #expect(!decision.reason.contains("synthetic") && !decision.reason.contains("user-900"))
    }

    @Test func theFixtureCoversEveryStageEveryNextStepAndEveryDecision() {
        let cases = TrailCase.all
        #expect(cases.count >= 30)
        #expect(Set(cases.compactMap(\.verdict.stage)) == Set(Stage.allCases.map(\.rawValue)))
        #expect(Set(cases.compactMap(\.verdict.nextStep)) == Set(NextStep.allCases.map(\.rawValue)))
        #expect(Set(cases.map(\.decision)) == Set(Decision.Kind.allCases.map(\.rawValue)))
    }
}

// MARK: - Job-status responses

@Suite struct JobStatusVerdictTests {
    @Test("job_complete decides finality when the deciding result has no IsFinalResult")
    func jobCompleteOverridesTheInference() throws {
        let callback = try #require(TrailCase.all.first { $0.trail == ["1012"] && $0.jobType == 1 }).jobResults[0]
        for (complete, final, step, decision) in [
            (true, true, NextStep.partnerReview, Decision.Kind.review), (false, false, .awaitResult, .wait),
        ] {
            let status = JobStatusResponse(
                jobComplete: complete, jobSuccess: true, code: "2302", result: .jobResult(callback))
            let verdict = try ResultTrail(status).verdict
            #expect(verdict.isFinal == final)
            #expect(verdict.nextStep == step)
            #expect(DecisionPolicy.default.decide(verdict).kind == decision)
        }
    }

    @Test(
        "A job-status response without a result: wait while incomplete, review once complete",
        arguments: [
            ("job-status/pending.json", Decision.Kind.wait, false),
            ("job-status/no-zip-message.json", .wait, false),
            ("job-status/complete-without-result.json", .review, true),
        ])
    func noResultYet(_ file: String, _ expected: Decision.Kind, _ complete: Bool) throws {
        let trail = try ResultTrail(try Fixtures.decode(JobStatusResponse.self, from: file))
        let verdict = trail.verdict
        #expect(trail.isEmpty && trail.jobType == nil && trail.smileJobID == nil)
        #expect(!verdict.hasResult)
        #expect(
            verdict.resultCode == nil && verdict.outcome == nil && verdict.nextStep == nil && verdict.isCharged == nil)
        #expect(verdict.isFinal == complete)
        let decision = DecisionPolicy.default.decide(verdict)
        #expect(decision.kind == expected)
        #expect(decision.reason.hasPrefix("The job"))
    }

    @Test("The fixtures with history: the trail drops the result repeated in history")
    func historyFixtures() throws {
        let status = try Fixtures.decode(JobStatusResponse.self, from: "job-status/biometric-kyc-human-review.json")
        let verdict = try ResultTrail(status).verdict
        #expect(verdict.trail.map(\.resultCode.code) == ["1012", "0812", "1210"])
        #expect(verdict.resultCode == .biometricKYC(.humanJudgementPass))
        #expect(DecisionPolicy.default.decide(verdict).kind == .approve)
    }
}

// MARK: - One job

@Suite struct ResultTrailErrorTests {
    static func result(_ code: String, id: String, jobType: JobType = .biometricKYC) -> JobResult {
        JobResult(
            resultCode: code, resultText: "synthetic", smileJobID: id,
            partnerParams: PartnerParams(userID: "user", jobID: "job", jobType: jobType))
    }

    @Test func resultsOfTwoJobsAreRefusedNamingBothIDs() {
        let results = [Self.result("1012", id: "0000000001"), Self.result("0810", id: "0000000002")]
        #expect(throws: ResultTrailError.differentJobs("0000000001", "0000000002")) { try ResultTrail(results) }
        let status = JobStatusResponse(
            jobComplete: true, jobSuccess: true, code: "2302", result: .jobResult(results[1]), history: [results[0]])
        #expect(throws: ResultTrailError.differentJobs("0000000001", "0000000002")) { try ResultTrail(status) }
        #expect(
            ResultTrailError.differentJobs("0000000001", "0000000002").description
                == "the results are of two jobs: SmileJobID 0000000001 and 0000000002")
    }

    @Test func resultsOfTwoJobTypesAreRefused() {
        let results = [Self.result("1012", id: "1"), Self.result("1012", id: "1", jobType: .enhancedKYC)]
        #expect(throws: ResultTrailError.differentJobTypes(.biometricKYC, .enhancedKYC)) { try ResultTrail(results) }
    }

    @Test func anEmptySmileJobIDIsAbsent() throws {
        let trail = try ResultTrail([Self.result("1012", id: ""), Self.result("0810", id: "7")])
        #expect(trail.count == 2)
        #expect(trail.smileJobID == "7")
    }

    @Test func noCallbacksIsAnError() {
        #expect(throws: ResultTrailError.noResults) { try ResultTrail([JobResult]()) }
    }
}
