import CallbackServer
import Foundation
import Logging
import PostgresNIO
import ResultCodes
import Testing

/// The library's `JobInboxStoreConformance` on each store: SQLite on a new file per check, and
/// PostgreSQL on a new schema per check when `SMILEID_TEST_POSTGRES_URL` names a server.
@Suite struct StoreConformanceTests {
    static let logger = Logger(label: "conformance")

    static func temporaryDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smileid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: JobInboxStoreConformance.Check.allCases)
    func sqlite(_ check: JobInboxStoreConformance.Check) async throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = OpenedStores()
        let conformance = JobInboxStoreConformance {
            let store = try await SQLiteJobInboxStore.open(
                path: folder.appendingPathComponent("inbox.sqlite").path, logger: Self.logger)
            await opened.add(store)
            return store
        }
        do {
            try await conformance.run(check)
        } catch {
            await opened.closeAll()
            throw error
        }
        await opened.closeAll()
    }

    /// The PostgreSQL server's URL, or nil (the PostgreSQL tests are then skipped, visibly).
    static let postgresURL = ProcessInfo.processInfo.environment["SMILEID_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    @Test(
        .enabled(if: postgresURL != nil, "SMILEID_TEST_POSTGRES_URL is not set: the PostgreSQL store is not tested"),
        arguments: JobInboxStoreConformance.Check.allCases)
    func postgres(_ check: JobInboxStoreConformance.Check) async throws {
        let opened = OpenedStores()
        let conformance = JobInboxStoreConformance {
            let store = try await Self.openPostgres(schema: "conformance_\(UInt32.random(in: 0 ... .max))")
            await opened.add(store)
            return store
        }
        do {
            try await conformance.run(check)
        } catch {
            await opened.dropAndCloseAll()
            throw error
        }
        await opened.dropAndCloseAll()
    }

    /// A PostgreSQL store on a schema of its own.
    static func openPostgres(schema: String) async throws -> PostgresJobInboxStore {
        guard let url = postgresURL, case .postgres(let location) = try DatabaseLocation(url: url) else {
            throw HTTPTestClient.Failure(description: "SMILEID_TEST_POSTGRES_URL must be a postgres:// URL")
        }
        let configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        return try await PostgresJobInboxStore.open(configuration: configuration, schema: schema, logger: logger)
    }
}

/// The stores a check opened, closed (and for PostgreSQL dropped) after it.
actor OpenedStores {
    private var stores: [any ServerStore] = []

    func add(_ store: any ServerStore) { stores.append(store) }

    func closeAll() async {
        for store in stores { try? await store.close() }
        stores = []
    }

    func dropAndCloseAll() async {
        for store in stores {
            try? await (store as? PostgresJobInboxStore)?.dropSchema()
            try? await store.close()
        }
        stores = []
    }
}
