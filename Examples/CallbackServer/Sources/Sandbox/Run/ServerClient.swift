import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The routes of the callback server's contract (`inbox.md` section 6) that the sandbox calls.
public struct ServerClient: Sendable {
    /// The server's base URL, such as `http://127.0.0.1:8080`.
    public var baseURL: String
    /// The HTTP client (keep-alive connections, shared).
    public var http: HTTPClient
    /// How long one request may take.
    public var timeout: TimeAmount = .seconds(10)

    /// Creates a client of one server.
    public init(baseURL: String, http: HTTPClient) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.http = http
    }

    /// An answer: the status and the body.
    public struct Answer: Sendable {
        /// The HTTP status code.
        public var status: Int
        /// The body (at most 1 MiB is read).
        public var body: [UInt8]

        /// The body's `outcome` string, or `nil`.
        public var outcome: String? {
            (try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])?["outcome"] as? String
        }
    }

    /// Sends a request and reads the answer.
    public func send(_ method: HTTPMethod, _ path: String, body: [UInt8]? = nil) async throws -> Answer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await http.execute(request, timeout: timeout)
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return Answer(status: Int(response.status.code), body: Array(bytes.readableBytesView))
    }
}

// MARK: - The contract's routes

extension ServerClient {
    /// `POST /smile-id/callback`.
    public func deliver(_ body: [UInt8]) async throws -> Answer {
        try await send(.POST, "/smile-id/callback", body: body)
    }

    /// `POST /jobs`: registers a job (201 new, 200 known).
    public func register(_ job: SandboxJob) async throws -> Answer {
        let fields: [String: Any] = [
            "user_id": job.userID, "job_id": job.jobID, "job_type": job.scenario.jobType.rawValue,
        ]
        return try await send(.POST, "/jobs", body: Array(try JSONSerialization.data(withJSONObject: fields)))
    }

    /// `GET /jobs/{user_id}/{job_id}`: the job's state, or `nil` for a 404.
    public func state(of job: SandboxJob) async throws -> JobView? {
        let path = "/jobs/\(Self.escape(job.userID))/\(Self.escape(job.jobID))"
        let answer = try await send(.GET, path)
        if answer.status == 404 { return nil }
        guard answer.status == 200 else { throw ServerAnswerError(path: "GET /jobs/…", status: answer.status) }
        return try JSONDecoder().decode(JobView.self, from: Data(answer.body))
    }

    /// `GET /decisions?after=N&limit=M`, followed to the end: every entry after `after`.
    public func decisions(after: Int = 0) async throws -> [OutboxView] {
        var entries: [OutboxView] = []
        var cursor = after
        while true {
            let answer = try await send(.GET, "/decisions?after=\(cursor)&limit=1000")
            guard answer.status == 200 else { throw ServerAnswerError(path: "GET /decisions", status: answer.status) }
            let page = try JSONDecoder().decode(OutboxPage.self, from: Data(answer.body))
            entries += page.decisions
            guard !page.decisions.isEmpty, page.next > cursor else { return entries }
            cursor = page.next
        }
    }

    static func escape(_ component: String) -> String {
        component.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? component
    }
}

/// An answer of the server that does not follow the contract.
public struct ServerAnswerError: Error, Sendable, CustomStringConvertible {
    /// The route.
    public var path: String
    /// The status it answered.
    public var status: Int

    /// What went wrong.
    public var description: String { "\(path) answered \(status)" }
}

/// `GET /jobs/{user_id}/{job_id}`'s answer.
public struct JobView: Sendable, Hashable, Decodable {
    /// The decision kind, `nil` before any.
    public var decision: String?
    /// Why, as the server says it.
    public var reason: String?
    /// Whether the decision is final.
    public var final: Bool
    /// Whether it rests on a `job_status` answer.
    public var confirmed: Bool
    /// Whether a confirmation is still to come for results the server holds.
    public var pendingConfirmation: Bool
    /// The trail's codes in decision order.
    public var codes: [String]

    enum CodingKeys: String, CodingKey {
        case decision, reason, final, confirmed, codes
        case pendingConfirmation = "pending_confirmation"
    }
}

/// One entry of the outbox.
public struct OutboxView: Sendable, Hashable, Decodable {
    /// The sequence number.
    public var seq: Int
    /// The job's user ID.
    public var userID: String
    /// The job's ID.
    public var jobID: String
    /// The decision kind emitted.
    public var decision: String

    enum CodingKeys: String, CodingKey {
        case seq, decision
        case userID = "user_id"
        case jobID = "job_id"
    }
}

struct OutboxPage: Decodable {
    var decisions: [OutboxView]
    var next: Int
}
