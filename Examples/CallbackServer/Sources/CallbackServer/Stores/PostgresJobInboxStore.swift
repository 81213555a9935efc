import Foundation
import Logging
import Models
import PostgresNIO
import ResultCodes

/// The ``JobInboxStore`` several server instances share: PostgreSQL through PostgresNIO.
///
/// Each method is one transaction at `READ COMMITTED` that locks what it changes before reading
/// it: a job's row (`SELECT … FOR UPDATE`), a replay pair (a transaction-scoped advisory lock on
/// its hash), the outbox counter's row (taken only by a settlement that emits, after the job's
/// row). So concurrent calls from any number of instances behave as if they ran one after the
/// other, a settlement's compare-and-set and its outbox entry commit together (each change is
/// emitted once), and outbox entries commit in sequence order. Locks are always taken in the
/// order pair, job, counter: no deadlock.
///
/// The tables (`smileid_…`) live in the given schema (`public` by default), created or migrated
/// at start under an advisory lock, so that instances starting together migrate once.
public final class PostgresJobInboxStore: ServerStore {
    private let client: PostgresClient
    private let running: Task<Void, Never>
    private let logger: Logger
    /// The schema the tables are in, validated as a plain identifier.
    public let schema: String
    private let recordsSinceCleanup = Counter()

    /// The current schema version; `migrate` brings older databases to it.
    static let schemaVersion = 1
    /// The advisory lock class of this store's locks ("SMID").
    static let lockClass: Int32 = 0x534D_4944

    private init(client: PostgresClient, running: Task<Void, Never>, schema: String, logger: Logger) {
        self.client = client
        self.running = running
        self.schema = schema
        self.logger = logger
    }

    /// A schema name that is not a plain lowercase identifier.
    public struct InvalidSchema: Error, CustomStringConvertible {
        /// Why.
        public var description: String { "the PostgreSQL schema must be a lowercase identifier ([a-z_][a-z0-9_]*)" }
    }

    /// Connects, creates the schema and its tables if needed, and migrates them.
    public static func open(
        configuration: PostgresClient.Configuration, schema: String = "public", logger: Logger
    ) async throws -> PostgresJobInboxStore {
        guard let first = schema.unicodeScalars.first, first == "_" || ("a"..."z").contains(first),
            schema.unicodeScalars.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }),
            schema.count <= 63
        else { throw InvalidSchema() }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let running = Task { await client.run() }
        let store = PostgresJobInboxStore(client: client, running: running, schema: schema, logger: logger)
        do {
            try await store.migrate()
        } catch {
            running.cancel()
            throw error
        }
        return store
    }

    private func table(_ name: String) -> String { "\"\(schema)\".smileid_\(name)" }

    private func migrate() async throws {
        try await client.withTransaction(logger: logger) { db in
            try await db.query("SELECT pg_advisory_xact_lock(\(Self.lockClass), 0)", logger: logger)
            try await db.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(schema)\"")", logger: logger)
            try await db.query(
                "CREATE TABLE IF NOT EXISTS \(unescaped: table("schema_version")) (version INTEGER NOT NULL)",
                logger: logger)
            let rows = try await db.query(
                "SELECT COALESCE(MAX(version), 0) FROM \(unescaped: table("schema_version"))", logger: logger
            ).collect()
            let version = try rows.first?.decode(Int.self) ?? 0
            if version < 1 {
                for statement in schemaVersion1 {
                    try await db.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await db.query(
                    "INSERT INTO \(unescaped: table("schema_version")) (version) VALUES (1)", logger: logger)
            }
        }
    }

    private var schemaVersion1: [String] {
        [
            """
            CREATE TABLE \(table("replay_records")) (
                timestamp TEXT NOT NULL, signature TEXT NOT NULL, digest TEXT NOT NULL, expires_at BIGINT NOT NULL,
                PRIMARY KEY (timestamp, signature, digest))
            """,
            "CREATE INDEX ON \(table("replay_records")) (expires_at)",
            """
            CREATE TABLE \(table("jobs")) (
                user_id TEXT NOT NULL, job_id TEXT NOT NULL, state TEXT NOT NULL,
                next_confirmation_at BIGINT, lease_expires_at BIGINT, revision BIGINT NOT NULL,
                created_order BIGSERIAL, PRIMARY KEY (user_id, job_id))
            """,
            "CREATE INDEX ON \(table("jobs")) (next_confirmation_at) WHERE next_confirmation_at IS NOT NULL",
            """
            CREATE TABLE \(table("outbox")) (
                seq BIGINT PRIMARY KEY, user_id TEXT NOT NULL, job_id TEXT NOT NULL,
                decision TEXT NOT NULL, reason TEXT NOT NULL)
            """,
            """
            CREATE TABLE \(table("outbox_counter")) (
                id INTEGER PRIMARY KEY CHECK (id = 1), last_seq BIGINT NOT NULL)
            """,
            "INSERT INTO \(table("outbox_counter")) (id, last_seq) VALUES (1, 0)",
        ]
    }

    /// Stops the connection pool.
    public func close() async throws {
        running.cancel()
        _ = await running.value
    }

    /// Runs `SELECT 1`.
    public func ping() async throws {
        try await client.query("SELECT 1", logger: logger)
    }

    /// Drops the schema and everything in it: for tests, on a schema of their own.
    public func dropSchema() async throws {
        try await client.query("DROP SCHEMA IF EXISTS \(unescaped: "\"\(schema)\"") CASCADE", logger: logger)
    }
}

