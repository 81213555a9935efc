import Models
import ResultCodes
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct ModelsResultCodeTests {
    private func jobResult(code: String, jobType: String) throws -> JobResult {
        let json = """
            {"ResultCode": "\(code)", "ResultText": "Synthetic", "SmileJobID": "0000000001",
             "PartnerParams": {"user_id": "user-test-0001", "job_id": "job-test-0001", "job_type": \(jobType)}}
            """
        return try JSONDecoder().decode(JobResult.self, from: Data(json.utf8))
    }

    @Test(
        "JobResult resolves with its own job type",
        arguments: [
            ("2212", "5", ResultCode.enhancedKYC(.httpRequestFailed)),
            ("2212", "\"5\"", .enhancedKYC(.httpRequestFailed)),
            ("2211", "2", .smartSelfieAuthentication(.enrolledUserMustReEnroll)),
            ("2211", "8", .updatePhoto(.enrolledUserMustReEnroll)),
            ("1015", "1", .biometricKYC(.queriedDatabaseUnavailable)),
            ("2212", "6", .general(.invalidJobType)),
            ("0812", "6", .unknown("0812")),
        ])
    func jobResult(_ code: String, _ jobType: String, _ expected: ResultCode) throws {
        #expect(try jobResult(code: code, jobType: jobType).resolvedResultCode == expected)
    }

    @Test func compareUserInfoResponseResolvesAsJobType9() {
        let response = CompareUserInfoResponse(resultText: "Partial Match", resultCode: "1021", actions: Actions())
        #expect(response.resolvedResultCode == .compareUserInfo(.partialMatch))
        let unknown = CompareUserInfoResponse(resultText: "Odd", resultCode: "0812", actions: Actions())
        #expect(unknown.resolvedResultCode == .unknown("0812"))
    }
}
