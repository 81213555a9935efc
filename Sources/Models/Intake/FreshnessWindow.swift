#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// How old (or how far ahead of the receiver's clock) a signed `timestamp` may be, for the job
/// inbox (`JobInbox.Configuration.freshness` in `ResultCodes`): for callbacks and `job_status`
/// answers alike.
///
/// Smile ID's signature covers only `timestamp + partner ID + "sid_request"`, so a captured
/// signature stays valid forever unless the receiver refuses old timestamps. The default
/// window is five minutes either way.
///
/// ```swift
/// let configuration = JobInbox.Configuration(freshness: FreshnessWindow(maximumAge: .seconds(120)))
/// ```
public struct FreshnessWindow: Sendable, Hashable {
    /// The oldest a timestamp may be; an older one is ``CallbackOutcome/UnconfirmedReason/stale(age:)``.
    public var maximumAge: Duration
    /// How far ahead of `now` a timestamp may be (clock skew); further is
    /// ``CallbackOutcome/UnconfirmedReason/fromTheFuture(lead:)``.
    public var maximumLead: Duration

    /// Creates a window; both bounds default to five minutes.
    public init(maximumAge: Duration = .seconds(300), maximumLead: Duration = .seconds(300)) {
        self.maximumAge = maximumAge
        self.maximumLead = maximumLead
    }

    /// Where `timestamp` falls against `now`, read with `Date(smileIDTimestamp:)`.
    /// The bounds are inclusive: a timestamp exactly `maximumAge` old is fresh.
    ///
    /// `package`: the intake and `smileid verify` check freshness; a server gets it from
    /// `JobInbox.receive(body:now:)`.
    package func check(_ timestamp: String, now: Date) -> Freshness {
        guard let date = Date(smileIDTimestamp: timestamp) else { return .unreadable }
        return check(date, now: now)
    }

    /// Where `date` falls against `now`.
    package func check(_ date: Date, now: Date) -> Freshness {
        let milliseconds = (now.timeIntervalSince1970 - date.timeIntervalSince1970) * 1000
        guard milliseconds.isFinite, abs(milliseconds) < 1e17 else { return .unreadable }
        let age = Duration.milliseconds(Int64(milliseconds.rounded()))
        if age > maximumAge { return .stale(age: age) }
        if age < .zero, .zero - age > maximumLead { return .fromTheFuture(lead: .zero - age) }
        return .fresh(age: age)
    }
}

/// Where a signed timestamp falls against a `FreshnessWindow`: what the intake turns into
/// `CallbackOutcome.accepted` or `.unconfirmed(.stale(age:))` and the other reasons (`package`,
/// as `FreshnessWindow.check(_:now:)` is).
package enum Freshness: Sendable, Hashable {
    /// Within the window; `age` is negative for a timestamp slightly ahead of the clock.
    case fresh(age: Duration)
    /// Older than the window allows, by `age` in all.
    case stale(age: Duration)
    /// Further ahead of the clock than the window allows, by `lead`.
    case fromTheFuture(lead: Duration)
    /// Not a timestamp form Smile ID sends (see `Date(smileIDTimestamp:)`).
    case unreadable
}

extension Freshness {
    /// Whether the timestamp is within the window.
    package var isFresh: Bool {
        if case .fresh = self { return true }
        return false
    }
}
