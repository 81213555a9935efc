/// SmartSelfie Registration (job type 4) result codes: enrolling a selfie without an ID.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum SmartSelfieRegistrationCode: String, SmileIDResultCode, Codable {
    /// 0941: no face was found in the selfie.
    case noFaceFound = "0941"
    /// 0942: the image quality was judged too poor.
    case imageQualityTooPoor = "0942"
    /// 0840: the machine judgement passed.
    case machineJudgementPass = "0840"
    /// 0841: the machine comparison failed.
    case machineJudgementCompareFailed = "0841"
    /// 0842: a pure provisional machine result.
    case machineJudgementPureProvisional = "0842"
    /// 0843: the machine judged the selfie a possible spoof and failed it.
    case machineJudgementPossibleSpoof = "0843"
    /// 0844: the machine judged the selfie a possible spoof; provisionally approved.
    case machineJudgementProvisionalPossibleSpoof = "0844"
    /// 0846: the machine judged the selfie a possible spoof; pending a human review.
    case machineJudgementPendingPossibleSpoof = "0846"
    /// 1240: the human review passed.
    case humanJudgementPass = "1240"
    /// 1241: the human review found the image unusable.
    case humanJudgementImageUnusable = "1241"
    /// 1242: the human review detected a spoof.
    case humanJudgementSpoofDetected = "1242"
}

// MARK: - Rows

extension SmartSelfieRegistrationCode {
    /// Always ``ResultCodeTable/smartSelfieRegistration``.
    public static var table: ResultCodeTable { .smartSelfieRegistration }

    /// The code as a ``ResultCode``: ``ResultCode/smartSelfieRegistration(_:)``.
    public var resultCode: ResultCode { .smartSelfieRegistration(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .noFaceFound:
            CodeTableRow("FAIL - No Face Found", .rejected, .imageCheck, .retakeImages)
        case .imageQualityTooPoor:
            CodeTableRow("FAIL - Image Quality Judged Too Poor", .rejected, .imageCheck, .retakeImages)
        case .machineJudgementPass:
            CodeTableRow("PASS - Machine Judgement", .approved, .machineJudgement, .nothing)
        case .machineJudgementCompareFailed:
            CodeTableRow("FAIL - Machine Judgement - Compare Failed", .rejected, .machineJudgement, .nothing)
        case .machineJudgementPureProvisional:
            CodeTableRow(
                "PROVISIONAL - Machine - Pure Provisional", .provisionallyApproved, .machineJudgement, .awaitResult)
        case .machineJudgementPossibleSpoof:
            CodeTableRow(
                "FAIL - Possible Spoof - Machine Judgement", .rejected, .machineJudgement, .nothing,
                footnote: "Settings based on normal/strict/custom confidence thresholds")
        case .machineJudgementProvisionalPossibleSpoof:
            CodeTableRow(
                "PROVISIONAL - Possible Spoof - Machine Judgement",
                .provisionallyApproved, .machineJudgement, .awaitResult)
        case .machineJudgementPendingPossibleSpoof:
            CodeTableRow("PENDING - Possible Spoof - Machine Judgement", .pending, .machineJudgement, .awaitResult)
        case .humanJudgementPass:
            CodeTableRow("PASS - Human Judgement", .approved, .humanJudgement, .nothing)
        case .humanJudgementImageUnusable:
            CodeTableRow("FAIL - Image Unuseable", .rejected, .humanJudgement, .retakeImages)
        case .humanJudgementSpoofDetected:
            CodeTableRow("Spoof detected - Human Judgement", .rejected, .humanJudgement, .nothing)
        }
    }
}
