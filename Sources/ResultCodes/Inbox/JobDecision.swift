/// A job's decision as the inbox last settled it: what ``JobState/decision`` keeps, so that a
/// job's state can be shown without deciding again.
public struct JobDecision: Sendable, Hashable, Codable {
    /// What to do.
    public var kind: Decision.Kind
    /// Why, in one sentence that names codes but never a personal value (``Decision/reason``).
    public var reason: String
    /// Whether the verdict is final: no other result will follow.
    public var isFinal: Bool
    /// Whether the decision was made from a `job_status` answer (otherwise from trusted
    /// deliveries, in ``JobInbox/ConfirmationMode/whenUntrusted``).
    public var isConfirmed: Bool
    /// The result codes of the trail it was made from, in decision order (the last decides).
    public var codes: [String]

    /// A decision.
    public init(kind: Decision.Kind, reason: String, isFinal: Bool, isConfirmed: Bool, codes: [String]) {
        self.kind = kind
        self.reason = reason
        self.isFinal = isFinal
        self.isConfirmed = isConfirmed
        self.codes = codes
    }

    /// The decision `policy` makes of `verdict`, with the codes of its trail.
    init(_ decision: Decision, verdict: Verdict, isConfirmed: Bool) {
        self.init(
            kind: decision.kind, reason: decision.reason, isFinal: verdict.isFinal == true, isConfirmed: isConfirmed,
            codes: verdict.trail.map(\.resultCode.code))
    }

    enum CodingKeys: String, CodingKey {
        case kind = "decision"
        case reason
        case isFinal = "final"
        case isConfirmed = "confirmed"
        case codes
    }
}
