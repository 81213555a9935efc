import Logging
import ServiceLifecycle
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Counts what the server refused (requests by outcome, connections evicted or timed out) and
/// writes one summary line per interval, so that a flood writes a bounded number of lines.
/// After request bodies were read past a threshold, and at the first quiet interval after any
/// were, it gives freed memory back to the system (`malloc_trim` on Linux).
public final class RefusalLog: Sendable {
    private struct Counts {
        var byReason: [String: Int] = [:]
        /// Bytes of bodies read since memory was last given back.
        var collectedSinceTrim = 0
        /// Bytes of bodies read in the current interval.
        var collectedInInterval = 0
    }

    private let counts = Mutex(Counts())
    /// How often the summary is written.
    public let interval: Duration
    /// Bytes of bodies collected after which freed memory is given back.
    public let trimThreshold: Int

    /// A log that sums up every `interval`.
    public init(interval: Duration, trimThreshold: Int = 32 << 20) {
        self.interval = interval
        self.trimThreshold = trimThreshold
    }

    /// Counts one refusal of `reason` (a stable name such as `missing_signature`).
    public func count(_ reason: String) {
        counts.withLock { $0.byReason[reason, default: 0] += 1 }
    }

    /// Counts `bytes` of a request body collected.
    public func collected(_ bytes: Int) {
        counts.withLock {
            $0.collectedSinceTrim += bytes
            $0.collectedInInterval += bytes
        }
    }

    /// Takes the counts so far and starts again: the reasons and counts, and whether memory
    /// should be given back (bodies past the threshold were read since the last time, or some
    /// were and the interval that ends was quiet: the flood is over).
    func drain() -> (counts: [String: Int], trim: Bool) {
        counts.withLock { counts in
            let taken = counts.byReason
            let trim =
                counts.collectedSinceTrim >= trimThreshold
                || (counts.collectedSinceTrim > 0 && counts.collectedInInterval == 0)
            counts.byReason = [:]
            counts.collectedInInterval = 0
            if trim { counts.collectedSinceTrim = 0 }
            return (taken, trim)
        }
    }

    /// Writes the summary of what was counted since the last, if anything was; gives memory back
    /// when bodies were collected past the threshold.
    func flush(to logger: Logger) {
        let (counts, trim) = drain()
        if !counts.isEmpty {
            let total = counts.values.reduce(0, +)
            let parts = counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            logger.warning("refused \(total) since the last summary (one every \(interval) at most): \(parts)")
        }
        if trim { Self.giveMemoryBack() }
    }
}

extension RefusalLog {
    /// Returns the heap's free pages to the system: glibc's `malloc_trim(0)`, looked up at run
    /// time (the Glibc module does not export `malloc.h`); nothing elsewhere.
    static func giveMemoryBack() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}

/// Writes the ``RefusalLog``'s summary every interval until the server shuts down.
struct RefusalLogService: Service {
    let log: RefusalLog
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: log.interval) }
            log.flush(to: logger)
        }
    }
}
