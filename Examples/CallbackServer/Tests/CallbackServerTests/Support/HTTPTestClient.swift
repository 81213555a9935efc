import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over a blocking socket to 127.0.0.1: sends one request with
/// `Connection: close` and reads the whole answer. Raw on purpose, so that any bytes can be sent.
enum HTTPTestClient {
    struct Response: Sendable {
        var status: Int
        var body: String

        /// The body as a JSON object (empty when it is not one).
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends a POST and waits for the answer on a thread of its own: the socket calls block,
    /// and a blocked thread of Swift's cooperative pool could starve the server's handlers.
    static func post(port: Int, path: String, body: [UInt8], contentType: String = "application/json") async throws
        -> Response
    {
        try await perform(method: "POST", port: port, path: path, body: body, contentType: contentType)
    }

    /// Sends a GET and waits for the answer.
    static func get(port: Int, path: String) async throws -> Response {
        try await perform(method: "GET", port: port, path: path, body: nil)
    }

    /// Sends one request (`body` nil: no body and no Content-Length) and waits for the answer.
    static func perform(
        method: String, port: Int, path: String, body: [UInt8]?, contentType: String = "application/json"
    ) async throws -> Response {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        if let body { head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        let request = Array(head.utf8) + (body ?? [])
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try exchange(port: port, request: request) })
            }.start()
        }
    }

    static func exchange(port: Int, request: [UInt8]) throws -> Response {
        let descriptor = RawSockets.connect(port: port)
        guard descriptor >= 0 else { throw Failure(description: "connect: \(errno)") }
        defer { close(descriptor) }
        RawSockets.send(descriptor, request)  // the server may answer and close before reading it all
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n", maxSplits: 1).first,
            let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { throw Failure(description: "no HTTP response (\(received.count) bytes)") }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return Response(status: status, body: body)
    }
}
