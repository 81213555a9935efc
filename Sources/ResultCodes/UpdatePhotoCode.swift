/// Update Photo (job type 8) result codes: replacing an enrolled user's selfie.
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

extension UpdatePhotoCode {
    /// Always ``ResultCodeTable/updatePhoto``.
    public static var table: ResultCodeTable { .updatePhoto }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .noFaceFound: "FAIL - No Face Found"
        case .imageQualityTooPoor: "FAIL - Image Quality Judged Too Poor"
        case .machineJudgementPass: "PASS - Machine judgement"
        case .machineJudgementCompareFailed: "FAIL - COMPARE - Machine judgement"
        case .partnerReviewRequired: "Partner Review Required"
        case .machineJudgementPossibleSpoof: "FAIL - Possible Spoof - Machine Judgement"
        case .machineJudgementProvisionalPossibleSpoof: "PROVISIONAL - Possible Spoof - Machine Judgement"
        case .humanJudgementPass: "PASS- Human Judgement"
        case .humanJudgementFailed: "FAIL - Human Judgement"
        case .humanJudgementSpoofDetected: "Spoof Detected - Human Judgement"
        case .enrolledUserDeleted: "Error - Enrolled user was deleted from the system"
        case .enrolledUserDisabled: "Error - Enrolled user is disabled"
        case .noEnrolledUserFound: "Error - No enrolled user found for"
        case .enrolledUserMustReEnroll: "Error - Enrolled user must complete re-enrollment before attempting Update"
        }
    }

    /// The table's "Result" column.
    public var outcome: Outcome {
        switch self {
        case .machineJudgementPass, .humanJudgementPass:
            .approved
        case .partnerReviewRequired, .machineJudgementProvisionalPossibleSpoof:
            .provisionallyApproved
        case .noFaceFound, .imageQualityTooPoor, .machineJudgementCompareFailed,
            .machineJudgementPossibleSpoof, .humanJudgementFailed, .humanJudgementSpoofDetected:
            .rejected
        case .enrolledUserDeleted, .enrolledUserDisabled, .noEnrolledUserFound, .enrolledUserMustReEnroll:
            .error
        }
    }
}
