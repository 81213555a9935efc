import Foundation
import Hummingbird
import Logging
import Models
import ResultCodes
import SmileIDCallbackServer

// SMILE_PARTNER_ID and SMILE_API_KEY from the environment; PORT optional (8080).
let environment = ProcessInfo.processInfo.environment
guard let partnerID = environment["SMILE_PARTNER_ID"], let apiKey = environment["SMILE_API_KEY"] else {
    FileHandle.standardError.write(Data("HummingbirdCallback: set SMILE_PARTNER_ID and SMILE_API_KEY\n".utf8))
    exit(2)
}
let key = SignatureKey(partnerID: partnerID, apiKey: apiKey)
/// job_status is not wired in this example yet (issue 19's server is): every confirmation fails
/// and is retried, and no decision is emitted.
struct NoJobStatus: JobStatusTransport {
    func send(_ request: [UInt8]) async throws -> [UInt8] { throw CancellationError() }
}
let configuration = CallbackServerConfiguration(
    inbox: JobInbox(key: key, store: InMemoryJobInboxStore(), transport: NoJobStatus()),
    host: environment["HOST"] ?? "127.0.0.1",
    port: environment["PORT"].flatMap(Int.init) ?? 8080)
let app = buildApplication(configuration, logger: Logger(label: "smile-id-callback"))
try await app.runService()
