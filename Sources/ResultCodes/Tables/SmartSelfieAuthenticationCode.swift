/// SmartSelfie Authentication (job type 2) result codes: a selfie compared with an enrolled user.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
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

// MARK: - Rows

extension SmartSelfieAuthenticationCode {
    /// Always ``ResultCodeTable/smartSelfieAuthentication``.
    public static var table: ResultCodeTable { .smartSelfieAuthentication }

    /// The code as a ``ResultCode``: ``ResultCode/smartSelfieAuthentication(_:)``.
    public var resultCode: ResultCode { .smartSelfieAuthentication(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .noFaceFound:
            CodeTableRow("FAIL - No Face Found", .rejected, .imageCheck, .retakeImages)
        case .imageQualityTooPoor:
            CodeTableRow("FAIL - Image Quality Judged Too Poor", .rejected, .imageCheck, .retakeImages)
        case .machineJudgementPass:
            CodeTableRow("Machine Judgement - PASS", .approved, .machineJudgement, .nothing)
        case .machineJudgementCompareFailed:
            CodeTableRow("Machine Judgement - FAIL - COMPARISON", .rejected, .machineJudgement, .nothing)
        case .machineJudgementPureProvisional:
            CodeTableRow(
                "Machine Judgement - PURE PROVISIONAL", .provisionallyApproved, .machineJudgement, .awaitResult)
        case .machineJudgementPossibleSpoof:
            CodeTableRow("Machine Judgement - FAIL - Possible Spoof", .rejected, .machineJudgement, .nothing)
        case .machineJudgementProvisionalPossibleSpoof:
            CodeTableRow(
                "Machine Judgement - PROVISIONAL - Possible Spoof",
                .provisionallyApproved, .machineJudgement, .awaitResult)
        case .machineJudgementCompareUnsure:
            CodeTableRow(
                "Machine Judgement - PROVISIONAL - Machine Compare Unsure",
                .provisionallyApproved, .machineJudgement, .awaitResult)
        case .humanJudgementPass:
            CodeTableRow("Human Judgement - PASS", .approved, .humanJudgement, .nothing)
        case .humanJudgementCompareFailed:
            CodeTableRow("Human Judgement - FAIL - Human Compare Failed", .rejected, .humanJudgement, .nothing)
        case .humanJudgementSpoofDetected:
            CodeTableRow("Human Judgement - FAIL - Spoof Detected", .rejected, .humanJudgement, .nothing)
        case .enrolledUserDeleted:
            CodeTableRow("Error - Enrolled user was deleted from the system", .error, .enrolment, .checkEnrollment)
        case .enrolledUserDisabled:
            CodeTableRow("Error - Enrolled user is disabled", .error, .enrolment, .checkEnrollment)
        case .noEnrolledUserFound:
            CodeTableRow("Error - No enrolled user found for", .error, .enrolment, .checkEnrollment)
        case .enrolledUserMustReEnroll:
            CodeTableRow(
                "Error - Enrolled user must complete re-enrollment before attempting Auth",
                .error, .enrolment, .checkEnrollment)
        }
    }
}
