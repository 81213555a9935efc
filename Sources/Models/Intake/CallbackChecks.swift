package import SmileIDInternals

#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// The checks of a callback delivery that need no store and no decision (rows 1–4 of the job
/// inbox's table), in order: the size limit, one scan of the bytes, the signature, then the
/// decode; for a validly signed body, its freshness and the SHA-256 of its bytes.
///
/// An unsigned or wrongly signed body costs the scan (no copy, no decode): the signature is
/// checked on the bytes of the `timestamp` and `signature` the scan located. So an unsigned
/// sender learns only that its body is too large, empty, not JSON, repeats a key, or has a
/// `timestamp` or `signature` of the wrong type; the paths of any other problem are reported
/// only for validly signed bodies.
package struct CallbackChecks: Sendable {
    /// The partner's credentials that callbacks must be signed with.
    package var key: SignatureKey
    /// How old or how far ahead a signed timestamp may be.
    package var freshness: FreshnessWindow
    /// The longest body read, in bytes.
    package var maximumBodySize: Int

    package init(key: SignatureKey, freshness: FreshnessWindow, maximumBodySize: Int) {
        self.key = key
        self.freshness = freshness
        self.maximumBodySize = maximumBodySize
    }

    /// How the checks ended.
    package enum Result: Sendable {
        /// Rows 1–4: the answer, nothing to record.
        case refused(CallbackOutcome)
        /// A validly signed job result or job-status body, for the store to check and record.
        case signed(SignedDelivery)
    }

    /// Checks one body, exactly as received.
    package func check(_ body: UnsafeBufferPointer<UInt8>, now: Date) -> Result {
        guard body.count <= maximumBodySize else { return .refused(.tooLarge(limit: maximumBodySize)) }
        let fields: SignedFields
        switch SignedFields.read(body) {
        case .success(let read): fields = read
        case .failure(let refusal): return .refused(refusal.outcome)
        }
        let verification = fields.withSignature(in: body) { signature in
            fields.withTimestamp(in: body) { timestamp in
                key.verify(signatureBytes: signature, timestampBytes: timestamp)
            }
        }
        guard verification.isValid, fields.timestamp != nil, let signature = fields.signature else {
            return .refused(.refused(verification))
        }
        let payload: CallbackPayload
        do {
            payload = try BodyDecoding.decode(body, isJobStatus: fields.scan.members.2 != nil)
        } catch {
            return .refused(.notAResult(error))
        }
        let (text, signedAt) = fields.withTimestamp(in: body) { bytes in
            (bytes.map { String(decoding: $0, as: UTF8.self) } ?? "", bytes.flatMap(TimestampParser.secondsSince1970))
        }
        let signatureText = fields.scan.withStringBytes(of: signature, in: body) { String(decoding: $0, as: UTF8.self) }
        var hasher = SHA256()
        hasher.update(bytes: UnsafeRawBufferPointer(body))
        return .signed(
            SignedDelivery(
                timestamp: text, signature: signatureText,
                freshness: signedAt.map { freshness.check(Date(timeIntervalSince1970: $0), now: now) } ?? .unreadable,
                digest: hasher.finalizeWords(), payload: payload))
    }

    /// A body refused before its signature is checked.
    package struct Refusal: Error, Sendable {
        /// The answer.
        package var outcome: CallbackOutcome
    }

    /// The `timestamp` (its signed text: a JSON number's digits) and `signature` of a body, read
    /// as ``check(_:now:)`` reads them, for `smileid verify`; or why they cannot be read: the body
    /// is ``CallbackOutcome/malformed(_:)`` (empty, not JSON, not an object, a repeated key, a field
    /// of the wrong type).
    package static func signedFields(of body: UnsafeBufferPointer<UInt8>)
        -> Swift.Result<
            (timestamp: String?, signature: String?), Refusal
        >
    {
        SignedFields.read(body).map { fields in
            let timestamp = fields.withTimestamp(in: body) { $0.map { String(decoding: $0, as: UTF8.self) } }
            let signature = fields.withSignature(in: body) { $0.map { String(decoding: $0, as: UTF8.self) } }
            return (timestamp, signature)
        }
    }

}

/// A validly signed job result or job-status body.
package struct SignedDelivery: Sendable {
    /// The `timestamp` as signed (a JSON number as its digits).
    package var timestamp: String
    /// The `signature` as received.
    package var signature: String
    /// Where the timestamp falls against the freshness window.
    package var freshness: Freshness
    /// The SHA-256 of the body's bytes.
    package var digest: SHA256.Digest
    /// The decoded body.
    package var payload: CallbackPayload
}

