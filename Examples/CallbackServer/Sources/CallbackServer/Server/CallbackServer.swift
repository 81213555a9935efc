import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PostgresNIO
import ResultCodes
import ServiceLifecycle
import UnixSignals

/// `smileid-callback-server`: the job inbox behind Hummingbird 2, with a store, `job_status`
/// over AsyncHTTPClient, a task that confirms and reconciles, and hostile-input limits.
///
/// ``run(gracefulShutdownSignals:onListening:)`` opens the store, listens, and runs until a
/// signal (SIGTERM, SIGINT) asks it to stop: it then stops accepting, finishes the requests in
/// progress (what they answered is committed), stops the confirmations after the current
/// tick, and closes the store.
public struct CallbackServer: Sendable {
    /// The configuration.
    public var configuration: ServerConfiguration
    /// The logger; what the server logs names codes, outcomes and reasons only.
    public var logger: Logger
    /// The clock; tests may fix it.
    public var now: @Sendable () -> Date
    /// Opens the store; by default the one `configuration.database` names.
    public var openStore: @Sendable (Logger) async throws -> any ServerStore
    /// The `job_status` transport; by default AsyncHTTPClient to `configuration.jobStatusURL`.
    public var transport: (any JobStatusTransport)?

    /// A server.
    public init(
        configuration: ServerConfiguration, logger: Logger, now: @escaping @Sendable () -> Date = { Date() },
        transport: (any JobStatusTransport)? = nil,
        openStore: (@Sendable (Logger) async throws -> any ServerStore)? = nil
    ) {
        self.configuration = configuration
        self.logger = logger
        self.now = now
        self.transport = transport
        let database = configuration.database
        self.openStore = openStore ?? { logger in try await Self.open(database, logger: logger) }
    }

    /// Opens the store `location` names.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> any ServerStore {
        switch location {
        case .sqlite(let path):
            return try await SQLiteJobInboxStore.open(path: path, logger: logger)
        case .postgres(let postgres):
            let tls: PostgresClient.Configuration.TLS =
                switch postgres.sslMode {
                case "disable": .disable
                case "require": .require(.makeClientConfiguration())
                default: .prefer(.makeClientConfiguration())
                }
            let configuration = PostgresClient.Configuration(
                host: postgres.host, port: postgres.port, username: postgres.username, password: postgres.password,
                database: postgres.database, tls: tls)
            return try await PostgresJobInboxStore.open(configuration: configuration, logger: logger)
        }
    }

    /// Runs the server until a signal in `gracefulShutdownSignals` (or the task's cancellation).
    ///
    /// - Parameter onListening: Called with the bound port once the server listens.
    public func run(
        gracefulShutdownSignals: [UnixSignal] = [.sigterm, .sigint],
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let store = try await openStore(logger)
        let client = transport == nil ? HTTPClient(eventLoopGroupProvider: .singleton) : nil
        let transport =
            self.transport
            ?? HTTPJobStatusTransport(client: client ?? HTTPClient.shared, url: configuration.jobStatusURL)
        let inbox = JobInbox(
            key: configuration.key, store: store, transport: transport, configuration: configuration.inbox)
        let limits = configuration.limits
        let refusals = RefusalLog(interval: limits.logInterval)
        let connections = ConnectionGuard(
            cap: limits.connectionCap, readTimeout: limits.readTimeout, refusals: refusals)

        let router = Router()
        Routes(inbox: inbox, store: store, refusals: refusals, now: now).add(to: router)
        let (idleSeconds, idleAttoseconds) = limits.idleTimeout.components
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [connections.makeHandler()],
            idleTimeout: .nanoseconds(idleSeconds * 1_000_000_000 + idleAttoseconds / 1_000_000_000))
        let host = configuration.host
        let logger = self.logger
        let app = Application(
            router: router,
            server: .http1(configuration: http1),
            configuration: .init(address: .hostname(host, port: configuration.port), backlog: 1_024),
            services: [
                InboxService(inbox: inbox, logger: logger, now: now),
                RefusalLogService(log: refusals, logger: logger),
            ],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                logger.notice(
                    "listening on \(host):\(port)",
                    metadata: [
                        "connection_cap": "\(connections.cap)",
                        "store": "\(store is PostgresJobInboxStore ? "postgres" : "sqlite")",
                    ])
                await onListening(port)
            },
            logger: logger)
        do {
            try await app.runService(gracefulShutdownSignals: gracefulShutdownSignals)
        } catch {
            logger.error("the server stopped: \(type(of: error))")
            await close(store, client)
            throw error
        }
        await close(store, client)
        logger.notice("stopped: every answered delivery is committed, the store is closed")
    }

    /// Closes the store and the client, in a task the caller's cancellation does not reach.
    private func close(_ store: any ServerStore, _ client: HTTPClient?) async {
        let logger = self.logger
        await Task {
            do {
                try await store.close()
            } catch {
                logger.error("closing the store failed")
            }
            try? await client?.shutdown()
        }.value
    }
}

/// Confirms with `job_status` and reconciles, once a second, until the server shuts down; the
/// tick in progress is finished first.
struct InboxService: Service {
    let inbox: JobInbox
    let logger: Logger
    let now: @Sendable () -> Date

    func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let report = await inbox.tick(now: now())
            if report.due > 0 || report.storeErrors > 0 {
                log(report)
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
        }
    }

    private func log(_ report: TickReport) {
        var failures: [String: Int] = [:]
        for failure in report.failures { failures["\(failure)", default: 0] += 1 }
        var kinds: [String: Int] = [:]
        for entry in report.emitted { kinds[entry.kind.rawValue, default: 0] += 1 }
        let emitted = kinds.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let failed = failures.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: "; ")
        let message: Logger.Message =
            "confirmations: due \(report.due), confirmed \(report.confirmed), decided directly \(report.decidedWithoutConfirmation), failed \(report.failures.count), emitted \(report.emitted.count)\(emitted.isEmpty ? "" : " (\(emitted))"), store errors \(report.storeErrors)\(failed.isEmpty ? "" : "; failures: \(failed)")"
        if report.failures.isEmpty && report.storeErrors == 0 {
            logger.info(message)
        } else {
            logger.warning(message)
        }
    }
}
