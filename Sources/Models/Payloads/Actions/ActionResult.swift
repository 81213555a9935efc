/// The value of one entry of a job result's `Actions` object, such as `"Passed"` or `"Exact Match"`.
///
/// Smile ID adds values over time; a value this version does not know decodes into
/// ``unknown(_:)``, which keeps the text and encodes it back unchanged.
///
/// A value is its text: `ActionResult.unknown("Passed") == .passed` (see ``==(_:_:)``). Smile
/// ID adds values, so a `switch` over `ActionResult` outside this package needs
/// `@unknown default:`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum ActionResult: Sendable, Hashable {
    /// `"Passed"`.
    case passed
    /// `"Completed"`.
    case completed
    /// `"Approved"`.
    case approved
    /// `"Verified"`.
    case verified
    /// `"Provisionally Approved"`.
    case provisionallyApproved
    /// `"Returned"`.
    case returned
    /// `"Not Returned"`.
    case notReturned
    /// `"Failed"`.
    case failed
    /// `"Rejected"`.
    case rejected
    /// `"Under Review"`.
    case underReview
    /// `"Unable To Determine"`.
    case unableToDetermine
    /// `"Not Applicable"`.
    case notApplicable
    /// `"Not Verified"`.
    case notVerified
    /// `"Not Done"`.
    case notDone
    /// `"Issuer Unavailable"`.
    case issuerUnavailable
    /// `"ID Authority Photo Not Available"`.
    case idAuthorityPhotoNotAvailable
    /// `"Sent to Human Review"`.
    case sentToHumanReview
    /// `"Exact Match"`: a compared field matched exactly.
    case exactMatch
    /// `"Partial Match"`: a compared field matched in part.
    case partialMatch
    /// `"Transposed"`: a compared field held the same elements in another order.
    case transposed
    /// `"No Match"`: a compared field did not match.
    case noMatch
    /// `"Not Provided"`: a compared field was missing on one side.
    case notProvided
    /// A value this version does not know, with the text Smile ID sent.
    case unknown(String)
}

extension ActionResult: RawRepresentable, CaseIterable {
    /// Every value this version knows, in the order of the vocabulary in the seed's README.
    public static let allCases: [ActionResult] = [
        .passed, .completed, .approved, .verified, .provisionallyApproved, .returned, .notReturned,
        .failed, .rejected, .underReview, .unableToDetermine, .notApplicable, .notVerified, .notDone,
        .issuerUnavailable, .idAuthorityPhotoNotAvailable, .sentToHumanReview, .exactMatch,
        .partialMatch, .transposed, .noMatch, .notProvided,
    ]

    /// Creates the value for a text Smile ID sent; never fails.
    ///
    /// The match is exact (Smile ID's spelling and case); other text becomes ``unknown(_:)``.
    public init(rawValue: String) {
        switch rawValue {
        case "Passed": self = .passed
        case "Completed": self = .completed
        case "Approved": self = .approved
        case "Verified": self = .verified
        case "Provisionally Approved": self = .provisionallyApproved
        case "Returned": self = .returned
        case "Not Returned": self = .notReturned
        case "Failed": self = .failed
        case "Rejected": self = .rejected
        case "Under Review": self = .underReview
        case "Unable To Determine": self = .unableToDetermine
        case "Not Applicable": self = .notApplicable
        case "Not Verified": self = .notVerified
        case "Not Done": self = .notDone
        case "Issuer Unavailable": self = .issuerUnavailable
        case "ID Authority Photo Not Available": self = .idAuthorityPhotoNotAvailable
        case "Sent to Human Review": self = .sentToHumanReview
        case "Exact Match": self = .exactMatch
        case "Partial Match": self = .partialMatch
        case "Transposed": self = .transposed
        case "No Match": self = .noMatch
        case "Not Provided": self = .notProvided
        default: self = .unknown(rawValue)
        }
    }

    /// The text Smile ID uses for this value.
    public var rawValue: String {
        switch self {
        case .passed: "Passed"
        case .completed: "Completed"
        case .approved: "Approved"
        case .verified: "Verified"
        case .provisionallyApproved: "Provisionally Approved"
        case .returned: "Returned"
        case .notReturned: "Not Returned"
        case .failed: "Failed"
        case .rejected: "Rejected"
        case .underReview: "Under Review"
        case .unableToDetermine: "Unable To Determine"
        case .notApplicable: "Not Applicable"
        case .notVerified: "Not Verified"
        case .notDone: "Not Done"
        case .issuerUnavailable: "Issuer Unavailable"
        case .idAuthorityPhotoNotAvailable: "ID Authority Photo Not Available"
        case .sentToHumanReview: "Sent to Human Review"
        case .exactMatch: "Exact Match"
        case .partialMatch: "Partial Match"
        case .transposed: "Transposed"
        case .noMatch: "No Match"
        case .notProvided: "Not Provided"
        case .unknown(let text): text
        }
    }
}

extension ActionResult {
    /// Whether this is a value this version knows: `false` for ``unknown(_:)`` holding text that
    /// no known value has.
    public var isKnown: Bool {
        guard case .unknown(let text) = self else { return true }
        if case .unknown = ActionResult(rawValue: text) { return false }
        return true
    }
}

// MARK: - Equality

extension ActionResult {
    /// Whether two values are the same `Actions` value: they are when their texts
    /// (``rawValue``) are equal.
    ///
    /// So ``unknown(_:)`` holding a known value's text is that value:
    /// `.unknown("Passed") == .passed`, and the two hash alike. ``init(rawValue:)`` never returns
    /// such a value, and is the way to build a value from text: a `switch` matches cases as
    /// they are written, and `.unknown("Passed")` does not match `case .passed`.
    public static func == (lhs: ActionResult, rhs: ActionResult) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    /// Hashes the value's text, as ``==(_:_:)`` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }
}

// MARK: - Polarity

extension ActionResult {
    /// How this value reads as a signal; an unknown value reads as ``ActionPolarity/review``.
    ///
    /// Read from the text, as ``==(_:_:)`` compares: `.unknown("Passed")` reads as ``ActionPolarity/pass``.
    public var polarity: ActionPolarity {
        switch ActionResult(rawValue: rawValue) {
        case .passed, .completed, .approved, .verified, .returned, .exactMatch:
            .pass
        case .failed, .rejected, .notVerified, .noMatch:
            .fail
        case .provisionallyApproved, .underReview, .unableToDetermine, .sentToHumanReview, .partialMatch,
            .transposed, .unknown:
            .review
        case .notApplicable, .notDone, .notReturned, .issuerUnavailable, .idAuthorityPhotoNotAvailable,
            .notProvided:
            .neutral
        }
    }
}

extension ActionResult: CustomStringConvertible {
    /// The text Smile ID uses, such as `Exact Match`.
    public var description: String { rawValue }
}

extension ActionResult: Codable {
    /// Decodes any JSON string; unknown text becomes ``unknown(_:)``.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the text, unchanged for ``unknown(_:)``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
