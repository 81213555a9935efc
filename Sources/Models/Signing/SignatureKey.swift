import SmileIDInternals

/// A partner's Smile ID credentials, used to sign requests and verify responses and callbacks.
///
/// Smile ID's signature is `base64(HMAC-SHA256(key: API key, message: timestamp + partner ID +
/// "sid_request"))`, in padded standard base64, where the API key is taken as UTF-8 bytes and
/// the timestamp is the exact string sent alongside the signature in the `timestamp` field.
///
/// ```swift
/// let key = SignatureKey(partnerID: "085", apiKey: apiKeyFromSecretStore)
///
/// // Signing a request.
/// var request = CompareUserInfoRequest(sourceSDKVersion: "1.0.0", userID: "user-1",
///                                      country: "NG", idType: "PASSPORT")
/// key.sign(&request, timestamp: "2024-05-01T12:00:00.000Z")
///
/// // Verifying a callback.
/// let result = try JSONDecoder().decode(JobResult.self, from: body)
/// guard key.verify(result).isValid else { return }
/// ```
///
/// The signature covers only the timestamp and partner ID, not the body, and never expires by
/// itself: to receive callbacks, use `JobInbox` (in `ResultCodes`), which adds a freshness
/// window, replay records of each timestamp, signature and body, and confirms results with a
/// signed ``JobStatusRequest``.
///
/// The API key is a secret. It is not readable from the value, and `description`,
/// `debugDescription`, `dump` and string interpolation show only the partner ID.
public struct SignatureKey: Sendable {
    /// The partner's Smile ID partner ID, such as `"085"`; it is part of the signed message.
    public let partnerID: String

    /// The HMAC state after absorbing the API key; each signature copies it.
    private let keyedHMAC: HMACSHA256

    /// The fixed suffix of every signed message.
    private static let messageSuffix = "sid_request"

    /// Creates credentials from a partner ID and the API key of the environment (sandbox or
    /// production) the requests go to or the responses come from.
    ///
    /// - Parameters:
    ///   - partnerID: The partner ID, exactly as sent in `partner_id`.
    ///   - apiKey: The API key from the Smile ID portal; its UTF-8 bytes are the HMAC key.
    public init(partnerID: String, apiKey: String) {
        self.partnerID = partnerID
        self.keyedHMAC = HMACSHA256(key: apiKey.utf8)
    }
}

// MARK: - Signing

extension SignatureKey {
    /// The signature for `timestamp`: padded standard base64 of the 32-byte HMAC-SHA256 of
    /// `timestamp + partnerID + "sid_request"` under the API key.
    ///
    /// - Parameter timestamp: The exact string that will be sent in the `timestamp` field
    ///   (Smile ID uses ISO 8601, such as `"2024-05-01T12:00:00.000Z"`); it is signed byte for
    ///   byte, so send the same string.
    public func signature(timestamp: String) -> String {
        Base64.encode(authenticationCode(timestamp: timestamp))
    }

    /// Sets `request`'s partner ID, timestamp and signature so that it is signed with this key.
    ///
    /// - Parameters:
    ///   - request: The request to sign; its other fields are unchanged.
    ///   - timestamp: The time to sign, as the exact string to send in `timestamp`.
    public func sign(_ request: inout CompareUserInfoRequest, timestamp: String) {
        request.partnerID = partnerID
        request.timestamp = timestamp
        request.signature = signature(timestamp: timestamp)
    }

    /// The raw HMAC-SHA256 of the signed message, fed piece by piece without concatenating.
    private func authenticationCode(timestamp: String) -> [UInt8] {
        var hmac = keyedHMAC
        hmac.update(timestamp.utf8)
        hmac.update(partnerID.utf8)
        hmac.update(Self.messageSuffix.utf8)
        return hmac.finalizeWords().bytes
    }
}

// MARK: - Verifying

extension SignatureKey {
    /// Checks a signature received with `timestamp` against this key, in constant time.
    ///
    /// An absent or empty signature is ``SignatureVerification/missingSignature``; that is
    /// checked before the timestamp. A signature in the legacy `sec_key` form
    /// (`<base64>|<64 hex digits>`) is ``SignatureVerification/legacySecKey``. An absent or empty timestamp is
    /// ``SignatureVerification/missingTimestamp``. The signature must be padded standard base64
    /// of exactly 32 bytes, with no surrounding whitespace, or it is
    /// ``SignatureVerification/malformedSignature``. The decoded bytes are compared with the
    /// expected HMAC without an early exit.
    ///
    /// - Parameters:
    ///   - signature: The `signature` field as received.
    ///   - timestamp: The `timestamp` field as received, unchanged.
    public func verify(signature: String?, timestamp: String?) -> SignatureVerification {
        Self.withUTF8(signature) { signature in
            Self.withUTF8(timestamp) { timestamp in verify(signatureBytes: signature, timestampBytes: timestamp) }
        }
    }

