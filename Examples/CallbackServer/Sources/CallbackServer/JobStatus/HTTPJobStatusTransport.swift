import AsyncHTTPClient
import NIOCore
import ResultCodes

/// `job_status` over AsyncHTTPClient: posts the signed request the inbox built to
/// `{SMILE_API_URL}/v1/job_status` (HTTPS, or plain HTTP for a local stand-in such as
/// `smileid-sandbox`) and returns the answer's bytes. The inbox checks the answer.
public struct HTTPJobStatusTransport: JobStatusTransport {
    /// The client (its connection pool is shared by every confirmation).
    public var client: HTTPClient
    /// The full URL of `job_status`.
    public var url: String
    /// The longest a confirmation may take: well within the inbox's 60 s lease.
    public var timeout: TimeAmount
    /// The largest answer read.
    public var maximumAnswerSize: Int

    /// A transport.
    public init(client: HTTPClient, url: String, timeout: TimeAmount = .seconds(20), maximumAnswerSize: Int = 4 << 20) {
        self.client = client
        self.url = url
        self.timeout = timeout
        self.maximumAnswerSize = maximumAnswerSize
    }

    /// An answer other than 2xx: a failed confirmation, retried with backoff.
    public struct UnexpectedStatus: Error, CustomStringConvertible {
        /// The status.
        public var status: Int
        /// `job_status answered HTTP <status>`.
        public var description: String { "job_status answered HTTP \(status)" }
    }

    /// Posts the request and returns the answer's body.
    public func send(_ request: [UInt8]) async throws -> [UInt8] {
        var post = HTTPClientRequest(url: url)
        post.method = .POST
        post.headers.add(name: "Content-Type", value: "application/json")
        post.headers.add(name: "Accept", value: "application/json")
        post.body = .bytes(request)
        let response = try await client.execute(post, timeout: timeout)
        guard (200..<300).contains(response.status.code) else {
            throw UnexpectedStatus(status: Int(response.status.code))
        }
        return Array(try await response.body.collect(upTo: maximumAnswerSize).readableBytesView)
    }
}
