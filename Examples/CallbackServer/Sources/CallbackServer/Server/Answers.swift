import Foundation
import Hummingbird
import ResultCodes

/// The JSON bodies the routes answer with.
enum Answers {
    /// `{"outcome": …}`.
    struct Outcome: Encodable {
        var outcome: String
    }

    /// `{"error": …}`: what was wrong with a request, never a value of it.
    struct Failure: Encodable {
        var error: String
    }

    /// `{"status": …}`.
    struct Health: Encodable {
        var status: String
    }

    /// One job: `GET /jobs/{user_id}/{job_id}`.
    struct Job: Encodable {
        var userID: String
        var jobID: String
        var jobType: Int?
        var decision: String?
        var reason: String?
        var isFinal: Bool
        var isConfirmed: Bool
        var isPendingConfirmation: Bool
        var codes: [String]

        init(_ state: JobState, inbox: JobInbox) {
            userID = state.job.userID
            jobID = state.job.jobID
            jobType = state.jobType?.rawValue
            decision = state.decision?.kind.rawValue
            reason = state.decision?.reason
            isFinal = state.decision?.isFinal ?? false
            isConfirmed = state.decision?.isConfirmed ?? false
            isPendingConfirmation = inbox.isPendingConfirmation(state)
            codes = state.decision?.codes ?? []
        }

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case jobID = "job_id"
            case jobType = "job_type"
            case decision, reason
            case isFinal = "final"
            case isConfirmed = "confirmed"
            case isPendingConfirmation = "pending_confirmation"
            case codes
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(userID, forKey: .userID)
            try container.encode(jobID, forKey: .jobID)
            try container.encode(jobType, forKey: .jobType)  // null when unknown
            try container.encode(decision, forKey: .decision)
            try container.encode(reason, forKey: .reason)
            try container.encode(isFinal, forKey: .isFinal)
            try container.encode(isConfirmed, forKey: .isConfirmed)
            try container.encode(isPendingConfirmation, forKey: .isPendingConfirmation)
            try container.encode(codes, forKey: .codes)
        }
    }

    /// `GET /decisions`.
    struct Decisions: Encodable {
        var decisions: [OutboxEntry]
        var next: Int
    }

    /// `value` as a JSON response with `status`.
    static func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":"the answer could not be encoded"}"#.utf8)
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func failure(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, Failure(error: message))
    }
}
