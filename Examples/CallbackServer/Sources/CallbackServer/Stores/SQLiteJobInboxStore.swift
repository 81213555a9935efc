import Foundation
import Logging
import Models
import NIOCore
import ResultCodes
import SQLiteNIO

/// The embedded ``JobInboxStore``: one SQLite file (created on first start), in WAL mode with
/// `synchronous=FULL`, so that every transaction the server answered 200 for is on disk (the
/// write-ahead log synced) before the answer leaves, and survives `kill -9` and a power loss.
///
/// One connection, and one transaction at a time (SQLite has one writer anyway): each method is
/// one `BEGIN IMMEDIATE … COMMIT`, which makes it atomic. Several server processes must not
/// share a file; use ``PostgresJobInboxStore`` for several instances.
public final class SQLiteJobInboxStore: ServerStore {
    private let connection: SQLiteConnection
    private let lock = AsyncSerialLock()
    private let recordsSinceCleanup = Counter()

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (or creates) the database at `path` and its tables.
    public static func open(path: String, logger: Logger) async throws -> SQLiteJobInboxStore {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let store = SQLiteJobInboxStore(connection: connection)
        do {
            try await store.migrate()
        } catch {
            try? await connection.close()
            throw error
        }
        return store
    }

    private func migrate() async throws {
        // WAL: readers never block the writer; FULL: each commit syncs the log (NORMAL would
        // survive a process crash but may lose the last commits on a power loss).
        _ = try await connection.query("PRAGMA journal_mode = WAL")
        _ = try await connection.query("PRAGMA synchronous = FULL")
        _ = try await connection.query("PRAGMA busy_timeout = 5000")
        for statement in Self.schema {
            _ = try await connection.query(statement)
        }
    }

    static let schema = [
        """
        CREATE TABLE IF NOT EXISTS replay_records (
            timestamp TEXT NOT NULL, signature TEXT NOT NULL, digest TEXT NOT NULL, expires_at INTEGER NOT NULL,
            PRIMARY KEY (timestamp, signature, digest)) WITHOUT ROWID
        """,
        "CREATE INDEX IF NOT EXISTS replay_records_expiry ON replay_records (expires_at)",
        """
        CREATE TABLE IF NOT EXISTS jobs (
            user_id TEXT NOT NULL, job_id TEXT NOT NULL, state TEXT NOT NULL,
            next_confirmation_at INTEGER, lease_expires_at INTEGER, revision INTEGER NOT NULL,
            PRIMARY KEY (user_id, job_id))
        """,
        "CREATE INDEX IF NOT EXISTS jobs_due ON jobs (next_confirmation_at) WHERE next_confirmation_at IS NOT NULL",
        """
        CREATE TABLE IF NOT EXISTS outbox (
            seq INTEGER PRIMARY KEY, user_id TEXT NOT NULL, job_id TEXT NOT NULL,
            decision TEXT NOT NULL, reason TEXT NOT NULL)
        """,
    ]

    /// Closes the connection.
    public func close() async throws {
        try await reading { db in try await db.close() }
    }

    /// Runs a trivial query.
    public func ping() async throws {
        try await reading { db in _ = try await db.query("SELECT 1") }
    }
}

// MARK: - Transactions

