/// What one callback delivery gets, with the HTTP status to answer: one case per row of the
/// job inbox's table (`JobInbox.receive(body:now:)` in `ResultCodes`), checked in that order.
///
/// | # | the delivery | outcome | status |
/// | --- | --- | --- | --- |
/// | 1 | body over the limit | ``tooLarge(limit:)`` | 413 |
/// | 2 | empty, not JSON, not an object, a repeated key | ``malformed(_:)`` | 400 |
/// | 3 | signature missing, malformed, legacy `sec_key`, not matching | ``refused(_:)`` | 401 |
/// | 4 | signed, but not a job result or job-status body | ``notAResult(_:)`` | 400 |
/// | 5 | the same timestamp, signature and body as an earlier delivery | ``duplicate`` | 200 |
/// | 6 | signed, fresh, its timestamp and signature never seen | ``accepted`` | 200 |
/// | 7 | signed, but outside the window, or its pair used by another body | ``unconfirmed(_:)`` | 200 |
/// | – | the inbox's store cannot be reached | ``storeUnavailable`` | 503 |
///
/// No delivery a client sent gets a 5xx: ``storeUnavailable`` is the server's own store failing
/// (Smile ID retries). A validly signed body is never thrown away: what cannot be trusted is
/// ``unconfirmed(_:)``, recorded and confirmed by `job_status`.
///
/// A handler answers ``httpStatus`` with ``reason`` as its body's outcome; every case's
/// ``description`` is safe to log: it names fields, paths and reasons, never a personal value,
/// the API key or the signature.
///
/// ```swift
/// let outcome = await inbox.receive(body: body, now: Date())
/// logger.info("Smile ID callback \(outcome)")
/// return (outcome.httpStatus, #"{"outcome":"\#(outcome.reason)"}"#)
/// ```
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum CallbackOutcome: Sendable, Hashable {
    /// Row 6: signed with the partner's key, its timestamp inside the freshness window, its
    /// timestamp and signature never seen before: the result is recorded as trusted. `200`.
    case accepted
    /// Row 5: the same timestamp, signature and body (its SHA-256) as an earlier delivery (a
    /// retry after a lost answer): nothing new is recorded. `200`.
    case duplicate
    /// Row 7: validly signed, but not trustworthy: the result is recorded as unconfirmed and
    /// decides nothing until `job_status` answers. `200`.
    case unconfirmed(UnconfirmedReason)
    /// Row 1: the body is longer than the limit (in bytes). `413`.
    case tooLarge(limit: Int)
    /// Row 2: the body is empty, not JSON (RFC 8259, UTF-8), not an object, its `timestamp` or
    /// `signature` has a type no signed body has, or a key appears twice in one object (the
    /// failure's kind is then ``DecodingFailure/Kind/duplicateKey`` and its path names the key,
    /// such as `PartnerParams.job_type`: parsers disagree on which value wins): the path and what
    /// was expected. `400`.
    case malformed(DecodingFailure)
    /// Row 3: the signature is missing, malformed, in the legacy `sec_key` form, or does not
    /// match (or the timestamp it needs is missing). `401`.
    case refused(SignatureVerification)
    /// Row 4: validly signed, but not a job result or a job-status response: the path and what
    /// was expected there, never the value. `400`.
    case notAResult(DecodingFailure)
    /// The inbox's store could not record the delivery (it is down, or full of live records):
    /// nothing was recorded, and Smile ID retries. `503`.
    case storeUnavailable
}

extension CallbackOutcome {
    /// Why a validly signed delivery is not trusted.
    #if hasAttribute(nonexhaustive)
    @nonexhaustive
    #endif
    public enum UnconfirmedReason: Sendable, Hashable {
        /// Its timestamp is older than the freshness window, by `age` in all (a queued or retried
        /// delivery, or a captured signature).
        case stale(age: Duration)
        /// Its timestamp is further ahead of the clock than the window allows, by `lead`.
        case fromTheFuture(lead: Duration)
        /// Its timestamp is in no form Smile ID sends, so its age is unknown.
        case unreadableTimestamp
        /// Its timestamp and signature were already used by a different body: two callbacks
        /// signed in the same millisecond, or a captured signature on a forged body.
        case reusedSignature
    }
}

// MARK: - Answering

extension CallbackOutcome {
    /// The HTTP status to answer: 200 accepted, duplicate or unconfirmed; 400 malformed or not
    /// a result; 401 refused signature; 413 too large; 503 store unavailable.
    public var httpStatus: Int {
        switch self {
        case .accepted, .duplicate, .unconfirmed: 200
        case .malformed, .notAResult: 400
        case .refused: 401
        case .tooLarge: 413
        case .storeUnavailable: 503
        }
    }

    /// A stable snake_case name, the answer's `outcome`: `accepted`, `duplicate`, `unconfirmed`,
    /// `too_large`, `malformed`, `duplicate_key` (a malformed body with a repeated key),
    /// `missing_signature`, `missing_timestamp`,
    /// `malformed_signature`, `legacy_sec_key`, `mismatch`, `not_a_result` or
    /// `store_unavailable`.
    public var reason: String {
        switch self {
        case .accepted: "accepted"
        case .duplicate: "duplicate"
        case .unconfirmed: "unconfirmed"
        case .tooLarge: "too_large"
        case .malformed(let failure): failure.kind == .duplicateKey ? "duplicate_key" : "malformed"
        case .refused(let verification): verification.reason
        case .notAResult: "not_a_result"
        case .storeUnavailable: "store_unavailable"
        }
    }
}

extension CallbackOutcome.UnconfirmedReason {
    /// A stable snake_case name: `stale`, `future`, `unreadable_timestamp` or `reused_signature`.
    public var reason: String {
        switch self {
        case .stale: "stale"
        case .fromTheFuture: "future"
        case .unreadableTimestamp: "unreadable_timestamp"
        case .reusedSignature: "reused_signature"
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
        case .accepted:
            "accepted: recorded as trusted"
        case .duplicate:
            "duplicate: this body was already recorded under this timestamp and signature"
        case .unconfirmed(let why):
            "unconfirmed (\(why.reason)): \(why); recorded, to be confirmed by job_status"
        case .tooLarge(let limit):
            "refused (too_large): the body is larger than \(limit) bytes"
        case .malformed(let failure):
            "refused (\(reason)): \(failure)"
        case .refused(let verification):
            "refused (\(verification.reason)): \(verification)"
        case .notAResult(let failure):
            "refused (not_a_result): \(failure)"
        case .storeUnavailable:
            "not recorded (store_unavailable): the inbox's store could not be reached; Smile ID retries"
        }
    }
}

extension CallbackOutcome.UnconfirmedReason: CustomStringConvertible {
    /// What was wrong, safe to log.
    public var description: String {
        switch self {
        case .stale(let age):
            "the signed timestamp is \(Self.seconds(age)) old"
        case .fromTheFuture(let lead):
            "the signed timestamp is \(Self.seconds(lead)) ahead of this server's clock"
        case .unreadableTimestamp:
            "the timestamp is not ISO 8601 with a zone nor seconds or milliseconds since 1970"
        case .reusedSignature:
            "this timestamp and signature came with another body before"
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return milliseconds % 1000 == 0 ? "\(seconds) s" : "\(Double(milliseconds) / 1000) s"
    }
}
