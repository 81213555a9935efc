/// The `result` of a `job_status` response: a job result, or a message that stands in for one.
///
/// While a job has no result, Smile ID may send a message string in its place, such as
/// `"No zip file received"` (with the status code 2314). Both decode and encode back unchanged.
public enum JobStatusResult: Sendable, Hashable {
    /// A job result.
    case jobResult(JobResult)
    /// A message in place of a result, such as `"No zip file received"`. Not a result: the job
    /// has none yet.
    case message(String)
}

extension JobStatusResult {
    /// The job result, or `nil` for a message.
    public var jobResult: JobResult? {
        if case .jobResult(let result) = self { return result }
        return nil
    }

    /// The message, or `nil` for a job result.
    public var message: String? {
        if case .message(let text) = self { return text }
        return nil
    }
}

extension JobStatusResult: Codable {
    /// Decodes a JSON string as a message and anything else as a job result (whose errors name
    /// their path, such as `result.PartnerParams`).
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .message(text)
        } else {
            self = .jobResult(try JobResult(from: decoder))
        }
    }

    /// Encodes the job result as an object, or the message as a string.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .jobResult(let result):
            try result.encode(to: encoder)
        case .message(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }
}

extension JobStatusResult: CustomStringConvertible {
    /// The job result's redacted description, or `message(<n> characters)`: the message is
    /// Smile ID's text, but it is not shown, in case it ever carries a personal value.
    public var description: String {
        switch self {
        case .jobResult(let result): result.description
        case .message(let text): "message(\(text.count) characters)"
        }
    }
}
