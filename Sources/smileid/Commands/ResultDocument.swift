import Models
import ResultCodes
import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// The document the bytes hold.
    ///
    /// - Throws: `DecodingFailure` naming the JSON path, never a value, when the bytes are
    ///   blank (``emptyRequirement``), are not JSON, are not one of the three forms, or repeat a
    ///   key in one object.
    static func read(_ bytes: some Collection<UInt8>) throws(DecodingFailure) -> ResultDocument {
        guard let first = bytes.first(where: { !JSONWhitespace.contains($0) }) else {
            throw DecodingFailure(
                kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: emptyRequirement)
        }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        let document: ResultDocument
        do {
            if first == UInt8(ascii: "[") {
                document = .jobResults(try decoder.decode([JobResult].self, from: data))
            } else if try decoder.decode(ResultDocumentKind.self, from: data).isJobStatus {
                document = .jobStatus(try decoder.decode(JobStatusResponse.self, from: data))
            } else {
                document = .jobResult(try decoder.decode(JobResult.self, from: data))
            }
        } catch {
            throw DecodingFailure(describing: error)
        }
        // Decoders disagree on which of two values for one key wins: refuse rather than guess.
        if let path = JSONPath.firstDuplicateKey(in: bytes) {
            throw DecodingFailure(
                kind: .duplicateKey, path: path,
                requirement: "appears more than once in the same object; Smile ID sends each key once")
        }
        return document
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
