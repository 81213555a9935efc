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
