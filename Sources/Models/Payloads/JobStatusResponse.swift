/// The response of Smile ID's `job_status` endpoint: whether a job is complete, and its result.
///
/// `job_complete` and `job_success` may be booleans or `"true"`/`"false"`; `code` a string or a
/// number; `result` an object or, while the job has no result, a message string (see
/// ``result``). Keys this version does not model (such as `image_links`) are kept in
/// ``additionalFields``.
///
/// ``code`` is the status of the request (2302 in every response seen), not a result code:
/// the job's result code is in ``result``.
public struct JobStatusResponse: Sendable, Hashable {
    /// The time the signature was computed over, exactly as sent: an ISO 8601 string, or the
    /// decimal digits of a JSON number (see ``timestampIsNumber``).
    public var timestamp: String?
    /// Whether ``timestamp`` arrived as a JSON number; it is then encoded back as a number.
    public var timestampIsNumber = false
    /// The response signature.
    public var signature: String?
    /// Whether the job has finished processing.
    public var jobComplete: Bool
    /// Whether the job finished with a successful result.
    public var jobSuccess: Bool
    /// The status code of the request, such as `"2302"`; not a result code.
    public var code: String
    /// The `result` key: the job's latest result, or a message in its place; `nil` when absent
    /// or `null`. The result is `result?.jobResult`, the message `result?.message`.
    public var result: JobStatusResult?
    /// Every result the job produced, oldest first, when history was requested.
    public var history: [JobResult]?
    /// Every top-level key this version does not model, with its value unchanged.
    public var additionalFields: [String: JSONValue]

    /// Creates a job-status response.
    public init(
        timestamp: String? = nil,
        signature: String? = nil,
        jobComplete: Bool,
        jobSuccess: Bool,
        code: String,
        result: JobStatusResult? = nil,
        history: [JobResult]? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.timestamp = timestamp
        self.signature = signature
        self.jobComplete = jobComplete
        self.jobSuccess = jobSuccess
        self.code = code
        self.result = result
        self.history = history
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, ModelledKeys {
        /// The text of every case, for ``ObjectKey``.
        static let stringValues = KeyNames(Self.self)

        case timestamp
        case signature
        case jobComplete = "job_complete"
        case jobSuccess = "job_success"
        case code
        case result
        case history
    }
}

extension JobStatusResponse: Codable {
    /// Decodes a response; `job_complete`, `job_success` and `code` are required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ObjectKey<CodingKeys>.self)
        let signedTimestamp = try container.decodeSignedTimestampIfPresent(forKey: .modelled(.timestamp))
        timestamp = signedTimestamp?.text
        timestampIsNumber = signedTimestamp?.isNumber ?? false
        signature = try container.decodeIfPresent(String.self, forKey: .modelled(.signature))
        jobComplete = try container.decodeLenient(Bool.self, forKey: .modelled(.jobComplete))
        jobSuccess = try container.decodeLenient(Bool.self, forKey: .modelled(.jobSuccess))
        code = try container.decodeLenient(String.self, forKey: .modelled(.code))
        result = try container.decodeIfPresent(JobStatusResult.self, forKey: .modelled(.result))
        history = try container.decodeIfPresent([JobResult].self, forKey: .modelled(.history))
        additionalFields = try AdditionalFields.decode(from: container, of: decoder)
    }

    /// Encodes the response in Smile ID's shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeSignedTimestamp(timestamp, isNumber: timestampIsNumber, forKey: .timestamp)
        try container.encodeIfPresent(signature, forKey: .signature)
        try container.encode(jobComplete, forKey: .jobComplete)
        try container.encode(jobSuccess, forKey: .jobSuccess)
        try container.encode(code, forKey: .code)
        try container.encodeIfPresent(result, forKey: .result)
        try container.encodeIfPresent(history, forKey: .history)
        try AdditionalFields.encode(additionalFields, to: encoder)
    }
}

extension JobStatusResponse: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A summary with the status and the (redacted) result; no personal value is shown.
    public var description: String {
        var parts = ["jobComplete: \(jobComplete)", "jobSuccess: \(jobSuccess)", "code: \(code)"]
        if let result { parts.append("result: \(result)") }
        if let history { parts.append("history: \(history.count) results") }
        return "JobStatusResponse(\(parts.joined(separator: ", ")))"
    }

    /// The same redacted summary as ``description``.
    public var debugDescription: String { description }

    /// A mirror whose results are themselves redacted.
    public var customMirror: Mirror {
        var children: [(String, Any)] = [
            ("jobComplete", jobComplete), ("jobSuccess", jobSuccess), ("code", code),
        ]
        if let result { children.append(("result", result)) }
        if let history { children.append(("history", history)) }
        return Redaction.mirror(of: self, presentFields: additionalFields.keys.sorted(), plain: children)
    }
}
