import Foundation
import Models
import ResultCodes

/// Everything `smileid-callback-server` is configured with, read from its environment
/// (`inbox.md` section 6, and the hostile-input settings, which have safe defaults).
public struct ServerConfiguration: Sendable {
    /// The credentials callbacks and `job_status` are signed with.
    public var key: SignatureKey
    /// `{url}/v1/job_status`: where confirmations are asked.
    public var jobStatusURL: String
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one (the chosen port is logged: `listening on HOST:PORT`).
    public var port: Int
    /// Where the inbox is kept.
    public var database: DatabaseLocation
    /// The inbox's settings (confirmation mode, policy, freshness, reconciliation).
    public var inbox: JobInbox.Configuration
    /// Timeouts, the connection cap, the refusal log's interval.
    public var limits: ConnectionLimits

    /// A configuration.
    public init(
        key: SignatureKey, jobStatusURL: String, host: String = "127.0.0.1", port: Int = 8080,
        database: DatabaseLocation = .sqlite(path: "smileid-inbox.sqlite"),
        inbox: JobInbox.Configuration = JobInbox.Configuration(), limits: ConnectionLimits = ConnectionLimits()
    ) {
        self.key = key
        self.jobStatusURL = jobStatusURL
        self.host = host
        self.port = port
        self.database = database
        self.inbox = inbox
        self.limits = limits
    }
}

// MARK: - The environment

extension ServerConfiguration {
    /// A variable that is missing or wrong: its name and what it must be, never its value.
    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        /// The environment variable.
        public var variable: String
        /// What it must be.
        public var requirement: String

        /// `VARIABLE requirement`.
        public var description: String { "\(variable) \(requirement)" }
    }

    /// Reads the configuration from `environment`.
    ///
    /// - Parameter readFile: Reads the policy file (`SMILE_POLICY`).
    /// - Throws: ``Invalid`` naming the first variable that is missing or wrong.
    public static func read(
        from environment: [String: String],
        readFile: (String) throws -> Data = { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    ) throws(Invalid) -> ServerConfiguration {
        func required(_ name: String) throws(Invalid) -> String {
            guard let value = environment[name], !value.isEmpty else {
                throw Invalid(variable: name, requirement: "is required")
            }
            return value
        }
        func seconds(_ name: String, default value: Double, minimum: Double = 0) throws(Invalid) -> Duration {
            guard let text = environment[name], !text.isEmpty else { return .milliseconds(Int64(value * 1000)) }
            guard let number = Double(text), number.isFinite, number >= minimum, number <= 1e9 else {
                throw Invalid(variable: name, requirement: "must be a number of seconds, at least \(minimum)")
            }
            return .milliseconds(Int64((number * 1000).rounded()))
        }
        func integer(_ name: String, default value: Int?, range: ClosedRange<Int>) throws(Invalid) -> Int? {
            guard let text = environment[name], !text.isEmpty else { return value }
            guard let number = Int(text), range.contains(number) else {
                throw Invalid(
                    variable: name, requirement: "must be an integer from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }

        let partnerID = try required("SMILE_PARTNER_ID")
        let apiKey = try required("SMILE_API_KEY")
        let apiURL = try required("SMILE_API_URL")
        guard let url = URLComponents(string: apiURL), let scheme = url.scheme?.lowercased(),
            scheme == "https" || scheme == "http", url.host?.isEmpty == false
        else { throw Invalid(variable: "SMILE_API_URL", requirement: "must be an http:// or https:// URL") }
        var base = apiURL
        while base.hasSuffix("/") { base.removeLast() }

        var inbox = JobInbox.Configuration()
        switch environment["SMILE_CONFIRM"] ?? "" {
        case "", "always": inbox.confirmation = .always
        case "when_untrusted": inbox.confirmation = .whenUntrusted
        default: throw Invalid(variable: "SMILE_CONFIRM", requirement: "must be always or when_untrusted")
        }
        if let path = environment["SMILE_POLICY"], !path.isEmpty {
            guard let data = try? readFile(path) else {
                throw Invalid(variable: "SMILE_POLICY", requirement: "must name a readable file")
            }
            do {
                inbox.policy = try JSONDecoder().decode(DecisionPolicy.self, from: data)
            } catch {
                // The policy's own message names the place and what is allowed, never a value.
                let reason = (error as? DecodingFailure)?.description ?? "is not a decision policy in JSON"
                throw Invalid(
                    variable: "SMILE_POLICY", requirement: "names a file that is not a valid policy: \(reason)")
            }
        }
        let freshness = try seconds("SMILE_FRESHNESS_SECONDS", default: 300, minimum: 1)
        inbox.freshness = FreshnessWindow(maximumAge: freshness, maximumLead: freshness)
        inbox.reconcileAfter = try seconds("SMILE_RECONCILE_AFTER_SECONDS", default: 600, minimum: 1)
        inbox.giveUpAfter = try seconds("SMILE_GIVE_UP_AFTER_SECONDS", default: 604_800, minimum: 1)
        inbox.confirmationLease = try seconds("SMILE_CONFIRMATION_LEASE_SECONDS", default: 60, minimum: 1)
        inbox.maximumBodySize =
            try integer("SMILE_MAX_BODY_BYTES", default: inbox.maximumBodySize, range: 1_572_864...67_108_864)
            ?? inbox.maximumBodySize

        var limits = ConnectionLimits()
        limits.idleTimeout = try seconds("SMILE_IDLE_TIMEOUT_SECONDS", default: 30, minimum: 0.1)
        limits.readTimeout = try seconds("SMILE_READ_TIMEOUT_SECONDS", default: 30, minimum: 0.1)
        limits.maximumConnections = try integer("SMILE_MAX_CONNECTIONS", default: nil, range: 1...1_000_000)
        limits.logInterval = try seconds("SMILE_LOG_INTERVAL_SECONDS", default: 10, minimum: 0.1)

        let database: DatabaseLocation
        do {
            database = try DatabaseLocation(url: environment["DATABASE_URL"] ?? "")
        } catch {
            throw Invalid(variable: "DATABASE_URL", requirement: error.requirement)
        }
        let port = try integer("PORT", default: 8080, range: 0...65_535) ?? 8080
        return ServerConfiguration(
            key: SignatureKey(partnerID: partnerID, apiKey: apiKey), jobStatusURL: base + "/v1/job_status",
            host: environment["HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1", port: port,
            database: database, inbox: inbox, limits: limits)
    }
}
