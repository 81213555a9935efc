/// How a ``JobInbox`` reaches Smile ID's `job_status` endpoint: the signed request's bytes in,
/// the answer's bytes out. The library needs no HTTP client; conform the one your server uses.
///
/// ```swift
/// struct HTTPJobStatus: JobStatusTransport {
///     var client: HTTPClient
///     var url = "https://api.smileidentity.com/v1/job_status"   // testapi. for the sandbox
///
///     func send(_ request: [UInt8]) async throws -> [UInt8] {
///         var post = HTTPClientRequest(url: url)
///         post.method = .POST
///         post.headers.add(name: "Content-Type", value: "application/json")
///         post.body = .bytes(request)
///         let response = try await client.execute(post, timeout: .seconds(20))
///         guard response.status == .ok else { throw JobStatusHTTPError(status: response.status.code) }
///         return Array(try await response.body.collect(upTo: 4 << 20).readableBytesView)
///     }
/// }
/// ```
///
/// The inbox builds and signs the request (`history: true`) and checks the answer (its
/// signature, its freshness, that its results are of the job asked about); the transport only
/// carries bytes, over TLS. Finish (or time out) well within the inbox's
/// ``JobInbox/Configuration/confirmationLease``, after which another instance may confirm the
/// same job.
public protocol JobStatusTransport: Sendable {
    /// Posts the JSON body of a signed `job_status` request and returns the answer's body.
    ///
    /// - Throws: For a transport error or an answer other than 2xx: the confirmation failed,
    ///   and is retried with backoff.
    func send(_ request: [UInt8]) async throws -> [UInt8]
}
