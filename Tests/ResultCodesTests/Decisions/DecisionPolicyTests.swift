import Models
import ResultCodes
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One case of `Fixtures/decisions/policies.json`: a policy document, and the error it must give.
struct PolicyCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var policy: JSONValue
    var error: String?
    var equalsDefault: Bool?

    enum CodingKeys: String, CodingKey {
        case name, policy, error
        case equalsDefault = "equals_default"
    }

    var testDescription: String { name }

    static let all: [PolicyCase] = (try? Fixtures.decode([PolicyCase].self, from: "decisions/policies.json")) ?? []
}

@Suite struct DecisionPolicyTests {
    @Test(
        "Policy documents: valid ones read and round-trip, invalid ones name the place and what is allowed",
        arguments: PolicyCase.all)
    func document(_ policyCase: PolicyCase) throws {
        let bytes = try JSONEncoder().encode(policyCase.policy)
        if let message = policyCase.error {
            #expect(throws: DecodingFailure.self) { try DecisionPolicy(json: policyCase.policy) }
            do {
                _ = try JSONDecoder().decode(DecisionPolicy.self, from: bytes)
                Issue.record("\(policyCase.name) was accepted")
            } catch let error as DecodingFailure {
                #expect(error.description == message)
            }
        } else {
            let policy = try JSONDecoder().decode(DecisionPolicy.self, from: bytes)
            #expect(try JSONDecoder().decode(DecisionPolicy.self, from: JSONEncoder().encode(policy)) == policy)
            #expect((policy == .default) == (policyCase.equalsDefault == true))
        }
    }

    @Test func theSpecExampleReadsAsWritten() throws {
        let example = try #require(PolicyCase.all.first { $0.name == "the spec's example" })
        let policy = try DecisionPolicy(json: example.policy)
        #expect(policy.provisional == .review && policy.unknownCode == .review)
        #expect(policy.partialMatch?.require == [.name: [.exactMatch, .transposed], .dob: [.exactMatch]])
        #expect(policy.partialMatch?.otherwise == .reject)
    }

    // MARK: - Rules

    static func verdict(_ code: String, jobType: JobType, final: Bool? = nil, actions: [ActionKey: ActionResult] = [:])
        -> Verdict
    {
        ResultTrail(
            JobResult(
                resultCode: code, resultText: "synthetic", smileJobID: "0000000901", isFinalResult: final,
                partnerParams: PartnerParams(userID: "user-901", jobID: "job-901", jobType: jobType),
                actions: Actions(actions))
        ).verdict
    }

    @Test("provisional decides a final provisional result", arguments: DecisionPolicy.ProvisionalRule.allCases)
    func provisional(_ rule: DecisionPolicy.ProvisionalRule) {
        let policy = DecisionPolicy(provisional: rule)
        for verdict in [Self.verdict("1213", jobType: .biometricKYC), Self.verdict("1021", jobType: .compareUserInfo)] {
            #expect(policy.decide(verdict).kind.rawValue == rule.rawValue)
        }
    }

    static let partialMatch = DecisionPolicy(
        provisional: .approve,
        partialMatch: .init(require: [.name: [.exactMatch, .transposed], .dob: [.exactMatch]], otherwise: .reject))

    @Test(
        "partial_match: approve when every listed field is in its list, else its else",
        arguments: [
            ([ActionKey.name: ActionResult.exactMatch, .dob: .exactMatch, .address: .noMatch], Decision.Kind.approve),
            ([.name: .transposed, .dob: .exactMatch], .approve),
            ([.name: .partialMatch, .dob: .exactMatch], .reject),
            ([.name: .exactMatch, .dob: .partialMatch], .reject),
            ([.name: .exactMatch], .reject),  // DOB absent counts as Not Provided
        ])
    func partialMatchRule(_ actions: [ActionKey: ActionResult], _ expected: Decision.Kind) {
        let decision = Self.partialMatch.decide(Self.verdict("1021", jobType: .compareUserInfo, actions: actions))
        #expect(decision.kind == expected)
        if expected == .reject {
            #expect(decision.reason.contains("outside the policy's partial_match rule"))
        }
    }

