/// What comes next for a job after a result: the column "next step" of the decisions spec,
/// kept in every code's row.
///
/// The raw values (`await_result`, `retake_images`, …) are the spec's spellings; tools print
/// them. Smile ID may add steps: switch with `@unknown default`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum NextStep: String, Sendable, Hashable, CaseIterable, Codable {
    /// Nothing more to do about this job (`none`).
    case nothing = "none"
    /// Smile ID will send another result.
    case awaitResult = "await_result"
    /// A final provisional result: the partner's own rule decides.
    case partnerReview = "partner_review"
    /// Ask the user to capture the images again.
    case retakeImages = "retake_images"
    /// The ID authority or Smile ID was unavailable; the same request may succeed later (errors
    /// are not charged).
    case retryLater = "retry_later"
    /// The request, the account or the product set-up must change first.
    case fixRequest = "fix_request"
    /// The user's enrolment must be checked or redone.
    case checkEnrollment = "check_enrollment"
}

extension NextStep: CustomStringConvertible {
    /// The spec's spelling, such as `await_result`.
    public var description: String { rawValue }
}
