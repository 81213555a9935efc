/// SmartSelfie Registration (job type 4) result codes: enrolling a selfie without an ID.
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

extension SmartSelfieRegistrationCode {
    /// Always ``ResultCodeTable/smartSelfieRegistration``.
    public static var table: ResultCodeTable { .smartSelfieRegistration }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .noFaceFound: "FAIL - No Face Found"
        case .imageQualityTooPoor: "FAIL - Image Quality Judged Too Poor"
        case .machineJudgementPass: "PASS - Machine Judgement"
        case .machineJudgementCompareFailed: "FAIL - Machine Judgement - Compare Failed"
        case .machineJudgementPureProvisional: "PROVISIONAL - Machine - Pure Provisional"
        case .machineJudgementPossibleSpoof: "FAIL - Possible Spoof - Machine Judgement"
        case .machineJudgementProvisionalPossibleSpoof: "PROVISIONAL - Possible Spoof - Machine Judgement"
        case .machineJudgementPendingPossibleSpoof: "PENDING - Possible Spoof - Machine Judgement"
        case .humanJudgementPass: "PASS - Human Judgement"
        case .humanJudgementImageUnusable: "FAIL - Image Unuseable"
        case .humanJudgementSpoofDetected: "Spoof detected - Human Judgement"
        }
    }

    /// The table's "Result" column; 0846 is ``Outcome/pending``.
    public var outcome: Outcome {
        switch self {
        case .machineJudgementPass, .humanJudgementPass:
            .approved
        case .machineJudgementPureProvisional, .machineJudgementProvisionalPossibleSpoof:
            .provisionallyApproved
        case .machineJudgementPendingPossibleSpoof:
            .pending
        case .noFaceFound, .imageQualityTooPoor, .machineJudgementCompareFailed,
            .machineJudgementPossibleSpoof, .humanJudgementImageUnusable, .humanJudgementSpoofDetected:
            .rejected
        }
    }

    /// For 0843: the spoof decision follows the normal, strict or custom confidence thresholds.
    public var footnote: String? {
        switch self {
        case .machineJudgementPossibleSpoof: "Settings based on normal/strict/custom confidence thresholds"
        default: nil
        }
    }
}
