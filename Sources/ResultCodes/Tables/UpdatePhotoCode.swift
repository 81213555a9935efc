/// Update Photo (job type 8) result codes: replacing an enrolled user's selfie.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum UpdatePhotoCode: String, SmileIDResultCode, Codable {
    /// 0981: no face was found in the selfie.
    case noFaceFound = "0981"
    /// 0982: the image quality was judged too poor.
    case imageQualityTooPoor = "0982"
    /// 0880: the machine judgement passed.
    case machineJudgementPass = "0880"
    /// 0881: the machine comparison failed.
    case machineJudgementCompareFailed = "0881"
    /// 0882: the partner must review the job; provisionally approved.
    case partnerReviewRequired = "0882"
    /// 0883: the machine judged the selfie a possible spoof and failed it.
    case machineJudgementPossibleSpoof = "0883"
    /// 0884: the machine judged the selfie a possible spoof; provisionally approved.
    case machineJudgementProvisionalPossibleSpoof = "0884"
    /// 1280: the human review passed.
    case humanJudgementPass = "1280"
    /// 1281: the human review failed the job.
    case humanJudgementFailed = "1281"
    /// 1282: the human review detected a spoof.
    case humanJudgementSpoofDetected = "1282"
    /// 2208: the enrolled user was deleted.
    case enrolledUserDeleted = "2208"
    /// 2207: the enrolled user is disabled.
    case enrolledUserDisabled = "2207"
    /// 2210: no enrolled user was found for the user ID.
    case noEnrolledUserFound = "2210"
    /// 2211: the enrolled user must re-enrol before updating the photo.
    case enrolledUserMustReEnroll = "2211"
}

// MARK: - Rows

extension UpdatePhotoCode {
    /// Always ``ResultCodeTable/updatePhoto``.
    public static var table: ResultCodeTable { .updatePhoto }

    /// The code as a ``ResultCode``: ``ResultCode/updatePhoto(_:)``.
    public var resultCode: ResultCode { .updatePhoto(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .noFaceFound:
            CodeTableRow("FAIL - No Face Found", .rejected, .imageCheck, .retakeImages)
        case .imageQualityTooPoor:
            CodeTableRow("FAIL - Image Quality Judged Too Poor", .rejected, .imageCheck, .retakeImages)
        case .machineJudgementPass:
            CodeTableRow("PASS - Machine judgement", .approved, .machineJudgement, .nothing)
        case .machineJudgementCompareFailed:
            CodeTableRow("FAIL - COMPARE - Machine judgement", .rejected, .machineJudgement, .nothing)
        case .partnerReviewRequired:
            CodeTableRow("Partner Review Required", .provisionallyApproved, .machineJudgement, .partnerReview)
        case .machineJudgementPossibleSpoof:
            CodeTableRow("FAIL - Possible Spoof - Machine Judgement", .rejected, .machineJudgement, .nothing)
        case .machineJudgementProvisionalPossibleSpoof:
            CodeTableRow(
                "PROVISIONAL - Possible Spoof - Machine Judgement",
                .provisionallyApproved, .machineJudgement, .awaitResult)
        case .humanJudgementPass:
            CodeTableRow("PASS- Human Judgement", .approved, .humanJudgement, .nothing)
        case .humanJudgementFailed:
            CodeTableRow("FAIL - Human Judgement", .rejected, .humanJudgement, .nothing)
        case .humanJudgementSpoofDetected:
            CodeTableRow("Spoof Detected - Human Judgement", .rejected, .humanJudgement, .nothing)
        case .enrolledUserDeleted:
            CodeTableRow("Error - Enrolled user was deleted from the system", .error, .enrolment, .checkEnrollment)
        case .enrolledUserDisabled:
            CodeTableRow("Error - Enrolled user is disabled", .error, .enrolment, .checkEnrollment)
        case .noEnrolledUserFound:
            CodeTableRow("Error - No enrolled user found for", .error, .enrolment, .checkEnrollment)
        case .enrolledUserMustReEnroll:
            CodeTableRow(
                "Error - Enrolled user must complete re-enrollment before attempting Update",
                .error, .enrolment, .checkEnrollment)
        }
    }
}
