import SmileIDInternals

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One signed delivery: the `timestamp` and `signature` as received.
///
/// Smile ID's signature covers only the timestamp and partner ID, so the pair identifies a
/// signature, and a second delivery of the same pair is a replay.
public struct ReplayToken: Sendable, Hashable {
    /// The `timestamp` as received.
    public var timestamp: String
    /// The `signature` as received.
    public var signature: String

    /// Creates a token.
    public init(timestamp: String, signature: String) {
        self.timestamp = timestamp
        self.signature = signature
    }
}

extension ReplayToken: CustomStringConvertible {
    /// `ReplayToken(timestamp: …)`; the signature is not shown.
    public var description: String { "ReplayToken(timestamp: \(timestamp))" }
}

/// Remembers the signed deliveries already accepted, so each is accepted once.
///
/// ``InMemoryReplayGuard`` serves one process. To share the record between the instances of a
/// server, conform a type backed by the shared store: for example Redis's
/// `SET key 1 NX PXAT <expiry>` answers exactly this question atomically.
public protocol ReplayStore: Sendable {
    /// Records `token` as used until `expiry`, and says whether it was new: `true` the first
    /// time (or after an earlier record expired), `false` for a replay.
    ///
    /// Must be atomic: of two concurrent calls with one token, exactly one gets `true`. A store
    /// that cannot answer (its server is down) decides its own policy; answering `false`
    /// refuses the callback (Smile ID retries), answering `true` accepts it unguarded.
    ///
    /// - Parameters:
    ///   - token: The delivery.
    ///   - expiry: When the record may be forgotten: after it, the timestamp is stale anyway.
    ///   - now: The current time, from the caller's clock.
    func recordFirstUse(of token: ReplayToken, until expiry: Date, now: Date) async -> Bool
}

/// A bounded, thread-safe (one lock), in-memory ``ReplayStore`` for one process.
///
/// Each record is kept until its expiry. When `capacity` records are held, expired ones are
/// dropped first, then the one that expires soonest. Choose a capacity above the number of
/// callbacks one freshness window can bring: a record dropped before its expiry could be
/// replayed. Share one instance between every handler (it is a class; copies of a
/// ``CallbackIntake`` share it); there is no global instance.
public final class InMemoryReplayGuard: ReplayStore {
    /// The most records held at once.
    public let capacity: Int
    private let records: PThreadLocked<[ReplayToken: Date]>

    /// Creates an empty guard holding at most `capacity` records (at least 1).
    public init(capacity: Int = 100_000) {
        self.capacity = max(1, capacity)
        records = PThreadLocked([:])
    }

    /// Records `token` until `expiry`; `true` when it was not already recorded (or its
    /// record has expired).
    public func recordFirstUse(of token: ReplayToken, until expiry: Date, now: Date) -> Bool {
        records.withLock { records in
            if let existing = records[token], existing > now {
                return false
            }
            if records[token] == nil, records.count >= capacity {
                Self.makeRoom(in: &records, capacity: capacity, now: now)
            }
            records[token] = expiry
            return true
        }
    }

    /// The number of records held (expired ones included until room is made).
    public var count: Int {
        records.withLock { $0.count }
    }

    private static func makeRoom(in records: inout [ReplayToken: Date], capacity: Int, now: Date) {
        records = records.filter { $0.value > now }
        if records.count >= capacity, let soonest = records.min(by: { $0.value < $1.value }) {
            records[soonest.key] = nil
        }
    }
}
