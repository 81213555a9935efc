import Foundation
import Hummingbird
import Logging
import Models
import ResultCodes

/// The routes of `inbox.md` section 6. No handler throws: every answer is chosen here, and a
/// 5xx only ever means the server's own store failed.
struct Routes: Sendable {
    let inbox: JobInbox
    let store: any ServerStore
    let refusals: RefusalLog
    let now: @Sendable () -> Date

    /// The largest body of `POST /jobs`.
    static let registrationBodyLimit = 64 * 1024

    func add(to router: Router<BasicRequestContext>) {
        router.post("smile-id/callback") { request, context in await callback(request, context) }
        router.post("jobs") { request, context in await register(request, context) }
        router.get("jobs/:user_id/:job_id") { request, context in await job(request, context) }
        router.get("decisions") { request, context in await decisions(request, context) }
        router.get("health") { _, context in await health(context) }
    }
}

// MARK: - Callbacks

extension Routes {
    /// `POST /smile-id/callback`: the inbox's answer (section 2).
    func callback(_ request: Request, _ context: BasicRequestContext) async -> Response {
        let limit = inbox.configuration.maximumBodySize
        // A declared length over the limit is refused before a byte of the body is read.
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            return refused(.tooLarge(limit: limit))
        }
        // One byte over the limit is enough to tell a body that is too large.
        guard let body = try? await request.body.collect(upTo: limit + 1) else {
            return refused(.tooLarge(limit: limit))
        }
        refusals.collected(body.readableBytes)
        let outcome = await inbox.receive(body: body.readableBytesView, now: now())
        switch outcome.httpStatus {
        case 200:
            // Codes and reasons only: the outcome never holds a personal value or a signature.
            context.logger.info("Smile ID callback \(outcome)")
            return Answers.json(.ok, Answers.Outcome(outcome: outcome.reason))
        default:
            return refused(outcome)
        }
    }

    /// A refusal: counted (the log sums them up once per interval) and answered.
    private func refused(_ outcome: CallbackOutcome) -> Response {
        refusals.count(outcome.reason)
        return Answers.json(.init(code: outcome.httpStatus), Answers.Outcome(outcome: outcome.reason))
    }
}

// MARK: - Jobs

extension Routes {
    /// `POST /jobs` with `{"user_id", "job_id", "job_type"}`: 201 for a new job, 200 for a known one.
    func register(_ request: Request, _ context: BasicRequestContext) async -> Response {
        guard let body = try? await request.body.collect(upTo: Self.registrationBodyLimit) else {
            refusals.count("jobs_too_large")
            return Answers.failure(.contentTooLarge, "the body is larger than \(Self.registrationBodyLimit) bytes")
        }
        let registration: Registration
        do {
            registration = try Registration(json: Data(body.readableBytesView))
        } catch {
            refusals.count("jobs_invalid")
            return Answers.failure(.badRequest, error.description)
        }
        do {
            let isNew = try await inbox.register(
                userID: registration.userID, jobID: registration.jobID, jobType: registration.jobType, now: now())
            guard let state = try await inbox.job(userID: registration.userID, jobID: registration.jobID) else {
                return Answers.failure(.serviceUnavailable, "the store did not keep the job")
            }
            return Answers.json(isNew ? .created : .ok, Answers.Job(state, inbox: inbox))
        } catch {
            context.logger.error("POST /jobs: the store failed")
            return Answers.failure(.serviceUnavailable, "the store is unavailable")
        }
    }

    /// `GET /jobs/{user_id}/{job_id}`: the job's decision and state; 404 for a job never seen.
    func job(_ request: Request, _ context: BasicRequestContext) async -> Response {
        guard let userID = context.parameters.get("user_id").flatMap({ $0.removingPercentEncoding }),
            let jobID = context.parameters.get("job_id").flatMap({ $0.removingPercentEncoding })
        else { return Answers.failure(.badRequest, "the path must be /jobs/{user_id}/{job_id}") }
        do {
            guard let state = try await inbox.job(userID: userID, jobID: jobID) else {
                return Answers.failure(.notFound, "no such job was registered or seen")
            }
            return Answers.json(.ok, Answers.Job(state, inbox: inbox))
        } catch {
            context.logger.error("GET /jobs: the store failed")
            return Answers.failure(.serviceUnavailable, "the store is unavailable")
        }
    }

    /// `GET /decisions?after=N&limit=M`: the outbox after N, at most M (1 to 1000, default 100).
    func decisions(_ request: Request, _ context: BasicRequestContext) async -> Response {
        let query = request.uri.queryParameters
        var after = 0
        var limit = 100
        if let text = query["after"] {
            guard let value = Int(text) else { return Answers.failure(.badRequest, "after must be an integer") }
            after = max(0, value)
        }
        if let text = query["limit"] {
            guard let value = Int(text), value >= 1 else {
                return Answers.failure(.badRequest, "limit must be an integer from 1 to 1000")
            }
            limit = min(value, 1000)
        }
        do {
            let entries = try await inbox.outbox(after: after, limit: limit)
            return Answers.json(.ok, Answers.Decisions(decisions: entries, next: entries.last?.sequence ?? after))
        } catch {
            context.logger.error("GET /decisions: the store failed")
            return Answers.failure(.serviceUnavailable, "the store is unavailable")
        }
    }

    /// `GET /health`: 200 when the store answers, 503 otherwise.
    func health(_ context: BasicRequestContext) async -> Response {
        do {
            try await store.ping()
            return Answers.json(.ok, Answers.Health(status: "ok"))
        } catch {
            context.logger.error("GET /health: the store failed")
            return Answers.json(.serviceUnavailable, Answers.Health(status: "store_unavailable"))
        }
    }
}
