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
    /// Why a document could not be read: one line naming the JSON path, never a value.
    struct Failure: Error, Sendable, Equatable {
        /// What was wrong, such as `PartnerParams.job_type is missing`.
        var message: String
    }

    /// The document the bytes hold.
    ///
    /// - Throws: ``Failure`` when the bytes are empty, are not JSON, are not one of the three
    ///   forms, or repeat a key in one object.
    static func read(_ bytes: some Collection<UInt8>) throws(Failure) -> ResultDocument {
        guard let first = bytes.first(where: { !JSONWhitespace.contains($0) }) else {
            throw Failure(message: "is empty; expected a job result, a job-status response or an array of job results")
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
        } catch let error as DecodingError {
            throw Failure(message: DecodingFailure(error).description)
        } catch {
            throw Failure(message: "the input could not be decoded")
        }
        // Decoders disagree on which of two values for one key wins: refuse rather than guess.
        if let path = JSONPath.firstDuplicateKey(in: bytes) {
            throw Failure(message: "\(path) appears more than once in the same object; Smile ID sends each key once")
        }
        return document
    }

    /// The trail of the document's results.
    ///
    /// - Throws: ``Failure`` when the results are of different jobs or an array is empty.
    func trail() throws(Failure) -> ResultTrail {
        do {
            switch self {
            case .jobResult(let result): return ResultTrail(result)
            case .jobStatus(let status): return try ResultTrail(status)
            case .jobResults(let results): return try ResultTrail(results)
            }
        } catch {
            throw Failure(message: error.description)
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
