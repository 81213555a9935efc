/// Where in Smile ID's processing a result code comes from: the column "stage" of the decisions
/// spec, kept in every code's row.
///
/// The raw values (`image_check`, `machine_judgement`, …) are the spec's spellings; tools print
/// them. Smile ID may add stages: switch with `@unknown default`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum Stage: String, Sendable, Hashable, CaseIterable, Codable {
    /// The selfie or card image could not be used (09xx).
    case imageCheck = "image_check"
    /// The ID authority's answer (10xx, and Enhanced KYC's lookups).
    case idLookup = "id_lookup"
    /// The machine's judgement of the selfie (08xx).
    case machineJudgement = "machine_judgement"
    /// A person's judgement of the selfie (12xx).
    case humanJudgement = "human_judgement"
    /// A general failure: no further processing (0001, 0903, 0907).
    case generalFailure = "general_failure"
    /// The request or the account is wrong.
    case requestError = "request_error"
    /// The enrolled user's state prevents the job.
    case enrolment
    /// The overall result of `compare_user_info` (1020–1022).
    case result
}

// MARK: - Decision order

extension Stage {
    /// The rank that chooses a job's deciding result: the highest rank decides, the latest
    /// arrival among equal ranks (an unknown code ranks 0).
    ///
    /// `image_check` and `id_lookup` 1, `machine_judgement` 2, `human_judgement` 3, and the
    /// stages after which nothing follows (`general_failure`, `request_error`, `enrolment`,
    /// `result`) 4.
    public var rank: Int {
        switch self {
        case .imageCheck, .idLookup: 1
        case .machineJudgement: 2
        case .humanJudgement: 3
        case .generalFailure, .requestError, .enrolment, .result: 4
        }
    }
}

extension Stage: CustomStringConvertible {
    /// The spec's spelling, such as `machine_judgement`.
    public var description: String { rawValue }
}
