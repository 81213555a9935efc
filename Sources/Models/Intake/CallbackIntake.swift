import SmileIDInternals

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The one path from a callback's raw body to a trusted result: size, duplicate keys,
/// signature, freshness, decoding and replay, in that order, as a typed outcome that never
/// throws.
///
/// ```swift
/// let intake = CallbackIntake(key: SignatureKey(partnerID: partnerID, apiKey: apiKey))
///
/// // In the handler, with the raw body bytes:
/// switch await intake.evaluate(body: body, now: Date()) {
/// case .accepted(let payload):
///     process(payload.jobResult)      // then confirm it with a job_status request
///     return 200
/// case let refused:
///     logger.warning("Smile ID callback refused: \(refused)")
///     return refused.httpStatus
/// }
/// ```
///
/// Smile ID's signature covers only `timestamp + partner ID + "sid_request"`, **not the body**:
/// a valid signature proves that Smile ID (or someone holding a captured signature) sent *a*
/// callback at that time, not that this body is theirs. The intake makes a captured signature
/// expire (the freshness window) and usable once (the replay store), but within the window a
/// body can still be swapped. Before acting on a result that matters, confirm it by asking
/// Smile ID over TLS with a ``JobStatusRequest``.
///
/// The order of the checks means an unsigned sender learns only that its body is too large,
/// empty, not JSON, repeats a key or has a `timestamp`/`signature` of the wrong type; the
/// paths of any other decoding problem are reported only for bodies with a valid, fresh
/// signature. Replay is recorded last, so a signed body that does not decode can be sent
/// again once fixed.
public struct CallbackIntake: Sendable {
    /// The partner's credentials that callbacks must be signed with.
    public var key: SignatureKey
    /// How old or how far ahead a signed timestamp may be.
    public var freshness: FreshnessWindow
    /// The record of accepted deliveries; share one between every handler of the process.
    public var replayStore: any ReplayStore
    /// The longest body read, in bytes; longer is ``CallbackOutcome/tooLarge(limit:)``.
    /// Real callbacks are a few kilobytes; job-status responses with history and image links
    /// stay well under the 1 MiB default.
    public var maximumBodySize: Int

    /// Creates an intake.
    ///
    /// - Parameters:
    ///   - key: The partner ID and API key of the environment the callbacks come from.
    ///   - freshness: The window for signed timestamps; five minutes either way by default.
    ///   - replayStore: Where accepted deliveries are recorded; a new ``InMemoryReplayGuard``
    ///     by default (copies of this intake share it).
    ///   - maximumBodySize: The longest body accepted, 1 MiB by default.
    public init(
        key: SignatureKey,
        freshness: FreshnessWindow = FreshnessWindow(),
        replayStore: any ReplayStore = InMemoryReplayGuard(),
        maximumBodySize: Int = 1 << 20
    ) {
        self.key = key
        self.freshness = freshness
        self.replayStore = replayStore
        self.maximumBodySize = maximumBodySize
    }

    /// Evaluates one callback body.
    ///
    /// - Parameters:
    ///   - body: The request body's bytes, exactly as received.
    ///   - now: The current time (pass `Date()`; tests pass a fixed one).
    /// - Returns: The outcome, with ``CallbackOutcome/httpStatus`` to answer.
    public func evaluate(body: some Collection<UInt8>, now: Date) async -> CallbackOutcome {
        switch check(body: body, now: now) {
        case .finished(let outcome):
            return outcome
        case .needsReplayCheck(let payload, let token, let expiry):
            let isFirstUse = await replayStore.recordFirstUse(of: token, until: expiry, now: now)
            return isFirstUse ? .accepted(payload) : .replayed
        }
    }
}

// MARK: - The checks

extension CallbackIntake {
    enum Step {
        case finished(CallbackOutcome)
        case needsReplayCheck(CallbackPayload, ReplayToken, expiry: Date)
    }

    /// Every check but the replay store's.
    func check(body: some Collection<UInt8>, now: Date) -> Step {
        guard body.count <= maximumBodySize else { return .finished(.tooLarge(limit: maximumBodySize)) }
        let data = Data(body)
        guard !JSONWhitespace.isBlank(data) else {
            return .finished(
                .malformed(
                    DecodingFailure(
                        kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]),
                        requirement: "is empty; expected a job result or job-status JSON object")))
        }
        if let path = JSONPath.firstDuplicateKey(in: data) {
            return .finished(.duplicateKey(path: path))
        }
        let decoder = JSONDecoder()
        let envelope: SignedFields
        do {
            envelope = try decoder.decode(SignedFields.self, from: data)
        } catch {
            return .finished(.malformed(DecodingFailure(describing: error)))
        }
        let verification = key.verify(signature: envelope.signature, timestamp: envelope.timestamp)
        guard verification.isValid, let timestamp = envelope.timestamp, let signature = envelope.signature else {
            return .finished(.refused(verification))
        }
        guard let signedAt = Date(smileIDTimestamp: timestamp) else { return .finished(.unreadableTimestamp) }
        switch freshness.check(signedAt, now: now) {
        case .fresh: break
        case .stale(let age): return .finished(.stale(age: age))
        case .fromTheFuture(let lead): return .finished(.fromTheFuture(lead: lead))
        case .unreadable: return .finished(.unreadableTimestamp)
        }
        let payload: CallbackPayload
        do {
            payload =
                envelope.isJobStatus
                ? .jobStatus(try decoder.decode(JobStatusResponse.self, from: data))
                : .jobResult(try decoder.decode(JobResult.self, from: data))
        } catch {
            return .finished(.malformed(DecodingFailure(describing: error)))
        }
        let expiry = signedAt.addingTimeInterval(Self.seconds(freshness.maximumAge))
        return .needsReplayCheck(payload, ReplayToken(timestamp: timestamp, signature: signature), expiry: expiry)
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

/// The `timestamp` and `signature` of any signed Smile ID body, read without the rest, so that
/// the signature can be checked before the body is decoded.
///
/// `timestamp` may be a string or a whole JSON number (kept as its digits); every other key is
/// ignored. `package`: the intake and `smileid verify` read it; a server verifies a body with
/// `CallbackIntake` or `SignatureKey.verify(_:)`.
package struct SignedFields: Sendable, Hashable, Decodable {
    /// The `timestamp`, exactly as sent (a number as its digits), or `nil`.
    package var timestamp: String?
    /// The `signature`, or `nil`.
    package var signature: String?
    /// Whether the body has a `job_complete` key (a job-status response).
    var isJobStatus: Bool

    enum CodingKeys: String, CodingKey {
        case timestamp, signature
        case jobComplete = "job_complete"
    }

    /// Decodes the two fields; the error for a `timestamp` of another type names both forms.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        timestamp = try container.decodeSignedTimestampIfPresent(forKey: .timestamp)?.text
        signature = try container.decodeIfPresent(String.self, forKey: .signature)
        isJobStatus = container.contains(.jobComplete)
    }
}
