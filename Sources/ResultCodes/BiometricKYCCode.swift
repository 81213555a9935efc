/// Biometric KYC ("Register with ID", job type 1) result codes.
///
/// A job can produce up to three codes: the ID number lookup (10xx, the same lookup as
/// Enhanced KYC), the machine comparison of the selfie (08xx), and a human review (12xx) when
/// the machine result was inconclusive.
public enum BiometricKYCCode: String, SmileIDResultCode, Codable {
    /// 0911: no face was found in the selfie.
    case noFaceFound = "0911"
    /// 0912: the image quality was judged too poor.
    case imageQualityTooPoor = "0912"
    /// 0810: the machine comparison passed.
    case machineJudgementPass = "0810"
    /// 0811: the machine comparison rejected the selfie.
    case machineJudgementCompareRejected = "0811"
    /// 0812: the image comparison was provisionally approved but the ID lookup failed or
    /// returned no data (a "pure provisional" result).
    case machineJudgementPureProvisional = "0812"
    /// 0813: the machine judged the selfie a possible spoof and failed it.
    case machineJudgementPossibleSpoof = "0813"
    /// 0814: the machine judged the selfie a possible spoof; provisionally approved.
    case machineJudgementProvisionalPossibleSpoof = "0814"
    /// 0815: the machine was unsure of the comparison; provisionally approved.
    case machineJudgementCompareUnsure = "0815"
    /// 1210: the human review passed.
    case humanJudgementPass = "1210"
    /// 1211: the human review failed the comparison.
    case humanJudgementCompareFailed = "1211"
    /// 1212: the human review detected a spoof.
    case humanJudgementSpoofDetected = "1212"
    /// 1213: the human review was unsure of liveness; provisionally approved.
    case humanJudgementLivenessUnsure = "1213"
    /// 1012: the ID was verified; provisionally approved (in Enhanced KYC, 1012 is approved).
    case idVerificationSuccess = "1012"
    /// 1013: the ID is invalid (not found).
    case invalidID = "1013"
    /// 1014: the ID number format is not supported; rejected (in Enhanced KYC, an error).
    case unsupportedIDNumberFormat = "1014"
    /// 1015: the ID authority was unavailable; processing continues with the ID card image.
    case queriedDatabaseUnavailable = "1015"
    /// 0908: the ID issuer was not available.
    case issuerNotAvailable = "0908"
    /// 1016: the product must be activated.
    case productActivationRequired = "1016"
    /// 2209: wrong job type: the user is already enrolled.
    case userAlreadyEnrolled = "2209"
}

extension BiometricKYCCode {
    /// Always ``ResultCodeTable/biometricKYC``.
    public static var table: ResultCodeTable { .biometricKYC }

    /// Smile ID's description of the code, verbatim.
    public var message: String {
        switch self {
        case .noFaceFound: "No Face Found"
        case .imageQualityTooPoor: "Image Quality Judged Too Poor"
        case .machineJudgementPass: "Machine Judgement - PASS"
        case .machineJudgementCompareRejected: "Machine Judgement - FAIL - Compare Rejected"
        case .machineJudgementPureProvisional: "Machine Judgement - Pure Provisional"
        case .machineJudgementPossibleSpoof:
            "Machine Judgement - FAIL, Possible Spoof - Settings Based on Normal/Strict/Custom"
        case .machineJudgementProvisionalPossibleSpoof: "Machine Judgement - Provisional - Possible Spoof"
        case .machineJudgementCompareUnsure: "Machine Judgement - Provisional - Compare Unsure"
        case .humanJudgementPass: "Human Judgement - PASS - Settings Based on Normal/Strict/Custom"
        case .humanJudgementCompareFailed: "Human Judgement - FAIL - Human Compare Failed"
        case .humanJudgementSpoofDetected: "Human Judgement - Spoof Detected"
        case .humanJudgementLivenessUnsure: "Human Judgement - Provisional - Liveliness Unsure"
        case .idVerificationSuccess: "ID Verification Success"
        case .invalidID: "Invalid ID"
        case .unsupportedIDNumberFormat: "Unsupported ID number format"
        case .queriedDatabaseUnavailable: "Error - Queried Database Unavailable"
        case .issuerNotAvailable: "Error - Issuer not available"
        case .productActivationRequired: "Error - Need to Activate Product"
        case .userAlreadyEnrolled: "Error - Wrong job type. This user is already enrolled with"
        }
    }

    /// The table's "Result" column; 1015 is ``Outcome/processingContinues``.
    public var outcome: Outcome {
        switch self {
        case .machineJudgementPass, .humanJudgementPass:
            .approved
        case .machineJudgementPureProvisional, .machineJudgementProvisionalPossibleSpoof,
            .machineJudgementCompareUnsure, .humanJudgementLivenessUnsure, .idVerificationSuccess:
            .provisionallyApproved
        case .noFaceFound, .imageQualityTooPoor, .machineJudgementCompareRejected,
            .machineJudgementPossibleSpoof, .humanJudgementCompareFailed, .humanJudgementSpoofDetected,
            .invalidID, .unsupportedIDNumberFormat:
            .rejected
        case .queriedDatabaseUnavailable:
            .processingContinues
        case .issuerNotAvailable, .productActivationRequired, .userAlreadyEnrolled:
            .error
        }
    }
}
