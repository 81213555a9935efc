public import Models

// MARK: - JobResult

extension JobResult {
    /// The result code resolved with this result's own job type (`PartnerParams.job_type`).
    public var resolvedResultCode: ResultCode {
        ResultCode(resultCode, jobType: partnerParams.jobType)
    }
}

// MARK: - CompareUserInfoResponse

extension CompareUserInfoResponse {
    /// The result code resolved as a `compare_user_info` code (job type 9).
    public var resolvedResultCode: ResultCode {
        ResultCode(resultCode, jobType: .compareUserInfo)
    }
}

// MARK: - APIErrorResponse

extension APIErrorResponse {
    /// The error code resolved for the job type of the request that failed.
    ///
    /// Without a job type, a code of one job-specific table resolves to it silently; use
    /// ``codeReading(jobType:)`` to know when that is a guess.
    ///
    /// - Parameter jobType: The request's job type; `nil` resolves as described in
    ///   ``ResultCodes/ResultCode/init(_:jobType:)``.
    public func resolvedCode(jobType: JobType?) -> ResultCode {
        ResultCode(code, jobType: jobType)
    }
}
