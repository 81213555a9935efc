import CallbackServer
import Foundation
import ResultCodes
import Testing

/// The environment of section 6: defaults, each variable read, and errors that name the
/// variable but never repeat a value (a key or a password).
@Suite struct ServerConfigurationTests {
    static let required = [
        "SMILE_PARTNER_ID": "085", "SMILE_API_KEY": "fake-api-key-0000-example-test",
        "SMILE_API_URL": "https://testapi.smileidentity.com/",
    ]

    static func read(_ extra: [String: String], policy: String? = nil) throws(ServerConfiguration.Invalid)
        -> ServerConfiguration
    {
        try ServerConfiguration.read(from: required.merging(extra) { _, new in new }) { _ in
            guard let policy else { throw CocoaError(.fileNoSuchFile) }
            return Data(policy.utf8)
        }
    }

    @Test func theDefaults() throws {
        let configuration = try Self.read([:])
        #expect(configuration.jobStatusURL == "https://testapi.smileidentity.com/v1/job_status")
        #expect(configuration.host == "127.0.0.1" && configuration.port == 8080)
        #expect(configuration.database == .sqlite(path: "smileid-inbox.sqlite"))
        #expect(configuration.inbox.confirmation == .always)
        #expect(configuration.inbox.freshness.maximumAge == .seconds(300))
        #expect(configuration.inbox.reconcileAfter == .seconds(600))
        #expect(configuration.inbox.giveUpAfter == .seconds(604_800))
        #expect(configuration.inbox.confirmationLease == .seconds(60))
        #expect(configuration.limits.idleTimeout == .seconds(30) && configuration.limits.readTimeout == .seconds(30))
    }

    @Test func everyVariable() throws {
        let configuration = try Self.read(
            [
                "HOST": "0.0.0.0", "PORT": "0",
                "DATABASE_URL": "postgres://inbox:p%40ss@db.example:6543/smile?sslmode=require",
                "SMILE_CONFIRM": "when_untrusted", "SMILE_POLICY": "policy.json", "SMILE_FRESHNESS_SECONDS": "60",
                "SMILE_RECONCILE_AFTER_SECONDS": "30", "SMILE_GIVE_UP_AFTER_SECONDS": "3600",
                "SMILE_CONFIRMATION_LEASE_SECONDS": "7",
                "SMILE_IDLE_TIMEOUT_SECONDS": "5", "SMILE_MAX_CONNECTIONS": "100",
            ], policy: #"{"provisional": "approve"}"#)
        #expect(configuration.host == "0.0.0.0" && configuration.port == 0)
        guard case .postgres(let postgres) = configuration.database else {
            Issue.record("DATABASE_URL is not PostgreSQL")
            return
        }
        #expect(postgres.host == "db.example" && postgres.port == 6543 && postgres.username == "inbox")
        #expect(postgres.password == "p@ss" && postgres.database == "smile" && postgres.sslMode == "require")
        #expect(configuration.inbox.confirmation == .whenUntrusted)
        #expect(configuration.inbox.policy != .default)
        #expect(configuration.inbox.freshness.maximumLead == .seconds(60))
        #expect(configuration.inbox.reconcileAfter == .seconds(30) && configuration.inbox.giveUpAfter == .seconds(3600))
        #expect(configuration.inbox.confirmationLease == .seconds(7))
        #expect(configuration.limits.idleTimeout == .seconds(5) && configuration.limits.connectionCap == 100)
        #expect(
            try Self.read(["DATABASE_URL": "sqlite:/var/lib/inbox.sqlite"]).database
                == .sqlite(path: "/var/lib/inbox.sqlite"))
    }

    @Test(arguments: [
        (["SMILE_API_KEY": ""], "SMILE_API_KEY is required"),
        (["SMILE_API_URL": "ftp://example"], "SMILE_API_URL must be an http:// or https:// URL"),
        (["PORT": "80000"], "PORT must be an integer from 0 to 65535"),
        (["SMILE_CONFIRM": "sometimes"], "SMILE_CONFIRM must be always or when_untrusted"),
        (["SMILE_FRESHNESS_SECONDS": "-1"], "SMILE_FRESHNESS_SECONDS must be a number of seconds, at least 1.0"),
        (
            ["DATABASE_URL": "mysql://root:hunter2@db/x"],
            "DATABASE_URL must be sqlite:PATH or postgres://user:password@host:port/database"
        ),
        (
            ["DATABASE_URL": "postgres://:hunter2@db/x"],
            "DATABASE_URL must name a user and a host: postgres://user:password@host:port/database"
        ),
        (["SMILE_POLICY": "missing.json"], "SMILE_POLICY must name a readable file"),
    ])
    func aWrongVariableIsNamedWithoutItsValue(_ environment: [String: String], _ message: String) {
        #expect(throws: ServerConfiguration.Invalid.self) { try Self.read(environment) }
        do {
            _ = try Self.read(environment)
        } catch {
            #expect(error.description == message)
            #expect(!error.description.contains("hunter2") && !error.description.contains("fake-api-key"))
        }
    }

    @Test func aPolicyThatIsNotValidIsRefused() {
        do {
            _ = try Self.read(["SMILE_POLICY": "policy.json"], policy: #"{"provisonal": "approve"}"#)
            Issue.record("a misspelt policy key was accepted")
        } catch {
            #expect(error.variable == "SMILE_POLICY")
        }
    }
}
