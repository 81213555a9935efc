/// The value of one entry of a job result's `Actions` object, such as `"Passed"` or `"Exact Match"`.
///
/// A value is its text (``rawValue``): equality and hashing are the text's, every text decodes,
/// and a value this version does not know is kept and encodes back unchanged (``isKnown`` is then
/// `false`). The values this version knows are static members, such as ``passed``. Smile ID adds
/// values, so a `switch` over `ActionResult` needs `default:`.
public struct ActionResult: RawRepresentable, Sendable, Hashable {
    /// The text Smile ID uses for this value, such as `Exact Match`.
    public let rawValue: String

    /// Creates the value for a text Smile ID sent; never fails.
    ///
    /// The text is kept exactly; it is a known value only when it is that value's text exactly
    /// (Smile ID's spelling and case).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

// MARK: - Known values

extension ActionResult {
    /// `"Passed"`.
    public static var passed: Self { Self(rawValue: "Passed") }
    /// `"Completed"`.
    public static var completed: Self { Self(rawValue: "Completed") }
    /// `"Approved"`.
    public static var approved: Self { Self(rawValue: "Approved") }
    /// `"Verified"`.
    public static var verified: Self { Self(rawValue: "Verified") }
    /// `"Provisionally Approved"`.
    public static var provisionallyApproved: Self { Self(rawValue: "Provisionally Approved") }
    /// `"Returned"`.
    public static var returned: Self { Self(rawValue: "Returned") }
    /// `"Not Returned"`.
    public static var notReturned: Self { Self(rawValue: "Not Returned") }
    /// `"Failed"`.
    public static var failed: Self { Self(rawValue: "Failed") }
    /// `"Rejected"`.
    public static var rejected: Self { Self(rawValue: "Rejected") }
    /// `"Under Review"`.
    public static var underReview: Self { Self(rawValue: "Under Review") }
    /// `"Unable To Determine"`.
    public static var unableToDetermine: Self { Self(rawValue: "Unable To Determine") }
    /// `"Not Applicable"`.
    public static var notApplicable: Self { Self(rawValue: "Not Applicable") }
    /// `"Not Verified"`.
    public static var notVerified: Self { Self(rawValue: "Not Verified") }
    /// `"Not Done"`.
    public static var notDone: Self { Self(rawValue: "Not Done") }
    /// `"Issuer Unavailable"`.
    public static var issuerUnavailable: Self { Self(rawValue: "Issuer Unavailable") }
    /// `"ID Authority Photo Not Available"`.
    public static var idAuthorityPhotoNotAvailable: Self { Self(rawValue: "ID Authority Photo Not Available") }
    /// `"Sent to Human Review"`.
    public static var sentToHumanReview: Self { Self(rawValue: "Sent to Human Review") }
    /// `"Exact Match"`: a compared field matched exactly.
    public static var exactMatch: Self { Self(rawValue: "Exact Match") }
    /// `"Partial Match"`: a compared field matched in part.
    public static var partialMatch: Self { Self(rawValue: "Partial Match") }
    /// `"Transposed"`: a compared field held the same elements in another order.
    public static var transposed: Self { Self(rawValue: "Transposed") }
    /// `"No Match"`: a compared field did not match.
    public static var noMatch: Self { Self(rawValue: "No Match") }
    /// `"Not Provided"`: a compared field was missing on one side.
    public static var notProvided: Self { Self(rawValue: "Not Provided") }
}

// MARK: - Table

extension ActionResult {
    /// Every value this version knows, in the order of the vocabulary in the seed's README, with
    /// its polarity (the decisions spec, section 3): the one table of values, which
    /// ``allCases``, ``isKnown`` and ``polarity`` read.
    ///
    /// A new value is a static member above and a row here; a test checks that every static
    /// member has a row and every row a static member.
    package static let table: [(value: ActionResult, polarity: ActionPolarity)] = [
        (.passed, .pass),
        (.completed, .pass),
        (.approved, .pass),
        (.verified, .pass),
        (.provisionallyApproved, .review),
        (.returned, .pass),
        (.notReturned, .neutral),
        (.failed, .fail),
        (.rejected, .fail),
        (.underReview, .review),
        (.unableToDetermine, .review),
        (.notApplicable, .neutral),
        (.notVerified, .fail),
        (.notDone, .neutral),
        (.issuerUnavailable, .neutral),
        (.idAuthorityPhotoNotAvailable, .neutral),
        (.sentToHumanReview, .review),
        (.exactMatch, .pass),
        (.partialMatch, .review),
        (.transposed, .review),
        (.noMatch, .fail),
        (.notProvided, .neutral),
    ]

    /// The polarity of a known value; `nil` for an unknown one.
    private var knownPolarity: ActionPolarity? {
        for row in Self.table where row.value == self {
            return row.polarity
        }
        return nil
    }
}

extension ActionResult: CaseIterable {
    /// Every value this version knows, in the order of the vocabulary in the seed's README.
    public static let allCases: [ActionResult] = table.map(\.value)
}

extension ActionResult {
    /// Whether this is a value this version knows (one of the static members, such as
    /// ``passed``): `false` for any other text.
    public var isKnown: Bool { knownPolarity != nil }

    /// How this value reads as a signal (the decisions spec, section 3); an unknown value reads
    /// as ``ActionPolarity/review``.
    public var polarity: ActionPolarity { knownPolarity ?? .review }
}

extension ActionResult: CustomStringConvertible {
    /// The text Smile ID uses, such as `Exact Match`.
    public var description: String { rawValue }
}

extension ActionResult: Codable {
    /// Decodes any JSON string; text this version does not know is kept as it is.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the text, unchanged.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
