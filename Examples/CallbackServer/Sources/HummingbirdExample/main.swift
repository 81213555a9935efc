import Foundation
import Hummingbird
import Models
import ResultCodes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// job_status over URLSession (any HTTP client does): the inbox signs the request and checks
/// the answer; the transport only carries the bytes.
struct URLSessionJobStatus: JobStatusTransport {
    var url: URL   // https://api.smileidentity.com/v1/job_status (testapi. for the sandbox)

    func send(_ request: [UInt8]) async throws -> [UInt8] {
        var post = URLRequest(url: url, timeoutInterval: 20)
        post.httpMethod = "POST"
        post.setValue("application/json", forHTTPHeaderField: "Content-Type")
        post.httpBody = Data(request)
        let (data, response) = try await URLSession.shared.data(for: post)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return Array(data)
    }
}

let environment = ProcessInfo.processInfo.environment
guard let partnerID = environment["SMILE_PARTNER_ID"], let apiKey = environment["SMILE_API_KEY"],
      let url = URL(string: (environment["SMILE_API_URL"] ?? "https://testapi.smileidentity.com") + "/v1/job_status")
else {
    print("set SMILE_PARTNER_ID, SMILE_API_KEY and optionally SMILE_API_URL")
    exit(2)
}
let inbox = JobInbox(
    key: SignatureKey(partnerID: partnerID, apiKey: apiKey),
    store: InMemoryJobInboxStore(),   // one process; a shared database for several instances
    transport: URLSessionJobStatus(url: url))

let router = Router()
router.post("smile-id/callback") { request, context -> Response in
    // One byte over the limit is enough to tell a body that is too large.
    guard let body = try? await request.body.collect(upTo: inbox.configuration.maximumBodySize + 1) else {
        return Response(status: .contentTooLarge)
    }
    let outcome = await inbox.receive(body: body.readableBytesView, now: Date())
    if outcome.httpStatus == 200 {
        context.logger.info("Smile ID callback \(outcome)")   // reasons only, never a personal value
    } else {
        context.logger.warning("Smile ID callback \(outcome)")
    }
    let answer = ByteBuffer(string: #"{"outcome":"\#(outcome.reason)"}"#)
    return Response(
        status: .init(code: outcome.httpStatus), headers: [.contentType: "application/json"],
        body: .init(byteBuffer: answer))
}

let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 8080)))
let ticking = Task { try await inbox.run() }   // confirms with job_status, about once a second
try await app.runService()   // until SIGTERM or SIGINT
ticking.cancel()
