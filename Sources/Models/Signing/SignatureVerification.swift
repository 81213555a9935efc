import SmileIDInternals

/// The outcome of checking a Smile ID signature with ``SignatureKey/verify(signature:timestamp:)``.
///
/// Only ``valid`` means the message came from someone holding the partner's API key. The other
/// cases say what was wrong so that it can be logged; their ``description`` never contains the
/// API key or the signature itself.
///
/// ```swift
/// let verification = key.verify(result)
/// guard verification.isValid else {
///     logger.warning("Rejected callback: \(verification)")
///     return
/// }
/// ```
public enum SignatureVerification: Sendable, Hashable {
    /// The signature matches the timestamp and the key's partner ID and API key.
    case valid
    /// No signature was sent (the field is absent or empty).
    case missingSignature
    /// No timestamp was sent (the field is absent or empty), so there is nothing to check the
    /// signature against.
    case missingTimestamp
    /// The signature is not padded standard base64, or does not decode to the 32 bytes of an
    /// HMAC-SHA256.
    case malformedSignature
    /// The signature is well formed but was not made with this partner ID, API key and
    /// timestamp.
    case mismatch
    /// The signature is in the legacy `sec_key` form, `<base64>|<hex SHA-256>`, which older
    /// API versions used: it is not an HMAC and cannot be checked with the API key. Move the
    /// account (or the callback's API version) to signatures; this is not a mismatch.
    case legacySecKey
}

extension SignatureVerification {
    /// Whether the signature is valid; `false` for every other case.
    public var isValid: Bool { self == .valid }
}

extension SignatureVerification: CustomStringConvertible {
    /// What is wrong and what to check, safe to log: it never contains the API key or the
    /// signature.
    public var description: String {
        switch self {
        case .valid:
            "The signature is valid."
        case .missingSignature:
            "No signature was sent: the signature field is absent or empty."
        case .missingTimestamp:
            "No timestamp was sent: the signature cannot be checked without the exact timestamp"
                + " string it was computed over."
        case .malformedSignature:
            "The signature is malformed: it must be padded standard base64 of a 32-byte"
                + " HMAC-SHA256. Check that it was not trimmed, URL-encoded or altered in transit."
        case .legacySecKey:
            "The signature is in the legacy sec_key form (<base64>|<hex>), which is not checked:"
                + " use an API version that sends an HMAC signature with its timestamp."
        case .mismatch:
            "The signature does not match: check that the partner ID and API key are those of the"
                + " environment (sandbox or production) that sent it, and that the timestamp is"
                + " passed exactly as received."
        }
    }
}