/// The scanned body with its `timestamp` and `signature` located.
private struct SignedFields {
    var scan: DuplicateKeyScanner.Scan
    var timestamp: SignedTimestamp?
    /// The `signature` string, when present and not `null`.
    var signature: DuplicateKeyScanner.Member?

    /// Row 2 of the table: the scan, and the types of `timestamp` and `signature`.
    static func read(_ body: UnsafeBufferPointer<UInt8>) -> Result<SignedFields, CallbackChecks.Refusal> {
        let scan = DuplicateKeyScanner.scan(body, capturing: ("timestamp", "signature", "job_complete"))
        switch scan.outcome {
        case .valid: break
        case .empty:
            return .failure(
                CallbackChecks.Refusal(
                    outcome: .malformed(documentFailure("is empty; expected a job result or job-status JSON object"))))
        case .invalid:
            return .failure(
                CallbackChecks.Refusal(outcome: .malformed(documentFailure("is not valid JSON (or not UTF-8)"))))
        case .notAnObject:
            return .failure(CallbackChecks.Refusal(outcome: .malformed(documentFailure("must be an object"))))
        case .duplicateKey(let steps):
            return .failure(
                CallbackChecks.Refusal(
                    outcome: .malformed(
                        DecodingFailure(
                            kind: .duplicateKey, path: JSONPath(steps: steps),
                            requirement: "appears more than once in the same object"))))
        }
        let timestamp: SignedTimestamp?
        switch SignedTimestamp.read(scan.members.0, in: body) {
        case .success(let value): timestamp = value
        case .failure(let failure): return .failure(CallbackChecks.Refusal(outcome: .malformed(failure)))
        }
        switch scan.members.1?.kind {
        case .string?: return .success(SignedFields(scan: scan, timestamp: timestamp, signature: scan.members.1))
        case .null?, nil: return .success(SignedFields(scan: scan, timestamp: timestamp, signature: nil))
        default:
            return .failure(
                CallbackChecks.Refusal(
                    outcome: .malformed(
                        DecodingFailure(
                            kind: .wrongType, path: JSONPath([.key("signature")]), requirement: "must be a string"))))
        }
    }

    static func documentFailure(_ requirement: String) -> DecodingFailure {
        DecodingFailure(kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: requirement)
    }

    /// Runs `body` with the signature's bytes, or `nil`.
    func withSignature<R>(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard let signature else { return body(nil) }
        return scan.withStringBytes(of: signature, in: bytes) { body($0) }
    }

    /// Runs `body` with the signed text of the timestamp, or `nil`.
    func withTimestamp<R>(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        switch timestamp {
        case nil: body(nil)
        case .string(let member)?: scan.withStringBytes(of: member, in: bytes) { body($0) }
        case .number(let range)?: body(UnsafeBufferPointer(rebasing: bytes[range]))
        case .negativeZero?: ("0" as StaticString).withUTF8Buffer { body($0) }
        }
    }
}

/// Where a body's `timestamp` is: a string, or a whole JSON number (its digits are the signed
/// text, as the decoders keep them).
private enum SignedTimestamp {
    case string(DuplicateKeyScanner.Member)
    case number(Range<Int>)
    /// `-0`, which the decoders keep as `0`.
    case negativeZero

    /// The timestamp of a scanned body; `nil` when absent or `null`; a failure for any other
    /// type, or a number that is not a whole number that fits in 64 bits.
    static func read(_ member: DuplicateKeyScanner.Member?, in bytes: UnsafeBufferPointer<UInt8>) -> Result<
        SignedTimestamp?, DecodingFailure
    > {
        guard let member else { return .success(nil) }
        let failure = DecodingFailure(
            kind: .wrongType, path: JSONPath([.key("timestamp")]), requirement: "must be a string or a whole number")
        switch member.kind {
        case .string: return .success(.string(member))
        case .null: return .success(nil)
        case .number:
            let token = UnsafeBufferPointer(rebasing: bytes[member.range])
            let digits = token.first == UInt8(ascii: "-") ? UnsafeBufferPointer(rebasing: token.dropFirst()) : token
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                Int(String(decoding: token, as: UTF8.self)) != nil
            else { return .failure(failure) }
            if token.count == 2, token.first == UInt8(ascii: "-"), digits.first == UInt8(ascii: "0") {
                return .success(.negativeZero)
            }
            return .success(.number(member.range))
        default:
            return .failure(failure)
        }
    }
}
