#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What keeps hostile clients from holding the server: timeouts, a connection cap, and how often
/// refusals are summed up in the log.
public struct ConnectionLimits: Sendable, Hashable {
    /// How long a connection may stay open without a request (or between requests, or before a
    /// request's head is complete): 30 s by default.
    public var idleTimeout: Duration = .seconds(30)
    /// How long reading one request may take, from its head to its last body byte: 30 s.
    public var readTimeout: Duration = .seconds(30)
    /// The most connections held at once; `nil`: the process's open-file limit less 128
    /// (descriptors kept for the database, `job_status` and the logs), at least 16.
    public var maximumConnections: Int?
    /// How often refused requests and connections are summed up in one log line: 10 s.
    public var logInterval: Duration = .seconds(10)

    /// The defaults.
    public init() {}

    /// ``maximumConnections``, or the default from the open-file limit.
    public var connectionCap: Int {
        if let maximumConnections { return maximumConnections }
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else {
            return 4_096
        }
        return max(16, min(Int(limit.rlim_cur), 1_000_000) - 128)
    }
}
