import CallbackServer
import Foundation
import Testing

/// What was answered 200 is still there after a restart on the same SQLite file.
@Suite struct RestartTests {
    @Test func aRestartOnTheSameFileKeepsEverythingAnswered200() async throws {
        let folder = try StoreConformanceTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inbox.sqlite").path
        let configuration = Synthetic.configuration(database: .sqlite(path: path))
        let down = ScriptedJobStatus()
        down.isFailing = true  // nothing decided before the restart: only what was recorded
        let jobs = (0..<20).map { "job-restart-\($0)" }
        let answered = try await withServer(configuration: configuration, transport: down) { port in
            var answered: [String: Int] = [:]
            for (index, job) in jobs.enumerated() {
                let body = Synthetic.callback(timestamp: "2024-05-01T11:59:\(10 + index).000Z", jobID: job)
                answered[job] = try await HTTPTestClient.post(
                    port: port, path: "/smile-id/callback", body: Array(body.utf8)
                ).status
            }
            answered["registered"] = try await HTTPTestClient.post(
                port: port, path: "/jobs",
                body: Array(#"{"user_id": "user-example-0042", "job_id": "job-registered", "job_type": 5}"#.utf8)
            ).status
            return answered
        }
        #expect(answered.values.allSatisfy { $0 == 200 || $0 == 201 }, "\(answered)")
        #expect(FileManager.default.fileExists(atPath: path))

        let up = ScriptedJobStatus()
        // A minute later: the retries of confirmations that failed before the restart are due.
        let later: @Sendable () -> Date = { Synthetic.now.addingTimeInterval(60) }
        try await withServer(configuration: configuration, transport: up, now: later) { port in
            for (index, job) in jobs.enumerated() {
                let state = try await HTTPTestClient.get(port: port, path: "/jobs/user-example-0042/\(job)")
                #expect(state.status == 200, "\(job) was answered 200 and is lost after the restart")
                // The same delivery again is a duplicate: the replay record survived too.
                let again = Synthetic.callback(timestamp: "2024-05-01T11:59:\(10 + index).000Z", jobID: job)
                let answer = try await HTTPTestClient.post(
                    port: port, path: "/smile-id/callback", body: Array(again.utf8))
                #expect(answer.body == #"{"outcome":"duplicate"}"#)
            }
            #expect(
                try await HTTPTestClient.get(port: port, path: "/jobs/user-example-0042/job-registered").status == 200)
            // The second instance confirms what the first recorded: every job decided, once.
            let decided = try await eventually(within: 15) {
                let answer = try await HTTPTestClient.get(port: port, path: "/decisions?limit=1000")
                return (answer.json["decisions"] as? [Any])?.count == jobs.count
            }
            #expect(decided)
        }
    }
}
