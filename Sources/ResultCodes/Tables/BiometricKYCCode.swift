/// Biometric KYC ("Register with ID", job type 1) result codes.
///
/// A job can produce up to three codes: the ID number lookup (10xx, the same lookup as
/// Enhanced KYC), the machine comparison of the selfie (08xx), and a human review (12xx) when
/// the machine result was inconclusive.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
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

// MARK: - Rows

extension BiometricKYCCode {
    /// Always ``ResultCodeTable/biometricKYC``.
    public static var table: ResultCodeTable { .biometricKYC }

    /// The code as a ``ResultCode``: ``ResultCode/biometricKYC(_:)``.
    public var resultCode: ResultCode { .biometricKYC(self) }

    /// The table's row for this code: message, outcome, stage, next step, footnote.
    public var row: CodeTableRow {
        switch self {
        case .noFaceFound:
            CodeTableRow("No Face Found", .rejected, .imageCheck, .retakeImages)
        case .imageQualityTooPoor:
            CodeTableRow("Image Quality Judged Too Poor", .rejected, .imageCheck, .retakeImages)
        case .machineJudgementPass:
            CodeTableRow("Machine Judgement - PASS", .approved, .machineJudgement, .nothing)
        case .machineJudgementCompareRejected:
            CodeTableRow("Machine Judgement - FAIL - Compare Rejected", .rejected, .machineJudgement, .nothing)
        case .machineJudgementPureProvisional:
            CodeTableRow(
                "Machine Judgement - Pure Provisional", .provisionallyApproved, .machineJudgement, .awaitResult)
        case .machineJudgementPossibleSpoof:
            CodeTableRow(
                "Machine Judgement - FAIL, Possible Spoof - Settings Based on Normal/Strict/Custom",
                .rejected, .machineJudgement, .nothing)
        case .machineJudgementProvisionalPossibleSpoof:
            CodeTableRow(
                "Machine Judgement - Provisional - Possible Spoof",
                .provisionallyApproved, .machineJudgement, .awaitResult)
        case .machineJudgementCompareUnsure:
            CodeTableRow(
                "Machine Judgement - Provisional - Compare Unsure",
                .provisionallyApproved, .machineJudgement, .awaitResult)
        case .humanJudgementPass:
            CodeTableRow(
                "Human Judgement - PASS - Settings Based on Normal/Strict/Custom", .approved, .humanJudgement, .nothing)
        case .humanJudgementCompareFailed:
            CodeTableRow("Human Judgement - FAIL - Human Compare Failed", .rejected, .humanJudgement, .nothing)
        case .humanJudgementSpoofDetected:
            CodeTableRow("Human Judgement - Spoof Detected", .rejected, .humanJudgement, .nothing)
        case .humanJudgementLivenessUnsure:
            CodeTableRow(
                "Human Judgement - Provisional - Liveliness Unsure",
                .provisionallyApproved, .humanJudgement, .partnerReview)
        case .idVerificationSuccess:
            CodeTableRow("ID Verification Success", .provisionallyApproved, .idLookup, .awaitResult)
        case .invalidID:
            CodeTableRow("Invalid ID", .rejected, .idLookup, .nothing)
        case .unsupportedIDNumberFormat:
            CodeTableRow("Unsupported ID number format", .rejected, .idLookup, .nothing)
        case .queriedDatabaseUnavailable:
            CodeTableRow("Error - Queried Database Unavailable", .processingContinues, .idLookup, .awaitResult)
        case .issuerNotAvailable:
            CodeTableRow("Error - Issuer not available", .error, .idLookup, .retryLater)
        case .productActivationRequired:
            CodeTableRow("Error - Need to Activate Product", .error, .requestError, .fixRequest)
        case .userAlreadyEnrolled:
            CodeTableRow(
                "Error - Wrong job type. This user is already enrolled with", .error, .enrolment, .checkEnrollment)
        }
    }
}
