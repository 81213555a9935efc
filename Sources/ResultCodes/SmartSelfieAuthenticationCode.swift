/// SmartSelfie Authentication (job type 2) result codes: a selfie compared with an enrolled user.
public enum SmartSelfieAuthenticationCode: String, SmileIDResultCode, Codable {
    /// 0921: no face was found in the selfie.
    case noFaceFound = "0921"
    /// 0922: the image quality was judged too poor.
    case imageQualityTooPoor = "0922"
    /// 0820: the machine comparison passed.
    case machineJudgementPass = "0820"
    /// 0821: the machine comparison failed.
    case machineJudgementCompareFailed = "0821"
    /// 0822: a pure provisional machine result.
    case machineJudgementPureProvisional = "0822"
    /// 0823: the machine judged the selfie a possible spoof and failed it.
    case machineJudgementPossibleSpoof = "0823"
    /// 0824: the machine judged the selfie a possible spoof; provisionally approved.
    case machineJudgementProvisionalPossibleSpoof = "0824"
    /// 0825: the machine was unsure of the comparison; provisionally approved.
    case machineJudgementCompareUnsure = "0825"
    /// 1220: the human review passed.
    case humanJudgementPass = "1220"
    /// 1221: the human review failed the comparison.
    case humanJudgementCompareFailed = "1221"
    /// 1222: the human review detected a spoof.
    case humanJudgementSpoofDetected = "1222"
    /// 2208: the enrolled user was deleted.
    case enrolledUserDeleted = "2208"
    /// 2207: the enrolled user is disabled.
    case enrolledUserDisabled = "2207"
    /// 2210: no enrolled user was found for the user ID.
    case noEnrolledUserFound = "2210"
    /// 2211: the enrolled user must re-enrol before authenticating.
    case enrolledUserMustReEnroll = "2211"
}

extension SmartSelfieAuthenticationCode {
    /// Always ``ResultCodeTable/smartSelfieAuthentication``.
    public static var table: ResultCodeTable { .smartSelfieAuthentication }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .noFaceFound: "FAIL - No Face Found"
        case .imageQualityTooPoor: "FAIL - Image Quality Judged Too Poor"
        case .machineJudgementPass: "Machine Judgement - PASS"
        case .machineJudgementCompareFailed: "Machine Judgement - FAIL - COMPARISON"
        case .machineJudgementPureProvisional: "Machine Judgement - PURE PROVISIONAL"
        case .machineJudgementPossibleSpoof: "Machine Judgement - FAIL - Possible Spoof"
        case .machineJudgementProvisionalPossibleSpoof: "Machine Judgement - PROVISIONAL - Possible Spoof"
        case .machineJudgementCompareUnsure: "Machine Judgement - PROVISIONAL - Machine Compare Unsure"
        case .humanJudgementPass: "Human Judgement - PASS"
        case .humanJudgementCompareFailed: "Human Judgement - FAIL - Human Compare Failed"
        case .humanJudgementSpoofDetected: "Human Judgement - FAIL - Spoof Detected"
        case .enrolledUserDeleted: "Error - Enrolled user was deleted from the system"
        case .enrolledUserDisabled: "Error - Enrolled user is disabled"
        case .noEnrolledUserFound: "Error - No enrolled user found for"
        case .enrolledUserMustReEnroll: "Error - Enrolled user must complete re-enrollment before attempting Auth"
        }
    }

    /// The table's "Result" column.
    public var outcome: Outcome {
        switch self {
        case .machineJudgementPass, .humanJudgementPass:
            .approved
        case .machineJudgementPureProvisional, .machineJudgementProvisionalPossibleSpoof,
            .machineJudgementCompareUnsure:
            .provisionallyApproved
        case .noFaceFound, .imageQualityTooPoor, .machineJudgementCompareFailed,
            .machineJudgementPossibleSpoof, .humanJudgementCompareFailed, .humanJudgementSpoofDetected:
            .rejected
        case .enrolledUserDeleted, .enrolledUserDisabled, .noEnrolledUserFound, .enrolledUserMustReEnroll:
            .error
        }
    }
}
