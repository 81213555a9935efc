import Models
import ResultCodes
import SmileIDInternals

/// What `smileid result` and `smileid decide` read: one job result, a job-status response, or a
/// JSON array of job results (the callbacks of one job).
enum ResultDocument: Sendable {
    /// One job result (a callback body).
    case jobResult(JobResult)
    /// A `job_status` response.
    case jobStatus(JobStatusResponse)
    /// The callbacks of one job, in the order they arrived.
    case jobResults([JobResult])
}

// MARK: - Reading

extension ResultDocument {
    /// The document the bytes hold, read in one pass (`PayloadDocument`): the kind of document,
    /// its values and its repeated key come from the same reading of the bytes.
    ///
    /// - Throws: `DecodingFailure` naming the JSON path, never a value, when the bytes are
    ///   blank (``emptyRequirement``), are not JSON, are not one of the three forms, or repeat a
    ///   key in one object (checked after decoding, so a body that also fails to decode reports
    ///   that first).
    static func read(_ bytes: [UInt8]) throws(DecodingFailure) -> ResultDocument {
        try bytes.withUnsafeBufferPointer { buffer in Swift.Result { () throws(DecodingFailure) in try read(buffer) } }
            .get()
    }

    /// The document `bytes` hold, as the `[UInt8]` form reads it: the form for a line
    /// already in a buffer (no copy, no generic collection in between).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodingFailure) -> ResultDocument {
        guard let first = bytes.first(where: { !JSONWhitespace.contains($0) }) else {
            throw DecodingFailure(
                kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: emptyRequirement)
        }
        return try PayloadDocument.read(bytes) { body throws(DecodingFailure) in
            let document: ResultDocument
            if first == UInt8(ascii: "[") {
                document = .jobResults(try body.decode([JobResult].self))
            } else if try isJobStatus(body) {
                document = .jobStatus(try body.decode(JobStatusResponse.self))
            } else {
                document = .jobResult(try body.decode(JobResult.self))
            }
            // Decoders disagree on which of two values for one key wins: refuse rather than guess.
            if let path = body.repeatedKey {
                throw DecodingFailure(
                    kind: .duplicateKey, path: path,
                    requirement: "appears more than once in the same object; Smile ID sends each key once")
            }
            return document
        }
    }

    /// Whether the document is a job-status response (its object has a `job_complete` key):
    /// answered from the map when it can, else by decoding ``ResultDocumentKind``, which also
    /// throws when the document is not an object.
    private static func isJobStatus(_ body: borrowing PayloadDocument) throws(DecodingFailure) -> Bool {
        if let answer = body.topLevelObjectHasKey("job_complete") { return answer }
        return try body.decode(ResultDocumentKind.self).isJobStatus
    }

    /// What a blank document is, after its name: `'x.json' is empty; expected …`.
    static let emptyRequirement = "is empty; expected a job result, a job-status response or an array of job results"

    /// The trail of the document's results.
    ///
    /// - Throws: `ResultTrailError` when the results are of different jobs or an array is empty.
    func trail() throws(ResultTrailError) -> ResultTrail {
        switch self {
        case .jobResult(let result): return ResultTrail(result)
        case .jobStatus(let status): return try ResultTrail(status)
        case .jobResults(let results): return try ResultTrail(results)
        }
    }
}

/// Tells a job-status response (it has a `job_complete` key) from a job result.
struct ResultDocumentKind: Decodable, Sendable {
    /// Whether the object has a `job_complete` key.
    var isJobStatus: Bool

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        isJobStatus = container.contains(Key(stringValue: "job_complete"))
    }
}
