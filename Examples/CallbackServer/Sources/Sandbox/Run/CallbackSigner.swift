import Foundation
import Models

/// Chooses the timestamp and signature of each callback as its plan says: a millisecond of its
/// own, the run's shared one, a late one, or the job's first callback's, captured.
struct CallbackSigner: Sendable {
    /// Hands out the run's unique milliseconds.
    var ledger: SandboxLedger
    /// The partner's credentials.
    var key: SignatureKey
    /// The run's one shared millisecond, for ``Delivery/Signing/sharedMillisecond``.
    var sharedTimestamp: String
    /// How long before sending a late callback is signed.
    var lateness: TimeInterval

    /// The timestamp and signature a delivery is sent with.
    func signing(_ signing: Delivery.Signing, captured: SignedCallback?) async -> (String, String) {
        switch signing {
        case .now:
            let (timestamp, _) = await ledger.uniqueTimestamp()
            return (timestamp, key.signature(timestamp: timestamp))
        case .sharedMillisecond:
            return (sharedTimestamp, key.signature(timestamp: sharedTimestamp))
        case .late:
            let (_, now) = await ledger.uniqueTimestamp()
            let timestamp = SmileIDTime.string(now.addingTimeInterval(-lateness))
            return (timestamp, key.signature(timestamp: timestamp))
        case .capturedFromFirst:
            if let captured { return (captured.timestamp, captured.signature) }
            let (timestamp, _) = await ledger.uniqueTimestamp()
            return (timestamp, key.signature(timestamp: timestamp))
        }
    }
}
