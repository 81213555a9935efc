public import Models

/// The outcome of comparing one field of two records.
///
/// Smile ID may add outcomes in later versions, so a `switch` over `FieldOutcome` outside this
/// package needs `@unknown default:`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum FieldOutcome: Sendable, Hashable, CaseIterable {
    /// The values match under the field's rule (`"Exact Match"`).
    case exactMatch
    /// The values match in part: a shared name, a date one digit off, enough address words
    /// (`"Partial Match"`).
    case partialMatch
    /// The same elements in another order: names, or the day and month of a date (`"Transposed"`).
    case transposed
    /// The values do not match (`"No Match"`).
    case noMatch
    /// One side or both had no value; the field takes no part in the overall result
    /// (`"Not Provided"`).
    case notProvided
}

extension FieldOutcome {
    /// The value of the field's entry in a response's `Actions`, such as `"Exact Match"`.
    public var actionResult: ActionResult {
        switch self {
        case .exactMatch: .exactMatch
        case .partialMatch: .partialMatch
        case .transposed: .transposed
        case .noMatch: .noMatch
        case .notProvided: .notProvided
        }
    }

    /// The outcome an `Actions` value stands for, or `nil` when it is not a field outcome.
    public init?(actionResult: ActionResult) {
        switch actionResult {
        case .exactMatch: self = .exactMatch
        case .partialMatch: self = .partialMatch
        case .transposed: self = .transposed
        case .noMatch: self = .noMatch
        case .notProvided: self = .notProvided
        default: return nil
        }
    }

    /// Whether both sides had a value, so that the field counts towards the overall result.
    public var isProvided: Bool { self != .notProvided }
}

extension FieldOutcome: CustomStringConvertible {
    /// The text Smile ID uses, such as `Exact Match`.
    public var description: String { actionResult.rawValue }
}
