/// The one place where the bytes of a delivered callback body or of a `job_status` answer become
/// a value: the job inbox decodes both through ``decode(_:isJobStatus:)``, so that how Smile ID's
/// JSON is decoded for the inbox is chosen here and nowhere else. It reads the bytes in one pass
/// with ``PayloadDocument`` (the package's byte-level decoder, which gives the values and the
/// errors `JSONDecoder` gives), without copying them.
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
        try PayloadDocument.read(bytes) { document throws(DecodingFailure) in
            isJobStatus
                ? .jobStatus(try document.decode(JobStatusResponse.self))
                : .jobResult(try document.decode(JobResult.self))
        }
    }
}