    /// ``verify(signature:timestamp:)`` on the fields' UTF-8 bytes, as the callback intake reads
    /// them from a body (`nil` for an absent field); allocates nothing.
    package func verify(
        signatureBytes signature: UnsafeBufferPointer<UInt8>?, timestampBytes timestamp: UnsafeBufferPointer<UInt8>?
    ) -> SignatureVerification {
        guard let signature, !signature.isEmpty else { return .missingSignature }
        if Self.isLegacySecKey(signature) { return .legacySecKey }
        guard let timestamp, !timestamp.isEmpty else { return .missingTimestamp }
        // Padded base64 of 32 bytes is exactly 44 characters; decoded into the stack.
        guard signature.count == 44 else { return .malformedSignature }
        let received = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 33) { output -> SHA256.Digest? in
            guard Base64.decode(signature, into: output) == HMACSHA256.byteCount else { return nil }
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &words) {
                $0.copyMemory(from: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: output[0..<32])))
            }
            return SHA256.Digest(
                words: (
                    UInt64(bigEndian: words.0), UInt64(bigEndian: words.1), UInt64(bigEndian: words.2),
                    UInt64(bigEndian: words.3)
                ))
        }
        guard let received else { return .malformedSignature }
        var hmac = keyedHMAC
        hmac.update(timestamp)
        hmac.update(partnerID.utf8)
        hmac.update(Self.messageSuffix.utf8)
        return ConstantTime.equals(received.words, hmac.finalizeWords().words) ? .valid : .mismatch
    }

    /// Runs `body` with the UTF-8 bytes of `text` (`nil` when it is `nil`), in place when the
    /// string is native.
    private static func withUTF8<Result>(_ text: String?, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        guard let text else { return body(nil) }
        if let result = text.utf8.withContiguousStorageIfAvailable({ body($0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { body($0) }
    }

    /// Whether `signature` has the legacy `sec_key` form: base64 (possibly broken into lines, as
    /// Ruby's `Base64.encode64` writes it), `|`, then the 64 hexadecimal digits of a SHA-256.
    static func isLegacySecKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bar = bytes.firstIndex(of: UInt8(ascii: "|")) else { return false }
        let encrypted = bytes[..<bar]
        let hash = bytes[bytes.index(after: bar)...]
        guard !encrypted.isEmpty, hash.count == 64 else { return false }
        let isBase64: (UInt8) -> Bool = { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
                UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                true
            default: false
            }
        }
        let isHex: (UInt8) -> Bool = { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                UInt8(ascii: "A")...UInt8(ascii: "F"):
                true
            default: false
            }
        }
        return encrypted.allSatisfy(isBase64) && hash.allSatisfy(isHex)
    }

    /// Checks the `signature` and `timestamp` of a job result, as posted to a callback URL or
    /// returned by `job_status`.
    public func verify(_ result: JobResult) -> SignatureVerification {
        verify(signature: result.signature, timestamp: result.timestamp)
    }

    /// Checks the `signature` and `timestamp` of a `compare_user_info` response.
    public func verify(_ response: CompareUserInfoResponse) -> SignatureVerification {
        verify(signature: response.signature, timestamp: response.timestamp)
    }

    /// Checks the top-level `signature` and `timestamp` of a `job_status` response. The nested
    /// ``JobStatusResponse/result`` carries its own; pass it to `verify(_:)` to check that one.
    public func verify(_ response: JobStatusResponse) -> SignatureVerification {
        verify(signature: response.signature, timestamp: response.timestamp)
    }
}

// MARK: - Keeping the API key out of logs

extension SignatureKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `SignatureKey(partnerID: …)`; the API key is never shown.
    public var description: String {
        "SignatureKey(partnerID: \(partnerID))"
    }

    /// The same as ``description``; the API key is never shown.
    public var debugDescription: String { description }

    /// A mirror with the partner ID only, so `dump` and reflection do not reach the API key.
    public var customMirror: Mirror {
        Mirror(self, children: ["partnerID": partnerID], displayStyle: .struct)
    }
}
