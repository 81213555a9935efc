import Foundation
import Hummingbird
import Logging
import Models

/// The stand-in for Smile ID's API: `POST /v1/job_status`, answered from a ``SandboxLedger``
/// and signed with the partner's key, as the server under test will call it.
public struct JobStatusResponder: Sendable {
    /// The jobs and their state.
    public var ledger: SandboxLedger
    /// The partner's credentials: requests must be signed with them, answers are.
    public var key: SignatureKey
    /// The address to bind, such as `127.0.0.1`.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int

    /// Creates a responder.
    public init(ledger: SandboxLedger, key: SignatureKey, host: String = "127.0.0.1", port: Int = 0) {
        self.ledger = ledger
        self.key = key
        self.host = host
        self.port = port
    }

    /// The Hummingbird application; `onServerRunning` gets the bound port.
    public func application(
        logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        let ledger = self.ledger
        let key = self.key
        router.post("v1/job_status") { request, _ -> Response in
            guard let body = try? await request.body.collect(upTo: 64 * 1024) else {
                return Response(status: .contentTooLarge)
            }
            let (status, answer) = await ledger.answer(Array(body.readableBytesView), key: key, now: Date())
            return Response(
                status: .init(code: status), headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: answer)))
        }
        router.get("health") { _, _ in Response(status: .ok) }
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "smileid-sandbox"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
