import Foundation
import Hummingbird
import Logging
import Models
import ResultCodes
import UserInfoCompare

/// What the server needs: the credentials callbacks are signed with, and where to listen.
public struct CallbackServerConfiguration: Sendable {
    /// The inbox every callback goes through (its store is shared by all requests).
    public var inbox: JobInbox
    /// The address to bind, such as `127.0.0.1`; port 0 picks a free port.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    /// The clock; tests fix it.
    public var now: @Sendable () -> Date

    /// Creates a configuration.
    public init(inbox: JobInbox, host: String = "127.0.0.1", port: Int = 8080, now: @escaping @Sendable () -> Date = { Date() }) {
        self.inbox = inbox
        self.host = host
        self.port = port
        self.now = now
    }
}

/// The application: `POST /smile-id/callback` and `POST /compare`.
///
/// - Parameter onServerRunning: Called with the bound port once the server listens (tests bind
///   port 0 and read the port here).
public func buildApplication(
    _ configuration: CallbackServerConfiguration, logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router()
    addRoutes(to: router, configuration: configuration)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
        logger: logger
    )
}

/// Adds the two routes to `router`.
public func addRoutes(to router: Router<BasicRequestContext>, configuration: CallbackServerConfiguration) {
    let inbox = configuration.inbox
    let now = configuration.now

    // BEGIN README hummingbird
    router.post("smile-id/callback") { request, context -> Response in
        // One byte over the limit is enough to tell a body that is too large.
        guard let body = try? await request.body.collect(upTo: inbox.configuration.maximumBodySize + 1) else {
            return Response(status: .contentTooLarge)
        }
        let outcome = await inbox.receive(body: body.readableBytesView, now: now())
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
    // END README hummingbird

    router.post("compare") { request, context -> Response in
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: 64 * 1024)
        } catch {
            return .json(status: 413, ["error": "the body is larger than 64 KiB"])
        }
        // Strict: a misspelt key (`firstName`, `dob_`) is refused instead of comparing an empty
        // field, and a key given twice instead of read one way silently.
        let compareCase: CompareCase
        do throws(DecodingFailure) {
            compareCase = try CompareCase(json: body.readableBytesView)
        } catch {
            // The message names the JSON path and what was expected, never a value.
            context.logger.notice("compare refused: \(error)")
            return .json(status: 400, ["error": error.description])
        }
        do {
            let comparison = try UserInfoComparator().compare(compareCase)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(comparison.response()))))
        } catch let error as UserInfoComparisonError {
            // UserInfoComparisonError names the field, never its value.
            context.logger.notice("compare refused: \(error)")
            return .json(status: 400, ["error": error.description])
        } catch {
            return .json(status: 500, ["error": "the response could not be encoded"])
        }
    }
}

extension Response {
    /// A small JSON object of strings with `status`.
    static func json(status: Int, _ fields: [String: String]) -> Response {
        let data = (try? JSONEncoder().encode(fields)) ?? Data("{}".utf8)
        return Response(
            status: .init(code: status), headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