// MARK: - Rows

extension PostgresJobInboxStore {
    private func load(_ job: JobKey, _ db: PostgresConnection, forUpdate: Bool) async throws -> JobState? {
        let rows = try await db.query(
            """
            SELECT state FROM \(unescaped: table("jobs")) WHERE user_id = \(job.userID) AND job_id = \(job.jobID)
            \(unescaped: forUpdate ? "FOR UPDATE" : "")
            """, logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        return try StoreCoding.decode(try row.decode(String.self))
    }

    private func save(_ state: JobState, _ db: PostgresConnection) async throws {
        let text = try StoreCoding.encode(state)
        let next = state.nextConfirmationAt.map(StoreCoding.milliseconds)
        let lease = state.lease.map { StoreCoding.milliseconds($0.expiresAt) }
        try await db.query(
            """
            INSERT INTO \(unescaped: table("jobs")) (user_id, job_id, state, next_confirmation_at, lease_expires_at, revision)
            VALUES (\(state.job.userID), \(state.job.jobID), \(text), \(next), \(lease), \(Int64(state.revision)))
            ON CONFLICT (user_id, job_id) DO UPDATE SET state = excluded.state,
                next_confirmation_at = excluded.next_confirmation_at,
                lease_expires_at = excluded.lease_expires_at, revision = excluded.revision
            """, logger: logger)
    }

    /// Loads the job's row locked, runs `change` on it, saves it when `change` returns a value.
    private func update<T: Sendable>(
        _ job: JobKey, _ change: @escaping @Sendable (inout JobState) -> T?
    ) async throws -> T? {
        try await client.withTransaction(logger: logger) { db in
            guard var state = try await load(job, db, forUpdate: true), let value = change(&state) else {
                return nil
            }
            try await save(state, db)
            return value
        }
    }
}

// MARK: - JobInboxStore

extension PostgresJobInboxStore {
    /// Records a delivery; see `JobInboxStore.record(_:now:)`.
    public func record(_ delivery: CallbackDelivery, now: Date) async throws -> DeliveryReceipt {
        let nowMS = StoreCoding.milliseconds(now)
        let cleanUp = recordsSinceCleanup.next().isMultiple(of: 256)
        return try await client.withTransaction(logger: logger) { db in
            if cleanUp {
                try await db.query(
                    "DELETE FROM \(unescaped: table("replay_records")) WHERE expires_at <= \(nowMS)", logger: logger)
            }
            // Deliveries of one pair, from any instance, one at a time.
            try await db.query(
                """
                SELECT pg_advisory_xact_lock(\(Self.lockClass), hashtext(\(delivery.timestamp) || '|' || \(delivery.signature)))
                """, logger: logger)
            let rows = try await db.query(
                """
                SELECT digest FROM \(unescaped: table("replay_records"))
                WHERE timestamp = \(delivery.timestamp) AND signature = \(delivery.signature) AND expires_at > \(nowMS)
                """, logger: logger
            ).collect()
            let digests = try rows.map { row in
                guard let digest = BodyDigest(hexadecimal: try row.decode(String.self)) else {
                    throw StoreCorruption(what: "replay_records.digest")
                }
                return digest
            }
            let replay = delivery.replay(amongLiveDigests: digests)
            guard replay != .duplicate else { return DeliveryReceipt(replay: .duplicate, newResults: 0, state: nil) }
            try await db.query(
                """
                INSERT INTO \(unescaped: table("replay_records")) (timestamp, signature, digest, expires_at)
                VALUES (\(delivery.timestamp), \(delivery.signature), \(delivery.bodyDigest.hexadecimal),
                    \(StoreCoding.milliseconds(delivery.replayExpiresAt)))
                ON CONFLICT (timestamp, signature, digest) DO UPDATE SET expires_at = excluded.expires_at
                """, logger: logger)
            guard let key = delivery.job else { return DeliveryReceipt(replay: replay, newResults: 0, state: nil) }
            let fresh = JobState(job: key, jobType: delivery.results.first?.partnerParams.jobType, now: now)
            try await db.query(
                """
                INSERT INTO \(unescaped: table("jobs")) (user_id, job_id, state, revision)
                VALUES (\(key.userID), \(key.jobID), \(try StoreCoding.encode(fresh)), \(Int64(fresh.revision)))
                ON CONFLICT (user_id, job_id) DO NOTHING
                """, logger: logger)
            var state = try await load(key, db, forUpdate: true) ?? fresh
            let new = state.record(delivery.results, isTrusted: delivery.isTrusted(given: replay), now: now)
            try await save(state, db)
            return DeliveryReceipt(replay: replay, newResults: new, state: state)
        }
    }

