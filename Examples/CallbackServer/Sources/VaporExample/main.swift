import Foundation
import Models
import ResultCodes
import Vapor

/// job_status over Vapor's client: the inbox signs the request and checks the answer.
struct VaporJobStatus: JobStatusTransport {
    var client: any Client
    var url: URI   // https://api.smileidentity.com/v1/job_status (testapi. for the sandbox)

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        let response = try await client.post(url, headers: ["Content-Type": "application/json"]) { post in
            post.body = ByteBuffer(bytes: request)
        }
        guard response.status == .ok, let body = response.body else { throw Abort(.badGateway) }
        return Array(body.readableBytesView)
    }
}

let environment = ProcessInfo.processInfo.environment
guard let partnerID = environment["SMILE_PARTNER_ID"], let apiKey = environment["SMILE_API_KEY"] else {
    print("set SMILE_PARTNER_ID, SMILE_API_KEY and optionally SMILE_API_URL")
    exit(2)
}
let app = try await Application.make(.detect())
let inbox = JobInbox(
    key: SignatureKey(partnerID: partnerID, apiKey: apiKey),
    store: InMemoryJobInboxStore(),   // one process; a shared database for several instances
    transport: VaporJobStatus(
        client: app.client,
        url: URI(string: (environment["SMILE_API_URL"] ?? "https://testapi.smileidentity.com") + "/v1/job_status")))

// Collect the body with a limit above Smile ID's 1.5 MB, and answer with the inbox's status.
app.on(.POST, "smile-id", "callback", body: .collect(maxSize: "2mb")) { req async -> Response in
    let body = req.body.data.map { Array($0.readableBytesView) } ?? []
    let outcome = await inbox.receive(body: body, now: Date())
    req.logger.info("Smile ID callback \(outcome)")   // reasons only, never a personal value
    return Response(status: HTTPResponseStatus(statusCode: outcome.httpStatus),
                    headers: ["Content-Type": "application/json"],
                    body: .init(string: #"{"outcome":"\#(outcome.reason)"}"#))
}

let ticking = Task { try await inbox.run() }   // confirms with job_status, about once a second
try await app.execute()   // until SIGTERM or SIGINT
ticking.cancel()
try await app.asyncShutdown()