    @Test func partialMatchAbsentFieldCountsAsNotProvided() {
        let policy = DecisionPolicy(partialMatch: .init(require: [.address: [.notProvided]], otherwise: .review))
        #expect(policy.decide(Self.verdict("1021", jobType: .compareUserInfo)).kind == .approve)
        #expect(
            policy.decide(Self.verdict("1021", jobType: .compareUserInfo, actions: [.address: .exactMatch])).kind
                == .review)
    }

    @Test func partialMatchAppliesTo1021Only() {
        // 1213 is provisional too, but not a compare_user_info partial match: provisional decides.
        #expect(Self.partialMatch.decide(Self.verdict("1213", jobType: .biometricKYC)).kind == .approve)
        #expect(Self.partialMatch.decide(Self.verdict("1022", jobType: .compareUserInfo)).kind == .reject)
    }

    @Test(
        "unknown_code: review, reject, or the Actions' polarity",
        arguments: [
            (
                DecisionPolicy.UnknownCodeRule.review, [ActionKey.livenessCheck: ActionResult.failed],
                Decision.Kind.review
            ),
            (.reject, [.livenessCheck: .passed], .reject),
            (.actions, [.livenessCheck: .passed, .verifyIDNumber: .failed], .reject),
            (.actions, [.livenessCheck: .passed, .verifyIDNumber: .underReview], .review),
            (.actions, [.livenessCheck: .passed, .verifyIDNumber: .notApplicable], .approve),
            (.actions, [.verifyIDNumber: .notApplicable], .review),
            (.actions, [:], .review),
            (.actions, [.livenessCheck: ActionResult(rawValue: "Half Passed")], .review),
        ])
    func unknownCode(
        _ rule: DecisionPolicy.UnknownCodeRule, _ actions: [ActionKey: ActionResult], _ expected: Decision.Kind
    ) {
        let verdict = Self.verdict("1030", jobType: .amlCheck, actions: actions)
        let decision = DecisionPolicy(unknownCode: rule).decide(verdict)
        #expect(decision.kind == expected)
        #expect(decision.reason.hasPrefix("Result code 1030 (listed in no table of job type 10)"))
    }

    static let policies: [DecisionPolicy] = DecisionPolicy.ProvisionalRule.allCases.flatMap { provisional in
        DecisionPolicy.UnknownCodeRule.allCases.flatMap { unknown in
            [nil, partialMatch.partialMatch].map {
                DecisionPolicy(provisional: provisional, partialMatch: $0, unknownCode: unknown)
            }
        }
    }

    @Test(
        "No policy turns a non-final verdict into anything but wait, or approves a rejection or an error",
        arguments: ResultCode.allKnownCodes())
    func policiesKeepTheirBounds(_ code: ResultCode) throws {
        let jobType = try #require(code.table?.jobTypes.first ?? .smartSelfieAuthentication)
        for policy in Self.policies {
            for final in [nil, true, false] as [Bool?] {
                let verdict = Self.verdict(code.code, jobType: jobType, final: final, actions: [.name: .exactMatch])
                let decision = policy.decide(verdict)
                if verdict.isFinal == false { #expect(decision.kind == .wait) }
                if verdict.outcome == .rejected || verdict.outcome == .error { #expect(decision.kind != .approve) }
                if decision.kind == .retry { #expect(verdict.nextStep == .retryLater) }
            }
        }
    }

    @Test("Reasons never repeat a value of the result", arguments: ResultCode.allKnownCodes())
    func reasonsCarryNoPersonalValue(_ code: ResultCode) throws {
        let jobType = try #require(code.table?.jobTypes.first ?? .smartSelfieAuthentication)
        var result = JobResult(
            resultCode: code.code, resultText: "SYNTHETIC-TEXT", smileJobID: "0000000902",
            partnerParams: PartnerParams(userID: "SYNTHETIC-USER", jobID: "SYNTHETIC-JOB", jobType: jobType),
            actions: Actions([.name: ActionResult(rawValue: "SYNTHETIC-VALUE")]))
        result.fullName = "SYNTHETIC PERSON"
        result.idNumber = "00000000000"
        for policy in Self.policies {
            let reason = policy.decide(ResultTrail(result).verdict).reason
            for secret in ["SYNTHETIC", "00000000000"] {
                #expect(!reason.contains(secret), "\(reason)")
            }
        }
    }
}
