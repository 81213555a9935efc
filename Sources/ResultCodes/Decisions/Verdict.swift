public import Models

/// What Smile ID has said about a job, and whether more is coming: read from its ``ResultTrail``.
///
/// ```swift
/// let verdict = ResultTrail(callback).verdict
/// if verdict.isFinal == false { return }          // another result will follow
/// verdict.outcome                                 // .approved, .rejected, …
/// verdict.nextStep                                // .none, .partnerReview, .retryLater, …
/// ```
///
/// - The **deciding result** is the last of the trail in decision order: the highest stage rank,
///   the latest arrival among equal ranks.
/// - **Final** is, in order: the deciding result's `IsFinalResult`; else a `job_status`
///   response's `job_complete`; else inferred: final unless the deciding code's next step is
///   ``NextStep/awaitResult``. An unknown code without either flag has an unknown finality
///   (`nil`).
/// - The **next step** is the deciding code's, adjusted to the finality: final with
///   ``NextStep/awaitResult`` becomes ``NextStep/partnerReview`` for a provisionally approved
///   code and ``NextStep/nothing`` otherwise; not final with any other step becomes
///   ``NextStep/awaitResult``.
/// - **No result yet**: a `job_status` response without a result has no deciding result
///   (``hasResult`` is `false`); its finality is `job_complete`.
///
/// Computing a verdict does not allocate.
public struct Verdict: Sendable, Hashable {
    /// The job's results, deduplicated, in decision order; the last one decides.
    public let trail: ResultTrail

    /// The deciding result's code, resolved in its job type; `nil` when there is no result yet.
    public let resultCode: ResultCode?

    /// Whether the job is final: no other result will follow. `nil` when the deciding code is
    /// unknown and neither `IsFinalResult` nor `job_complete` says.
    public let isFinal: Bool?

    /// What comes next for the job: the deciding code's next step adjusted to ``isFinal``; `nil`
    /// for an unknown code and when there is no result yet.
    public let nextStep: NextStep?

    /// The deciding code's outcome; `nil` for an unknown code or no result yet.
    public let outcome: Outcome?

    /// The deciding code's stage; `nil` for an unknown code or no result yet.
    public let stage: Stage?

    /// The verdict of a trail; the trail is moved into the verdict.
    public init(_ trail: consuming ResultTrail) {
        guard let deciding = trail.deciding else {
            isFinal = trail.jobComplete
            resultCode = nil
            nextStep = nil
            outcome = nil
            stage = nil
            self.trail = trail
            return
        }
        // The deciding code's row is read once; the verdict keeps what the policy needs of it.
        let row = deciding.resultCode.row
        outcome = row?.outcome
        stage = row?.stage
        let listedStep = row?.nextStep
        let isFinal: Bool? = deciding.isFinalResult ?? trail.jobComplete ?? listedStep.map { $0 != .awaitResult }
        self.isFinal = isFinal
        resultCode = deciding.resultCode
        nextStep = listedStep.map { step in
            switch (isFinal, step) {
            case (true?, .awaitResult):
                row?.outcome == .provisionallyApproved ? .partnerReview : .nothing
            case (false?, _):
                .awaitResult
            default:
                step
            }
        }
        self.trail = trail
    }
}

// MARK: - The deciding result

extension Verdict {
    /// Whether the job has a result; `false` for a `job_status` response without one.
    public var hasResult: Bool { !trail.isEmpty }

    /// The result that decides the verdict; `nil` when there is no result yet.
    public var decidingResult: JobResult? { trail.decidingIndex.map { trail[$0].result } }

    /// The deciding result's Actions; empty when there is no result yet.
    var decidingActions: Actions { trail.decidingActions }

    /// Whether Smile ID charges for the job: the deciding code's outcome is approved,
    /// provisionally approved, rejected or pending (``Outcome/incursCharge``); `nil` for an
    /// unknown code or no result yet.
    public var isCharged: Bool? { outcome?.incursCharge }
}