extension SQLiteJobInboxStore {
    /// Runs `body` in one `BEGIN IMMEDIATE … COMMIT`, rolled back if it throws, in a task of its
    /// own like ``reading(_:)``.
    private func transaction<T: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) async throws -> T)
        async throws -> T
    {
        try await reading { connection in
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                let value = try await body(connection)
                _ = try await connection.query("COMMIT")
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body` alone on the connection (outside a transaction, one statement reads a
    /// consistent snapshot), in a task of its own, which the caller's cancellation does not
    /// reach: a statement skipped half-way (NIO's thread pool skips the work of a cancelled task)
    /// would leave the connection inside a transaction.
    private func reading<T: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) async throws -> T)
        async throws -> T
    {
        let connection = self.connection
        let lock = self.lock
        return try await Task {
            await lock.acquire()
            do {
                let value = try await body(connection)
                await lock.release()
                return value
            } catch {
                await lock.release()
                throw error
            }
        }.value
    }

    private static func load(_ job: JobKey, _ db: SQLiteConnection) async throws -> JobState? {
        let rows = try await db.query(
            "SELECT state FROM jobs WHERE user_id = ? AND job_id = ?", [.text(job.userID), .text(job.jobID)])
        guard let row = rows.first else { return nil }
        guard let text = row.column("state")?.string else { throw StoreCorruption(what: "jobs.state") }
        return try StoreCoding.decode(text)
    }

    private static func save(_ state: JobState, _ db: SQLiteConnection) async throws {
        _ = try await db.query(
            """
            INSERT INTO jobs (user_id, job_id, state, next_confirmation_at, lease_expires_at, revision)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id, job_id) DO UPDATE SET state = excluded.state,
                next_confirmation_at = excluded.next_confirmation_at,
                lease_expires_at = excluded.lease_expires_at, revision = excluded.revision
            """,
            [
                .text(state.job.userID), .text(state.job.jobID), .text(try StoreCoding.encode(state)),
                Self.time(state.nextConfirmationAt), Self.time(state.lease?.expiresAt),
                .integer(numericCast(state.revision)),
            ])
    }

    private static func time(_ date: Date?) -> SQLiteData {
        date.map { .integer(numericCast(StoreCoding.milliseconds($0))) } ?? .null
    }

    private static func time(_ date: Date) -> SQLiteData {
        .integer(numericCast(StoreCoding.milliseconds(date)))
    }
}

// MARK: - JobInboxStore

extension SQLiteJobInboxStore {
    /// Records a delivery; see `JobInboxStore.record(_:now:)`.
    public func record(_ delivery: CallbackDelivery, now: Date) async throws -> DeliveryReceipt {
        let cleanUp = recordsSinceCleanup.next().isMultiple(of: 256)
        return try await transaction { db in
            if cleanUp {
                _ = try await db.query("DELETE FROM replay_records WHERE expires_at <= ?", [Self.time(now)])
            }
            let rows = try await db.query(
                "SELECT digest FROM replay_records WHERE timestamp = ? AND signature = ? AND expires_at > ?",
                [.text(delivery.timestamp), .text(delivery.signature), Self.time(now)])
            let digests = try rows.map { row in
                guard let digest = row.column("digest")?.string.flatMap(BodyDigest.init(hexadecimal:)) else {
                    throw StoreCorruption(what: "replay_records.digest")
                }
                return digest
            }
            let replay = delivery.replay(amongLiveDigests: digests)
            guard replay != .duplicate else { return DeliveryReceipt(replay: .duplicate, newResults: 0, state: nil) }
            _ = try await db.query(
                """
                INSERT INTO replay_records (timestamp, signature, digest, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (timestamp, signature, digest) DO UPDATE SET expires_at = excluded.expires_at
                """,
                [
                    .text(delivery.timestamp), .text(delivery.signature), .text(delivery.bodyDigest.hexadecimal),
                    Self.time(delivery.replayExpiresAt),
                ])
            guard let key = delivery.job else { return DeliveryReceipt(replay: replay, newResults: 0, state: nil) }
            var state =
                try await Self.load(key, db)
                ?? JobState(job: key, jobType: delivery.results.first?.partnerParams.jobType, now: now)
            let new = state.record(delivery.results, isTrusted: delivery.isTrusted(given: replay), now: now)
            try await Self.save(state, db)
            return DeliveryReceipt(replay: replay, newResults: new, state: state)
        }
    }

    /// Registers a job; see `JobInboxStore.register(_:jobType:now:confirmAt:)`.
    public func register(_ job: JobKey, jobType: JobType, now: Date, confirmAt: Date) async throws -> Bool {
        try await transaction { db in
            if var known = try await Self.load(job, db) {
                known.markRegistered(jobType: jobType)
                try await Self.save(known, db)
                return false
            }
            var state = JobState(job: job, jobType: jobType, now: now)
            state.isRegistered = true
            state.nextConfirmationAt = confirmAt
            try await Self.save(state, db)
            return true
        }
    }

    /// The job's state; see `JobInboxStore.state(of:)`.
    public func state(of job: JobKey) async throws -> JobState? {
        try await reading { db in try await Self.load(job, db) }
    }

    /// The jobs due; see `JobInboxStore.dueJobs(at:limit:)`.
    public func dueJobs(at now: Date, limit: Int) async throws -> [JobKey] {
        guard limit > 0 else { return [] }
        return try await reading { db in
            let rows = try await db.query(
                """
                SELECT state FROM jobs WHERE next_confirmation_at <= ?
                    AND (lease_expires_at IS NULL OR lease_expires_at <= ?)
                ORDER BY next_confirmation_at, rowid LIMIT ?
                """, [Self.time(now), Self.time(now), .integer(numericCast(limit))])
            return try rows.compactMap { row in
                guard let text = row.column("state")?.string else { throw StoreCorruption(what: "jobs.state") }
                let state = try StoreCoding.decode(text)
                return state.isDue(at: now) ? state.job : nil
            }
        }
    }

    /// Takes a confirmation lease; see `JobInboxStore.claimConfirmation(of:lease:now:)`.
    public func claimConfirmation(of job: JobKey, lease: ConfirmationLease, now: Date) async throws -> JobState? {
        try await transaction { db in
            guard var state = try await Self.load(job, db), state.claimConfirmation(lease, now: now) else { return nil }
            try await Self.save(state, db)
            return state
        }
    }

    /// Records how a confirmation ended; see `JobInboxStore.recordConfirmation(_:of:lease:now:)`.
    public func recordConfirmation(
        _ outcome: ConfirmationOutcome, of job: JobKey, lease: ConfirmationLease, now: Date
    ) async throws -> JobState? {
        try await transaction { db in
            guard var state = try await Self.load(job, db), state.record(outcome, lease: lease, now: now) else {
                return nil
            }
            try await Self.save(state, db)
            return state
        }
    }

    /// Applies a settlement and appends its entry in the same transaction; see
    /// `JobInboxStore.settle(_:now:)`.
    public func settle(_ settlement: Settlement, now: Date) async throws -> SettlementResult {
        try await transaction { db in
            guard var state = try await Self.load(settlement.job, db) else { return .outdated(nil) }
            let last = try await db.query("SELECT COALESCE(MAX(seq), 0) AS last FROM outbox")
            let sequence = (last.first?.column("last")?.integer).map { Int($0) + 1 } ?? 1
            let result = state.settle(settlement, sequence: sequence)
            guard case .settled(let entry) = result else { return result }
            try await Self.save(state, db)
            if let entry {
                _ = try await db.query(
                    "INSERT INTO outbox (seq, user_id, job_id, decision, reason) VALUES (?, ?, ?, ?, ?)",
                    [
                        .integer(numericCast(entry.sequence)), .text(entry.job.userID), .text(entry.job.jobID),
                        .text(entry.kind.rawValue), .text(entry.reason),
                    ])
            }
            return result
        }
    }

    /// The outbox after a sequence; see `JobInboxStore.outbox(after:limit:)`.
    public func outbox(after sequence: Int, limit: Int) async throws -> [OutboxEntry] {
        guard limit > 0 else { return [] }
        return try await reading { db in
            let rows = try await db.query(
                "SELECT seq, user_id, job_id, decision, reason FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?",
                [.integer(numericCast(sequence)), .integer(numericCast(limit))])
            return try rows.map { row in
                guard let sequence = row.column("seq")?.integer, let userID = row.column("user_id")?.string,
                    let jobID = row.column("job_id")?.string,
                    let kind = row.column("decision")?.string.flatMap(Decision.Kind.init(rawValue:)),
                    let reason = row.column("reason")?.string
                else { throw StoreCorruption(what: "outbox row") }
                return OutboxEntry(
                    sequence: Int(sequence), job: JobKey(userID: userID, jobID: jobID), kind: kind, reason: reason)
            }
        }
    }
}
