import Logging
import ServiceLifecycle
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Counts what the server refused (requests by outcome, connections evicted or timed out) and
/// writes one summary line per interval, so that a flood writes a bounded number of lines.
/// After an interval in which request bodies were collected past a threshold, it gives freed
/// memory back to the system (`malloc_trim` on Linux).
public final class RefusalLog: Sendable {
    private struct Counts {
        var byReason: [String: Int] = [:]
        var collectedBytes = 0
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
        counts.withLock { $0.collectedBytes += bytes }
    }

    /// Takes the counts so far and starts again: the reasons and counts, and whether memory
    /// should be given back.
    func drain() -> (counts: [String: Int], trim: Bool) {
        counts.withLock { counts in
            let taken = counts.byReason
            let trim = counts.collectedBytes >= trimThreshold
            counts.byReason = [:]
            if trim { counts.collectedBytes = 0 }
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
            logger.warning("refused \(total) in the last \(interval): \(parts)")
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
