/// How an `Actions` value reads as a signal: it passes, fails, asks for a review, or says nothing.
///
/// The decisions spec gives every ``ActionResult`` a polarity, so that a partner can read the
/// Actions of job types whose codes Smile ID does not list (6, 7, 10, 11, 12) without matching
/// text. The set is the spec's and closed: a value Smile ID adds reads as ``review``.
public enum ActionPolarity: String, Sendable, Hashable, CaseIterable, Codable {
    /// The step succeeded: Passed, Completed, Approved, Verified, Returned, Exact Match.
    case pass
    /// The step failed: Failed, Rejected, Not Verified, No Match.
    case fail
    /// A person or the partner's own rule must look: Provisionally Approved, Under Review, Unable
    /// To Determine, Sent to Human Review, Partial Match, Transposed, and any unknown value.
    case review
    /// The step says nothing about the user: Not Applicable, Not Done, Not Returned, Issuer
    /// Unavailable, ID Authority Photo Not Available, Not Provided.
    case neutral
}

extension ActionPolarity: CustomStringConvertible {
    /// The raw value, such as `pass`.
    public var description: String { rawValue }
}
