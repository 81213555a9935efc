/// The decoded body of a signed delivery: a job result, or a job-status response.
package enum CallbackPayload: Sendable, Hashable {
    /// A job result, as posted to a callback URL.
    case jobResult(JobResult)
    /// A job-status response (the body has a `job_complete` key).
    case jobStatus(JobStatusResponse)
}
