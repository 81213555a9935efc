import Foundation
import Models

/// The body of `POST /jobs`: `{"user_id": "…", "job_id": "…", "job_type": 1}`.
struct Registration: Sendable, Hashable {
    var userID: String
    var jobID: String
    var jobType: JobType

    /// The longest ID accepted.
    static let maximumIDLength = 256

    /// What is wrong with a registration: the field and what it must be, never its value.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    init(json data: Data) throws(Invalid) {
        guard let body = try? JSONDecoder().decode(Body.self, from: data) else {
            throw Invalid(description: #"the body must be a JSON object {"user_id", "job_id", "job_type"}"#)
        }
        func identifier(_ value: String?, _ key: String) throws(Invalid) -> String {
            guard let value, !value.isEmpty, value.utf8.count <= Self.maximumIDLength else {
                throw Invalid(description: "\(key) must be a string of 1 to \(Self.maximumIDLength) bytes")
            }
            return value
        }
        userID = try identifier(body.userID, "user_id")
        jobID = try identifier(body.jobID, "job_id")
        guard let type = body.jobType, (1...1_000).contains(type) else {
            throw Invalid(description: "job_type must be a job type number, such as 1 or 5")
        }
        jobType = JobType(rawValue: type)
    }

    /// The fields as sent; a field of the wrong type reads as missing.
    private struct Body: Decodable {
        var userID: String?
        var jobID: String?
        var jobType: Int?

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case jobID = "job_id"
            case jobType = "job_type"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            userID = try? container.decode(String.self, forKey: .userID)
            jobID = try? container.decode(String.self, forKey: .jobID)
            jobType =
                (try? container.decode(Int.self, forKey: .jobType))
                ?? (try? container.decode(String.self, forKey: .jobType)).flatMap { Int($0) }
        }
    }
}
