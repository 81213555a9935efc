public import Models

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One validly signed delivery, as ``JobInbox`` hands it to its ``JobInboxStore`` to record in
/// one atomic step (``JobInboxStore/record(_:now:)``).
///
/// A store keeps a **replay record** of (`timestamp`, `signature`, ``bodyDigest``) until
/// ``replayExpiresAt``, and answers with the ``Replay`` the live records give:
///
/// - no live record of the pair: ``Replay/first``;
/// - a live record of the pair with this digest: ``Replay/duplicate`` (a redelivery of the same
///   body: nothing is recorded);
/// - live records of the pair, none with this digest: ``Replay/reusedPair`` (the signature covers
///   only the timestamp and partner ID, so another body can carry a captured or same-millisecond
///   pair).
///
/// Unless it is a duplicate, the store adds the replay record and records ``results`` for
/// ``job`` with ``JobState/record(_:isTrusted:now:)``: trusted when the delivery ``isFresh`` and
/// its pair was seen for the first time (``isTrusted(given:)``).
public struct CallbackDelivery: Sendable, Hashable {
    /// The `timestamp` as received (a JSON number as its digits): the signed text.
    public var timestamp: String
    /// The `signature` as received.
    public var signature: String
    /// The SHA-256 of the whole body.
    public var bodyDigest: BodyDigest
    /// When the replay record may be forgotten: after every moment at which this pair could
    /// still be inside the freshness window (the window's whole width, age and lead, and a
    /// second, after the delivery). A record is live while `now < replayExpiresAt`.
    public var replayExpiresAt: Date
    /// Whether the signed timestamp is inside the freshness window.
    public var isFresh: Bool
    /// The job the results are of; `nil` for a body with no result (a job-status response
    /// without one), which records only its replay record.
    public var job: JobKey?
    /// The body's results of ``job``: one for a callback, the `history` and `result` of a
    /// job-status response.
    public var results: [JobResult]

    /// A delivery.
    public init(
        timestamp: String, signature: String, bodyDigest: BodyDigest, replayExpiresAt: Date, isFresh: Bool,
        job: JobKey?, results: [JobResult]
    ) {
        self.timestamp = timestamp
        self.signature = signature
        self.bodyDigest = bodyDigest
        self.replayExpiresAt = replayExpiresAt
        self.isFresh = isFresh
        self.job = job
        self.results = results
    }

    /// What a store's live replay records say about a delivery.
    public enum Replay: String, Sendable, Hashable, CaseIterable, Codable {
        /// No live record has this `timestamp` and `signature`.
        case first
        /// A live record has this `timestamp`, `signature` and body digest: the same body again.
        case duplicate
        /// Live records have this `timestamp` and `signature`, none this body digest.
        case reusedPair = "reused_pair"
    }

    /// The ``Replay`` of this delivery among the body digests of the live replay records of
    /// its `timestamp` and `signature` (none, for a pair never seen or whose records expired).
    public func replay(amongLiveDigests digests: some Sequence<BodyDigest>) -> Replay {
        var any = false
        for digest in digests {
            if digest == bodyDigest { return .duplicate }
            any = true
        }
        return any ? .reusedPair : .first
    }

    /// Whether the results are recorded as trusted: the delivery is fresh and its pair new.
    public func isTrusted(given replay: Replay) -> Bool {
        isFresh && replay == .first
    }
}

/// What a store did with a ``CallbackDelivery``.
public struct DeliveryReceipt: Sendable, Hashable {
    /// What the live replay records said.
    public var replay: CallbackDelivery.Replay
    /// How many of the delivery's results were new for the job (0 for a duplicate).
    public var newResults: Int
    /// The job's state after the delivery was recorded; `nil` for a duplicate or a delivery
    /// without a job.
    public var state: JobState?

    /// A receipt.
    public init(replay: CallbackDelivery.Replay, newResults: Int, state: JobState?) {
        self.replay = replay
        self.newResults = newResults
        self.state = state
    }
}
