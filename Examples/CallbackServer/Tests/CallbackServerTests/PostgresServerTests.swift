import CallbackServer
import Foundation
import Logging
import Testing

/// The server on PostgreSQL: two instances sharing one database emit each change once, and a
/// restart keeps what was answered 200. Skipped without `SMILEID_TEST_POSTGRES_URL`.
@Suite(.enabled(if: StoreConformanceTests.postgresURL != nil, "SMILEID_TEST_POSTGRES_URL is not set"))
struct PostgresServerTests {
    static func schema() -> String { "server_\(UInt32.random(in: 0 ... .max))" }

    static func opener(_ schema: String) -> @Sendable (Logger) async throws -> any ServerStore {
        { _ in try await StoreConformanceTests.openPostgres(schema: schema) }
    }

    @Test func twoInstancesOnOneDatabaseEmitEachChangeOnce() async throws {
        let schema = Self.schema()
        let jobs = (0..<20).map { "job-shared-\($0)" }
        let outcomes = try await withServer(openStore: Self.opener(schema)) { first in
            try await withServer(openStore: Self.opener(schema)) { second in
                // Every callback to both instances at once: one records it, the other sees a
                // duplicate; both confirm and settle the jobs they see due.
                let answers = try await withThrowingTaskGroup(of: String.self) { group in
                    for (index, job) in jobs.enumerated() {
                        let body = Array(
                            Synthetic.callback(timestamp: "2024-05-01T11:59:\(10 + index).000Z", jobID: job).utf8)
                        for port in [first, second] {
                            group.addTask {
                                try await HTTPTestClient.post(port: port, path: "/smile-id/callback", body: body).body
                            }
                        }
                    }
                    var answers: [String] = []
                    for try await answer in group { answers.append(answer) }
                    return answers
                }
                _ = try await eventually(within: 15) {
                    let answer = try await HTTPTestClient.get(port: first, path: "/decisions?limit=1000")
                    return (answer.json["decisions"] as? [Any])?.count ?? 0 >= jobs.count
                }
                try await Task.sleep(for: .seconds(2.5))  // both instances tick again: nothing more
                let fromFirst = try await HTTPTestClient.get(port: first, path: "/decisions?limit=1000")
                let fromSecond = try await HTTPTestClient.get(port: second, path: "/decisions?limit=1000")
                return (answers, fromFirst.body, fromSecond.body)
            }
        }
        let (answers, firstBody, secondBody) = outcomes
        let entries = HTTPTestClient.Response(status: 200, body: firstBody).json["decisions"] as? [[String: Any]] ?? []
        #expect(answers.filter { $0 == #"{"outcome":"accepted"}"# }.count == jobs.count)
        #expect(answers.filter { $0 == #"{"outcome":"duplicate"}"# }.count == jobs.count)
        #expect(firstBody == secondBody, "both instances read one outbox")
        #expect(entries.count == jobs.count, "each job emitted once, got \(entries.count) entries")
        #expect(Set(entries.compactMap { $0["job_id"] as? String }) == Set(jobs))
        #expect(entries.compactMap { $0["seq"] as? Int } == Array(1...jobs.count))
        try await StoreConformanceTests.openPostgres(schema: schema).dropSchema()
    }

    @Test func aRestartKeepsEverythingAnswered200() async throws {
        let schema = Self.schema()
        let down = ScriptedJobStatus()
        down.isFailing = true
        let jobs = (0..<10).map { "job-pg-restart-\($0)" }
        try await withServer(transport: down, openStore: Self.opener(schema)) { port async throws -> Void in
            for (index, job) in jobs.enumerated() {
                let body = Synthetic.callback(timestamp: "2024-05-01T11:59:\(10 + index).000Z", jobID: job)
                let answer = try await HTTPTestClient.post(
                    port: port, path: "/smile-id/callback", body: Array(body.utf8))
                #expect(answer.status == 200)
            }
        }
        // A minute later: the retries of the confirmations that failed are due.
        let later: @Sendable () -> Date = { Synthetic.now.addingTimeInterval(60) }
        try await withServer(openStore: Self.opener(schema), now: later) { port async throws -> Void in
            for job in jobs {
                #expect(try await HTTPTestClient.get(port: port, path: "/jobs/user-example-0042/\(job)").status == 200)
            }
            #expect(
                try await eventually(within: 15) {
                    let answer = try await HTTPTestClient.get(port: port, path: "/decisions?limit=1000")
                    return (answer.json["decisions"] as? [Any])?.count == jobs.count
                })
            #expect(try await HTTPTestClient.get(port: port, path: "/health").status == 200)
        }
        try await StoreConformanceTests.openPostgres(schema: schema).dropSchema()
    }
}
