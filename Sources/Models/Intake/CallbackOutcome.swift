/// What ``CallbackIntake`` concluded about one callback body, with the HTTP status to answer.
///
/// A handler becomes one `switch` (or just `outcome.httpStatus`); every case's
/// ``description`` is safe to log: it names fields and reasons, never a personal value, the
/// API key or the signature.
///
/// ```swift
/// let outcome = await intake.evaluate(body: body, now: Date())
/// guard case .accepted(let payload) = outcome else {
///     logger.warning("Smile ID callback refused: \(outcome)")
///     return outcome.httpStatus                  // 400, 401, 409 or 413
/// }
/// ```
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum CallbackOutcome: Sendable, Hashable {
    /// The body is signed with this key, fresh, seen for the first time, and decodes. `200`.
    case accepted(CallbackPayload)
    /// The signature is missing, malformed, in the legacy `sec_key` form, or does not match
    /// (or the timestamp it needs is missing). `401`.
    case refused(SignatureVerification)
    /// The signature matches, but the timestamp is in no form Smile ID sends, so its age is
    /// unknown. `401`.
    case unreadableTimestamp
    /// The signature matches, but its timestamp is older than the freshness window: possibly a
    /// captured signature. `401`.
    case stale(age: Duration)
    /// The signature matches, but its timestamp is further ahead of the clock than the window
    /// allows. `401`.
    case fromTheFuture(lead: Duration)
    /// The same timestamp and signature were already accepted within the window. `409`.
    ///
    /// Smile ID may deliver one callback twice; a handler that has already processed the job
    /// may answer `200` instead.
    case replayed
    /// A key appears twice in one object (`path` names it, such as `PartnerParams.job_type`);
    /// parsers disagree on which value wins, so the body is refused. `400`.
    case duplicateKey(path: JSONPath)
    /// The body is empty, not JSON, or not a job result or job-status response: the path and
    /// what was expected there. `400`.
    case malformed(DecodingFailure)
    /// The body is longer than the intake's limit (in bytes). `413`.
    case tooLarge(limit: Int)
}

/// The decoded body of an accepted callback.
public enum CallbackPayload: Sendable, Hashable {
    /// A job result, as posted to a callback URL.
    case jobResult(JobResult)
    /// A job-status response (the body has a `job_complete` key).
    case jobStatus(JobStatusResponse)
}

extension CallbackPayload {
    /// The job result the body carries: the result itself, or a job-status response's `result`.
    public var jobResult: JobResult? {
        switch self {
        case .jobResult(let result): result
        case .jobStatus(let status): status.result?.jobResult
        }
    }
}

// MARK: - Answering

extension CallbackOutcome {
    /// Whether the callback was accepted.
    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    /// The HTTP status a handler should answer: 200 accepted; 400 malformed or duplicate key;
    /// 401 refused signature, unreadable, stale or future timestamp; 409 replayed; 413 too large.
    public var httpStatus: Int {
        switch self {
        case .accepted: 200
        case .malformed, .duplicateKey: 400
        case .refused, .unreadableTimestamp, .stale, .fromTheFuture: 401
        case .replayed: 409
        case .tooLarge: 413
        }
    }

    /// A stable snake_case name for logs and metrics: `accepted`, `missing_signature`,
    /// `missing_timestamp`, `malformed_signature`, `legacy_sec_key`, `mismatch`,
    /// `unreadable_timestamp`, `stale`, `future`, `replayed`, `duplicate_key`, `malformed`,
    /// `too_large`.
    public var reason: String {
        switch self {
        case .accepted: "accepted"
        case .refused(let verification): verification.reason
        case .unreadableTimestamp: "unreadable_timestamp"
        case .stale: "stale"
        case .fromTheFuture: "future"
        case .replayed: "replayed"
        case .duplicateKey: "duplicate_key"
        case .malformed: "malformed"
        case .tooLarge: "too_large"
        }
    }
}

extension SignatureVerification {
    /// A stable snake_case name: `valid`, `missing_signature`, `missing_timestamp`,
    /// `malformed_signature`, `legacy_sec_key` or `mismatch`.
    public var reason: String {
        switch self {
        case .valid: "valid"
        case .missingSignature: "missing_signature"
        case .missingTimestamp: "missing_timestamp"
        case .malformedSignature: "malformed_signature"
        case .legacySecKey: "legacy_sec_key"
        case .mismatch: "mismatch"
        }
    }
}

// MARK: - Logging

extension CallbackOutcome: CustomStringConvertible {
    /// One line naming the outcome and its reason, safe to log.
    public var description: String {
        switch self {
        case .accepted(.jobResult(let result)):
            "accepted: job result \(result.resultCode) for job type \(result.jobType.rawValue)"
        case .accepted(.jobStatus(let status)):
            "accepted: job status, complete \(status.jobComplete)"
        case .refused(let verification):
            "refused (\(verification.reason)): \(verification)"
        case .unreadableTimestamp:
            "refused (unreadable_timestamp): the timestamp is not ISO 8601 with a zone nor seconds or milliseconds since 1970"
        case .stale(let age):
            "refused (stale): the signed timestamp is \(Self.seconds(age)) old"
        case .fromTheFuture(let lead):
            "refused (future): the signed timestamp is \(Self.seconds(lead)) ahead of this server's clock"
        case .replayed:
            "refused (replayed): this timestamp and signature were already accepted"
        case .duplicateKey(let path):
            "refused (duplicate_key): \(path) appears more than once in the same object"
        case .malformed(let failure):
            "refused (malformed): \(failure)"
        case .tooLarge(let limit):
            "refused (too_large): the body is larger than \(limit) bytes"
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return milliseconds % 1000 == 0 ? "\(seconds) s" : "\(Double(milliseconds) / 1000) s"
    }
}
