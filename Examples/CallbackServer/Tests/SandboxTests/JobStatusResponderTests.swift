import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import Models
import NIOCore
import ResultCodes
import Testing

@testable import Sandbox

@Suite("job_status responder")
struct JobStatusResponderTests {
    /// Runs a responder for `jobs` on a free port and calls `body` with its URL.
    func withResponder(
        _ jobs: [SandboxJob], ledger: SandboxLedger = SandboxLedger(), key: SignatureKey = SandboxFixtures.key,
        _ body: @Sendable (String, SandboxLedger) async throws -> Void
    ) async throws {
        await ledger.add(jobs)
        let (listening, listened) = AsyncStream.makeStream(of: Int.self)
        let app = JobStatusResponder(ledger: ledger, key: key).application(logger: Logger(label: "test")) { port in
            listened.yield(port)
            listened.finish()
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var port = 0
            for await bound in listening { port = bound }
            try await body("http://127.0.0.1:\(port)", ledger)
            group.cancelAll()
        }
    }

    func post(_ request: JobStatusRequest, to url: String) async throws -> (Int, [UInt8]) {
        var post = HTTPClientRequest(url: url + "/v1/job_status")
        post.method = .POST
        post.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(request)))
        let response = try await HTTPClient.shared.execute(post, timeout: .seconds(10))
        return (Int(response.status.code), Array(try await response.body.collect(upTo: 1 << 20).readableBytesView))
    }

    func signed(_ job: SandboxJob, key: SignatureKey = SandboxFixtures.key) -> JobStatusRequest {
        var request = JobStatusRequest(userID: job.userID, jobID: job.jobID, history: true)
        key.sign(&request, timestamp: SmileIDTime.string(Date()))
        return request
    }

    @Test("answers signed, with history, and the library decides the scenario's decision on it")
    func signedAnswers() async throws {
        let jobs = SandboxJob.jobs(scenarios: try SandboxFixtures.scenarios, faults: [.clean], runID: "t1")
        try await withResponder(jobs) { url, ledger in
            for job in jobs {
                let all = job.scenario.producedResults.count
                await ledger.produce(all, of: job)
                let (status, body) = try await post(signed(job), to: url)
                #expect(status == 200)
                let response = try JSONDecoder().decode(JobStatusResponse.self, from: Data(body))
                #expect(SandboxFixtures.key.verify(response) == .valid, "\(job.scenario.name)")
                #expect(response.history?.map(\.resultCode) == job.scenario.producedResults.map(\.code))
                #expect(response.result?.jobResult?.resultCode == job.scenario.producedResults.last?.code)
                let decision = DecisionPolicy.default.decide(try ResultTrail(response).verdict)
                #expect(decision.kind == job.scenario.expectedDecision, "\(job.scenario.name)")
                #expect(await ledger.hasServedCompleteAnswer(of: job))
            }
        }
    }

    @Test("shows only what has been produced, and nothing before the first result")
    func producedSoFar() async throws {
        let scenario = Scenario(
            name: "three", jobType: JobType(rawValue: 1),
            results: [.init(code: "1012"), .init(code: "0812"), .init(code: "1210")], expectedDecision: .approve)
        let job = SandboxJob(
            userID: "user-p", jobID: "job-p", smileJobID: "0000000001", scenario: scenario, fault: .clean)
        try await withResponder([job]) { url, ledger in
            for produced in 0...3 {
                await ledger.produce(produced, of: job)
                let (status, body) = try await post(signed(job), to: url)
                #expect(status == 200)
                let response = try JSONDecoder().decode(JobStatusResponse.self, from: Data(body))
                #expect(response.history?.count == produced)
                #expect(response.jobComplete == (produced == 3))
                #expect(await ledger.hasServedCompleteAnswer(of: job) == (produced == 3))
            }
        }
    }

    @Test("refuses requests not signed with the partner's key, and unknown jobs")
    func refusals() async throws {
        let job = SandboxJob.jobs(scenarios: try SandboxFixtures.scenarios, faults: [.clean], runID: "t2")[0]
        try await withResponder([job]) { url, ledger in
            let other = SignatureKey(partnerID: "085", apiKey: "another key")
            let status1 = try await post(signed(job, key: other), to: url).0
            #expect(status1 == 401)
            var unsigned = JobStatusRequest(userID: job.userID, jobID: job.jobID, history: true)
            unsigned.partnerID = "085"
            let status2 = try await post(unsigned, to: url).0
            #expect(status2 == 401)
            var unknown = signed(job)
            unknown.jobID = "job-never-submitted"
            SandboxFixtures.key.sign(&unknown, timestamp: SmileIDTime.string(Date()))
            let status3 = try await post(unknown, to: url).0
            #expect(status3 == 404)
            #expect(await ledger.refusedRequests == 3)
        }
    }

    @Test("an outage answers 500 until it ends, then answers again")
    func outage() async throws {
        let job = SandboxJob.jobs(scenarios: try SandboxFixtures.scenarios, faults: [.clean], runID: "t3")[0]
        try await withResponder([job]) { url, ledger in
            await ledger.produce(1, of: job)
            await ledger.failJobStatus(until: Date().addingTimeInterval(0.5))
            let status4 = try await post(signed(job), to: url).0
            #expect(status4 == 500)
            #expect(await ledger.outageAnswers == 1)
            try await Task.sleep(for: .milliseconds(600))
            let status5 = try await post(signed(job), to: url).0
            #expect(status5 == 200)
        }
    }
}
