import Foundation

/// Where the inbox is kept: `DATABASE_URL`.
public enum DatabaseLocation: Sendable, Hashable {
    /// One SQLite file (`sqlite:PATH`; the default is `sqlite:smileid-inbox.sqlite`).
    case sqlite(path: String)
    /// A PostgreSQL database (`postgres://user:password@host:port/database`, optional
    /// `?sslmode=disable|prefer|require`).
    case postgres(PostgresLocation)

    /// A PostgreSQL server and database.
    public struct PostgresLocation: Sendable, Hashable {
        /// The server.
        public var host: String
        /// Its port (5432 by default).
        public var port: Int
        /// The user.
        public var username: String
        /// The password, if any.
        public var password: String?
        /// The database; the user's by default.
        public var database: String?
        /// `disable`, `prefer` (the default) or `require`.
        public var sslMode: String
    }

    /// What is wrong with a URL (never the URL: it may hold a password).
    public struct Invalid: Error, Sendable, Hashable {
        /// What the URL must be.
        public var requirement: String
    }

    /// Reads `DATABASE_URL`; empty means the default SQLite file.
    public init(url text: String) throws(Invalid) {
        if text.isEmpty {
            self = .sqlite(path: "smileid-inbox.sqlite")
            return
        }
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }  // sqlite:///abs/path or sqlite://rel
            guard !path.isEmpty else { throw Invalid(requirement: "must be sqlite:PATH with a path") }
            self = .sqlite(path: path)
            return
        }
        guard let url = URLComponents(string: text), let scheme = url.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw Invalid(requirement: "must be sqlite:PATH or postgres://user:password@host:port/database")
        }
        guard let host = url.host, !host.isEmpty, let user = url.user, !user.isEmpty else {
            throw Invalid(requirement: "must name a user and a host: postgres://user:password@host:port/database")
        }
        let database = url.path.isEmpty ? nil : String(url.path.dropFirst())
        let sslMode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw Invalid(requirement: "has an sslmode other than disable, prefer or require")
        }
        self = .postgres(
            PostgresLocation(
                host: host, port: url.port ?? 5432, username: user.removingPercentEncoding ?? user,
                password: url.password.map { $0.removingPercentEncoding ?? $0 },
                database: database.flatMap { $0.isEmpty ? nil : $0 }, sslMode: sslMode))
    }
}
