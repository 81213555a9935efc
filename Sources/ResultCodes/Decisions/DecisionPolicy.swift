public import Models

/// A partner's rules for turning a ``Verdict`` into a ``Decision``: data, so that an operations
/// team can change them without a release.
///
/// Its JSON form, every key optional (an empty object is ``default``):
///
/// ```json
/// {
///   "provisional": "review",
///   "partial_match": {
///     "require": { "Name": ["Exact Match", "Transposed"], "DOB": ["Exact Match"] },
///     "else": "reject"
///   },
///   "unknown_code": "review"
/// }
/// ```
///
/// Decoding is strict: an unknown key at any level, a value outside its set or a wrong type
/// throws a `DecodingFailure`, which names the place (`partial_match.require.Nmae`) and what is
/// allowed.
///
/// ``decide(_:)`` applies the first row of the decisions table that fits: not final → wait;
/// pending or processing continues → wait; approved → approve; rejected → reject; provisionally
/// approved → ``provisional`` (for `compare_user_info` 1021, ``partialMatch`` when set); an error
/// whose next step is retry later → retry; any other error → fix; an unknown code →
/// ``unknownCode``; no result yet → wait, or review when the job is complete. A policy never
/// turns a non-final verdict into anything but wait, and never approves a rejection or an error.
public struct DecisionPolicy: Sendable, Hashable {
    /// The decision for a final, provisionally approved result (default: review).
    public var provisional: ProvisionalRule
    /// The rule for `compare_user_info`'s 1021 Partial Match; `nil` uses ``provisional``.
    public var partialMatch: PartialMatchRule?
    /// The decision for a code no table of the job type lists (default: review).
    public var unknownCode: UnknownCodeRule

    /// A policy; the defaults are the spec's.
    public init(
        provisional: ProvisionalRule = .review, partialMatch: PartialMatchRule? = nil,
        unknownCode: UnknownCodeRule = .review
    ) {
        self.provisional = provisional
        self.partialMatch = partialMatch
        self.unknownCode = unknownCode
    }

    /// The spec's default policy: provisional results and unknown codes go to review.
    public static let `default` = DecisionPolicy()
}

// MARK: - Rules

extension DecisionPolicy {
    /// The decision for a final, provisionally approved result.
    public enum ProvisionalRule: String, Sendable, Hashable, CaseIterable, Codable {
        /// Approve it.
        case approve
        /// Have a person or the partner's own rule decide.
        case review
        /// Reject it.
        case reject
    }

    /// The decision for a code that no table of the job type lists.
    public enum UnknownCodeRule: String, Sendable, Hashable, CaseIterable, Codable {
        /// Have a person decide.
        case review
        /// Reject it.
        case reject
        /// Read the deciding result's Actions (`Actions.polarity`): fail rejects, pass approves,
        /// review and neutral go to review.
        case actions
    }

    /// The rule for `compare_user_info`'s 1021 Partial Match: approve when every listed field's
    /// outcome is in its list, otherwise ``otherwise``.
    public struct PartialMatchRule: Sendable, Hashable {
        /// The outcomes each field may have, by compare Actions key (`Name`, `DOB`, `Gender`,
        /// `PhoneNumber`, `Address`, `ExpirationDate`). A field absent from the Actions counts as
        /// `Not Provided`.
        public var require: [ActionKey: Set<ActionResult>]
        /// The decision when a field is outside its list: review or reject (JSON `else`).
        public var otherwise: Fallback

        /// A rule.
        public init(require: [ActionKey: Set<ActionResult>], otherwise: Fallback) {
            self.require = require
            self.otherwise = otherwise
        }

        /// The decision when a field is outside its list.
        public enum Fallback: String, Sendable, Hashable, CaseIterable, Codable {
            /// Have a person decide.
            case review
            /// Reject it.
            case reject
        }
    }
}

// MARK: - Deciding

extension DecisionPolicy {
    /// The decision for `verdict`; see the type's documentation for the table. Does not allocate.
    public func decide(_ verdict: Verdict) -> Decision {
        guard let code = verdict.resultCode else {
            return verdict.trail.jobComplete == true
                ? Decision(.review, .noResultComplete, verdict: verdict)
                : Decision(.wait, .noResultYet, verdict: verdict)
        }
        if verdict.isFinal == false {
            return Decision(.wait, .notFinal, verdict: verdict)
        }
        switch verdict.outcome {
        case .pending?, .processingContinues?:
            return Decision(.wait, .stillProcessing, verdict: verdict)
        case .approved?:
            return Decision(.approve, .approved, verdict: verdict)
        case .rejected?:
            return Decision(.reject, .rejected, verdict: verdict)
        case .provisionallyApproved?:
            if code == .compareUserInfo(.partialMatch), let partialMatch {
                return partialMatch.decide(verdict.decidingActions, verdict: verdict)
            }
            let kind: Decision.Kind =
                switch provisional {
                case .approve: .approve
                case .review: .review
                case .reject: .reject
                }
            return Decision(kind, .provisional, verdict: verdict)
        case .error?:
            return verdict.nextStep == .retryLater
                ? Decision(.retry, .retryLater, verdict: verdict)
                : Decision(.fix, .fixFirst, verdict: verdict)
        case nil:
            switch unknownCode {
            case .review:
                return Decision(.review, .unknownCode, verdict: verdict)
            case .reject:
                return Decision(.reject, .unknownCode, verdict: verdict)
            case .actions:
                let polarity = verdict.decidingActions.polarity
                let kind: Decision.Kind =
                    switch polarity {
                    case .fail: .reject
                    case .pass: .approve
                    case .review, .neutral: .review
                    }
                return Decision(kind, .unknownCodeActions(polarity), verdict: verdict)
            }
        }
    }
}

extension DecisionPolicy.PartialMatchRule {
    /// The compare Actions keys a rule may name, in the order of a response.
    static let fields: [ActionKey] = [.name, .dob, .gender, .phoneNumber, .address, .expirationDate]

    /// The field outcomes a rule may list, in the order of the spec.
    static let outcomes: [ActionResult] = [.exactMatch, .partialMatch, .transposed, .noMatch, .notProvided]

    /// Approve when every required field's outcome is allowed, else ``otherwise``.
    func decide(_ actions: Actions, verdict: Verdict) -> Decision {
        for key in Self.fields {
            guard let allowed = require[key] else { continue }
            let value = actions[key] ?? .notProvided
            if !allowed.contains(value) {
                return Decision(
                    otherwise == .reject ? .reject : .review, .partialMatchFieldOutside(key, value), verdict: verdict)
            }
        }
        // Keys outside the six (only possible through `init`) are read the same way.
        for (key, allowed) in require where !Self.fields.contains(key) {
            let value = actions[key] ?? .notProvided
            if !allowed.contains(value) {
                return Decision(
                    otherwise == .reject ? .reject : .review, .partialMatchFieldOutside(key, value), verdict: verdict)
            }
        }
        return Decision(.approve, .partialMatchRequired, verdict: verdict)
    }
}
