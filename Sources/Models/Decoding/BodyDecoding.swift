#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one place where the bytes of a delivered callback body or of a `job_status` answer become
/// a value: the job inbox decodes both through ``decode(_:isJobStatus:)``, so that a faster
/// decoder replaces `JSONDecoder` for them here and nowhere else.
///
/// The bytes have been scanned first (well-formed, an object, no repeated key), so what is left
/// to report is a missing or wrong field, by its path.
package enum BodyDecoding {
    /// The body as a job-status response (`isJobStatus`, a body with a `job_complete` key), else
    /// as a job result.
    ///
    /// - Throws: The ``DecodingFailure`` naming the path and what was expected there.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, isJobStatus: Bool) throws(DecodingFailure)
        -> CallbackPayload
    {
        let data = Data(buffer: bytes)
        let decoder = JSONDecoder()
        do {
            return isJobStatus
                ? .jobStatus(try decoder.decode(JobStatusResponse.self, from: data))
                : .jobResult(try decoder.decode(JobResult.self, from: data))
        } catch let error as DecodingError {
            throw DecodingFailure(error)
        } catch {
            throw DecodingFailure(
                kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: "could not be decoded")
        }
    }
}