    /// Registers a job; see `JobInboxStore.register(_:jobType:now:confirmAt:)`.
    public func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) async throws -> Bool {
        try await client.withTransaction(logger: logger) { db in
            var state = JobState(job: job, jobType: jobType, now: now)
            state.isRegistered = true
            state.nextConfirmationAt = confirmAt
            let inserted = try await db.query(
                """
                INSERT INTO \(unescaped: table("jobs")) (user_id, job_id, state, next_confirmation_at, revision)
                VALUES (\(job.userID), \(job.jobID), \(try StoreCoding.encode(state)),
                    \(StoreCoding.milliseconds(confirmAt)), \(Int64(state.revision)))
                ON CONFLICT (user_id, job_id) DO NOTHING RETURNING 1
                """, logger: logger
            ).collect()
            guard inserted.isEmpty else { return true }
            guard var known = try await load(job, db, forUpdate: true) else { return false }
            known.markRegistered(jobType: jobType)
            try await save(known, db)
            return false
        }
    }

    /// The job's state; see `JobInboxStore.state(of:)`.
    public func state(of job: JobKey) async throws -> JobState? {
        try await client.withConnection { db in try await load(job, db, forUpdate: false) }
    }

    /// The jobs due; see `JobInboxStore.dueJobs(at:limit:)`.
    public func dueJobs(at now: Date, limit: Int) async throws -> [JobKey] {
        guard limit > 0 else { return [] }
        let nowMS = StoreCoding.milliseconds(now)
        let rows = try await client.query(
            """
            SELECT state FROM \(unescaped: table("jobs")) WHERE next_confirmation_at <= \(nowMS)
                AND (lease_expires_at IS NULL OR lease_expires_at <= \(nowMS))
            ORDER BY next_confirmation_at, created_order LIMIT \(Int64(limit))
            """, logger: logger
        ).collect()
        return try rows.compactMap { row in
            let state = try StoreCoding.decode(try row.decode(String.self))
            return state.isDue(at: now) ? state.job : nil
        }
    }

    /// Takes a confirmation lease; see `JobInboxStore.claimConfirmation(of:lease:now:)`.
    public func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) async throws -> JobState? {
        try await update(job) { state in state.claimConfirmation(lease, now: now) ? state : nil }
    }

    /// Records how a confirmation ended; see `JobInboxStore.recordConfirmation(_:of:lease:now:)`.
    public func recordConfirmation(
        _ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date
    ) async throws -> JobState? {
        try await update(job) { state in state.record(outcome, lease: lease, now: now) ? state : nil }
    }

    /// Applies a settlement and appends its entry in the same transaction; see
    /// `JobInboxStore.settle(_:now:)`.
    public func settle(_ settlement: Settlement, now: Date) async throws -> SettlementResult {
        try await client.withTransaction(logger: logger) { db in
            guard var state = try await load(settlement.job, db, forUpdate: true) else { return .outdated(nil) }
            var sequence = 0
            if settlement.revision == state.revision, settlement.emission(after: state.lastEmitted) != nil {
                // The counter's row lock, held until commit, serialises appends.
                let rows = try await db.query(
                    """
                    UPDATE \(unescaped: table("outbox_counter")) SET last_seq = last_seq + 1 WHERE id = 1
                    RETURNING last_seq
                    """, logger: logger
                ).collect()
                guard let row = rows.first else { throw StoreCorruption(what: "outbox_counter") }
                sequence = Int(try row.decode(Int64.self))
            }
            let result = state.settle(settlement, sequence: sequence)
            guard case .settled(let entry) = result else { return result }
            try await save(state, db)
            if let entry {
                try await db.query(
                    """
                    INSERT INTO \(unescaped: table("outbox")) (seq, user_id, job_id, decision, reason)
                    VALUES (\(Int64(entry.sequence)), \(entry.job.userID), \(entry.job.jobID),
                        \(entry.kind.rawValue), \(entry.reason))
                    """, logger: logger)
            }
            return result
        }
    }

    /// The outbox after a sequence; see `JobInboxStore.outbox(after:limit:)`.
    public func outbox(after sequence: Int, limit: Int) async throws -> [OutboxEntry] {
        guard limit > 0 else { return [] }
        let rows = try await client.query(
            """
            SELECT seq, user_id, job_id, decision, reason FROM \(unescaped: table("outbox"))
            WHERE seq > \(Int64(sequence)) ORDER BY seq LIMIT \(Int64(limit))
            """, logger: logger
        ).collect()
        return try rows.map { row in
            let (sequence, userID, jobID, decision, reason) = try row.decode(
                (Int64, String, String, String, String).self)
            guard let kind = Decision.Kind(rawValue: decision) else { throw StoreCorruption(what: "outbox.decision") }
            return OutboxEntry(
                sequence: Int(sequence), job: JobKey(userID: userID, jobID: jobID), kind: kind, reason: reason)
        }
    }
}
