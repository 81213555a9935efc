public import Models

extension JobInbox {
    /// The inbox's settings; every default is the job inbox specification's.
    public struct Configuration: Sendable {
        /// How old or how far ahead a signed timestamp may be, for deliveries and `job_status`
        /// answers alike: five minutes either way by default.
        public var freshness: FreshnessWindow
        /// When a decision needs a `job_status` answer: ``ConfirmationMode/always`` by default.
        public var confirmation: ConfirmationMode
        /// How long after a job's last change it is confirmed again while its decision is not
        /// final, and then at that interval: 600 s by default.
        public var reconcileAfter: Duration
        /// How long after a job was first registered or seen its confirmations stop: 7 days by
        /// default.
        public var giveUpAfter: Duration
        /// The longest body accepted, in bytes: 2 MiB by default (Smile ID asks partners to
        /// accept callbacks up to 1.5 MB). A handler may collect one byte more and pass it on:
        /// ``JobInbox/receive(body:now:)`` answers `CallbackOutcome.tooLarge(limit:)`.
        public var maximumBodySize: Int
        /// How long a failed confirmation waits before it is retried.
        public var retryBackoff: RetryBackoff
        /// How a verdict becomes a decision.
        public var policy: DecisionPolicy
        /// How long a confirmation may take before another inbox may take the job over: 60 s by
        /// default. Make the transport time out well within it.
        public var confirmationLease: Duration
        /// The most jobs one ``JobInbox/tick(now:)`` confirms: 64 by default.
        public var confirmationsPerTick: Int
        /// How many confirmations one tick runs at once: 8 by default (1 runs them in the order
        /// they fell due).
        public var concurrentConfirmations: Int

        /// A configuration; every argument defaults to the specification's value.
        public init(
            freshness: FreshnessWindow = FreshnessWindow(),
            confirmation: ConfirmationMode = .always,
            reconcileAfter: Duration = .seconds(600),
            giveUpAfter: Duration = .seconds(604_800),
            maximumBodySize: Int = 2_097_152,
            retryBackoff: RetryBackoff = RetryBackoff(),
            policy: DecisionPolicy = .default,
            confirmationLease: Duration = .seconds(60),
            confirmationsPerTick: Int = 64,
            concurrentConfirmations: Int = 8
        ) {
            self.freshness = freshness
            self.confirmation = confirmation
            self.reconcileAfter = reconcileAfter
            self.giveUpAfter = giveUpAfter
            self.maximumBodySize = maximumBodySize
            self.retryBackoff = retryBackoff
            self.policy = policy
            self.confirmationLease = confirmationLease
            self.confirmationsPerTick = confirmationsPerTick
            self.concurrentConfirmations = concurrentConfirmations
        }
    }

    /// When a job's decision needs a `job_status` answer.
    public enum ConfirmationMode: String, Sendable, Hashable, CaseIterable, Codable {
        /// Every decision is made from a `job_status` answer: a delivered body only makes its
        /// job due for confirmation (the default; the signature does not cover the body).
        case always
        /// Trusted results (fresh, their timestamp and signature never seen) decide directly; a
        /// job with an unconfirmed result is decided only once `job_status` answers.
        case whenUntrusted = "when_untrusted"
    }

    /// How long a failed confirmation waits before it is retried: `initial` after the first
    /// failure, doubling after each, never more than `maximum`.
    public struct RetryBackoff: Sendable, Hashable {
        /// The wait after the first failure: 1 s by default.
        public var initial: Duration
        /// The longest wait: 300 s by default.
        public var maximum: Duration

        /// A backoff.
        public init(initial: Duration = .seconds(1), maximum: Duration = .seconds(300)) {
            self.initial = initial
            self.maximum = maximum
        }

        /// The wait after `failures` failures in a row (1 for the first).
        public func delay(afterFailures failures: Int) -> Duration {
            var delay = initial
            for _ in 1..<max(1, min(failures, 64)) {
                delay *= 2
                if delay >= maximum { return maximum }
            }
            return min(delay, maximum)
        }
    }
}
