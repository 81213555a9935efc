import Models

/// What the partner's server does about a job, and why: made by a ``DecisionPolicy`` from a
/// ``Verdict``.
///
/// ```swift
/// let decision = DecisionPolicy.default.decide(verdict)
/// if decision.kind == .approve { activateAccount() }
/// print(decision.reason)   // "Biometric KYC 1210 (Human Judgement - PASS - …) is approved and final."
/// ```
///
/// The ``reason`` is one sentence built from codes, tables, stages, outcomes and Actions keys:
/// it never contains a personal value. Deciding does not allocate; the reason's text is made
/// when it is read.
public struct Decision: Sendable, Hashable {
    /// What to do.
    #if hasAttribute(nonexhaustive)
    @nonexhaustive
    #endif
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Accept the user or the job.
        case approve
        /// Refuse it.
        case reject
        /// A person, or the partner's own rule, decides.
        case review
        /// More is coming: do nothing yet.
        case wait
        /// Send the job again later: Smile ID or the ID authority was unavailable.
        case retry
        /// Change the request, the account or the user's enrolment first.
        case fix
    }

    /// Which rule of the decision table applied; the reason is rendered from it.
    enum Rule: Sendable, Hashable {
        case noResultYet
        case noResultComplete
        case notFinal
        case stillProcessing
        case approved
        case rejected
        case provisional
        case partialMatchRequired
        case partialMatchFieldOutside(ActionKey, ActionResult)
        case retryLater
        case fixFirst
        case unknownCode
        case unknownCodeActions(ActionPolarity)
    }

    /// What to do.
    public let kind: Kind
    /// The rule that applied.
    let rule: Rule
    /// The deciding code, when there is a result.
    let resultCode: ResultCode?
    /// The job type of the results, when there are any.
    let jobType: JobType?
    /// The verdict's next step, when known.
    let nextStep: NextStep?

    init(_ kind: Kind, _ rule: Rule, verdict: Verdict) {
        self.kind = kind
        self.rule = rule
        self.resultCode = verdict.resultCode
        self.jobType = verdict.trail.jobType
        self.nextStep = verdict.nextStep
    }
}

// MARK: - Reason

extension Decision {
    /// Why, in one sentence that names codes, tables and Actions keys but never a personal value.
    public var reason: String {
        switch rule {
        case .noResultYet:
            return "The job has no result yet and is not complete."
        case .noResultComplete:
            return "The job is complete but the response has no result."
        case .notFinal:
            return "\(subject) is not final\(outcomeText): Smile ID will send another result."
        case .stillProcessing:
            return "\(subject) means the job is still being processed\(outcomeText)."
        case .approved:
            return "\(subject) is approved and final."
        case .rejected:
            return "\(subject) is rejected and final."
        case .provisional:
            return
                "\(subject) is provisionally approved and final; the policy's provisional rule says \(kind.rawValue)."
        case .partialMatchRequired:
            return "\(subject) is a partial match whose fields all meet the policy's partial_match rule."
        case .partialMatchFieldOutside(let key, let value):
            return
                "\(subject) is a partial match whose \(key.rawValue) is \(value.isKnown ? value.rawValue : "a value this version does not know"), outside the policy's partial_match rule, which then says \(kind.rawValue)."
        case .retryLater:
            return "\(subject) is an error after which the same request may succeed later (not charged)."
        case .fixFirst:
            return "\(subject) is an error: \(stepText) before sending the job again (not charged)."
        case .unknownCode:
            return "\(subject): the policy's unknown_code rule says \(kind.rawValue)."
        case .unknownCodeActions(let polarity):
            return
                "\(subject): its Actions read as \(polarity.rawValue), so the policy's unknown_code rule says \(kind.rawValue)."
        }
    }

    /// `Biometric KYC 1210 (Human Judgement - PASS)` (for Compare User Info, its result text:
    /// `Compare User Info 1021 (Partial Match)`), or a description of an unknown code that
    /// repeats it only when it is four ASCII digits.
    private var subject: String {
        guard let resultCode else { return "The job" }
        if let table = resultCode.table, let row = resultCode.row {
            return "\(table.title) \(resultCode.code) (\(row.resultText ?? row.message))"
        }
        let code =
            CodeDirectory.number(resultCode.code) != nil
            ? "Result code \(resultCode.code)" : "A result code that is not four digits"
        return "\(code) (listed in no table of \(jobType.map { "job type \($0.rawValue)" } ?? "the job type"))"
    }

    /// ` (Provisionally Approved)`: the deciding code's outcome in Smile ID's words, or nothing.
    private var outcomeText: String {
        resultCode?.row.map { " (\($0.outcome.description))" } ?? ""
    }

    private var stepText: String {
        switch nextStep {
        case .checkEnrollment?: "the user's enrolment must be checked or redone"
        default: "the request, the account or the product set-up must change"
        }
    }
}

extension Decision: CustomStringConvertible {
    /// The kind and the reason, such as `approve: Biometric KYC 1210 (…) is approved and final.`
    public var description: String { "\(kind.rawValue): \(reason)" }
}
