import Models
import ResultCodes
import Testing

@Suite struct APIErrorCodeReadingTests {
    @Test(
        "without a job type, a code of one job-specific table is a marked guess",
        arguments: [
            ("2413", nil, ResultCode.compareUserInfoError(.missingParameter), true),
            ("2413", JobType.compareUserInfo, .compareUserInfoError(.missingParameter), false),
            ("2413", JobType.enhancedKYC, .unknown("2413"), false),
            ("2205", nil, .general(.signatureNotAuthorized), false),
            ("2217", nil, .unknown("2217"), false),
            (
                "2211", nil,
                .ambiguous(code: "2211", candidates: [.smartSelfieAuthentication, .updatePhoto, .enhancedKYC]), false
            ),
        ] as [(String, JobType?, ResultCode, Bool)])
    func reading(_ code: String, _ jobType: JobType?, _ expected: ResultCode, _ isGuess: Bool) {
        let reading = APIErrorResponse(code: code, error: "synthetic").codeReading(jobType: jobType)
        #expect(reading.code == expected)
        #expect(reading.isGuess == isGuess)
        #expect(reading.description.contains("guessed") == isGuess)
    }

    @Test func theGuessNamesItsTable() {
        let reading = APIErrorResponse(code: "2413", error: "user_id is missing").codeReading(jobType: nil)
        #expect(
            reading.description
                == "2413 (guessed from the table \(ResultCodeTable.compareUserInfoErrors.title); give the job type)")
    }

    @Test func apiErrorResponseResolvesForTheRequestJobType() {
        let error = APIErrorResponse(code: "2205", error: "You are not authorized to do that.")
        #expect(error.codeReading(jobType: .compareUserInfo).code == .compareUserInfoError(.notAuthorized))
        #expect(error.codeReading(jobType: nil).code == .general(.signatureNotAuthorized))
        let missing = APIErrorResponse(code: "2413", error: "user_id is missing")
        #expect(missing.codeReading(jobType: .compareUserInfo).code == .compareUserInfoError(.missingParameter))
        #expect(missing.codeReading(jobType: .enhancedKYC).code == .unknown("2413"))
    }
}
