import Models

/// One of Smile ID's result-code tables.
///
/// The raw values (`general`, `biometricKYC`, …) are stable identifiers; tools print them.
/// The order of the cases is the order of the tables in Smile ID's documentation.
public enum ResultCodeTable: String, Sendable, Hashable, CaseIterable, Codable {
    /// General failures: apply to every job type (``GeneralFailureCode``).
    case general
    /// Biometric KYC, job type 1 (``BiometricKYCCode``).
    case biometricKYC
    /// SmartSelfie Authentication, job type 2 (``SmartSelfieAuthenticationCode``).
    case smartSelfieAuthentication
    /// SmartSelfie Registration, job type 4 (``SmartSelfieRegistrationCode``).
    case smartSelfieRegistration
    /// Update Photo, job type 8 (``UpdatePhotoCode``).
    case updatePhoto
    /// Enhanced KYC (ID validation), job type 5 (``EnhancedKYCCode``).
    case enhancedKYC
    /// Errors of the synchronous ID API request behind Enhanced KYC, job type 5 (``IDAPIErrorCode``).
    case idAPIErrors
    /// The result codes of `compare_user_info`, job type 9 (``CompareUserInfoCode``).
    case compareUserInfo
    /// The errors of `compare_user_info`, job type 9 (``CompareUserInfoErrorCode``).
    case compareUserInfoErrors
}

// MARK: - Description

extension ResultCodeTable: CustomStringConvertible {
    /// A readable name, such as `SmartSelfie Authentication`.
    public var title: String {
        switch self {
        case .general: "General failures"
        case .biometricKYC: "Biometric KYC"
        case .smartSelfieAuthentication: "SmartSelfie Authentication"
        case .smartSelfieRegistration: "SmartSelfie Registration"
        case .updatePhoto: "Update Photo"
        case .enhancedKYC: "Enhanced KYC"
        case .idAPIErrors: "ID API errors"
        case .compareUserInfo: "Compare User Info"
        case .compareUserInfoErrors: "Compare User Info errors"
        }
    }

    /// The same as ``title``.
    public var description: String { title }
}

// MARK: - Job types

extension ResultCodeTable {
    /// The job types whose results use this table; empty for ``general``, which applies to all.
    public var jobTypes: [JobType] {
        switch self {
        case .general: []
        case .biometricKYC: [.biometricKYC]
        case .smartSelfieAuthentication: [.smartSelfieAuthentication]
        case .smartSelfieRegistration: [.smartSelfieRegistration]
        case .updatePhoto: [.updatePhoto]
        case .enhancedKYC, .idAPIErrors: [.enhancedKYC]
        case .compareUserInfo, .compareUserInfoErrors: [.compareUserInfo]
        }
    }

    /// Whether this table applies to results of `jobType` (``general`` applies to every job type).
    public func applies(to jobType: JobType) -> Bool {
        self == .general || jobTypes.contains(jobType)
    }

    /// The tables specific to `jobType`, in the order a code is looked up in them.
    ///
    /// ``general`` is not listed: it is consulted after these for every job type. Job types
    /// without a table of their own (6, 7, 10, 11, 12 and unknown ones) have none.
    public static func tables(for jobType: JobType) -> [ResultCodeTable] {
        switch jobType {
        case .biometricKYC: [.biometricKYC]
        case .smartSelfieAuthentication: [.smartSelfieAuthentication]
        case .smartSelfieRegistration: [.smartSelfieRegistration]
        case .updatePhoto: [.updatePhoto]
        case .enhancedKYC: [.enhancedKYC, .idAPIErrors]
        case .compareUserInfo: [.compareUserInfo, .compareUserInfoErrors]
        case .documentVerification, .businessVerification, .amlCheck,
            .enhancedDocumentVerification, .addressVerification, .unknown:
            []
        }
    }
}

// MARK: - Codes

extension ResultCodeTable {
    /// The code type of this table, such as `BiometricKYCCode.self`.
    public var codeType: any SmileIDResultCode.Type {
        switch self {
        case .general: GeneralFailureCode.self
        case .biometricKYC: BiometricKYCCode.self
        case .smartSelfieAuthentication: SmartSelfieAuthenticationCode.self
        case .smartSelfieRegistration: SmartSelfieRegistrationCode.self
        case .updatePhoto: UpdatePhotoCode.self
        case .enhancedKYC: EnhancedKYCCode.self
        case .idAPIErrors: IDAPIErrorCode.self
        case .compareUserInfo: CompareUserInfoCode.self
        case .compareUserInfoErrors: CompareUserInfoErrorCode.self
        }
    }

    /// Every code of this table, in the order of Smile ID's documentation.
    public var codes: [ResultCode] {
        switch self {
        case .general: GeneralFailureCode.allCases.map(ResultCode.general)
        case .biometricKYC: BiometricKYCCode.allCases.map(ResultCode.biometricKYC)
        case .smartSelfieAuthentication:
            SmartSelfieAuthenticationCode.allCases.map(ResultCode.smartSelfieAuthentication)
        case .smartSelfieRegistration:
            SmartSelfieRegistrationCode.allCases.map(ResultCode.smartSelfieRegistration)
        case .updatePhoto: UpdatePhotoCode.allCases.map(ResultCode.updatePhoto)
        case .enhancedKYC: EnhancedKYCCode.allCases.map(ResultCode.enhancedKYC)
        case .idAPIErrors: IDAPIErrorCode.allCases.map(ResultCode.idAPIError)
        case .compareUserInfo: CompareUserInfoCode.allCases.map(ResultCode.compareUserInfo)
        case .compareUserInfoErrors:
            CompareUserInfoErrorCode.allCases.map(ResultCode.compareUserInfoError)
        }
    }
}
