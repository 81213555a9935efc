public import Models

/// One of Smile ID's result-code tables.
///
/// The raw values (`general`, `biometricKYC`, …) are stable identifiers; tools print them.
/// The order of the cases is the order of the tables in Smile ID's documentation.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
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

// MARK: - Definition

extension ResultCodeTable {
    /// Everything about a table that is not in its rows, in one place: its title, the job types
    /// whose results use it (none for ``general``, which applies to all), and its code type.
    ///
    /// A new table is a case above, one line here, its code enum and its ``ResultCode`` case;
    /// the directory that resolves codes, ``tables(for:)``, ``jobTypes`` and ``codes`` are
    /// derived from them.
    private var definition: (title: String, jobTypes: [JobType], codeType: any SmileIDResultCode.Type) {
        switch self {
        case .general: ("General failures", [], GeneralFailureCode.self)
        case .biometricKYC: ("Biometric KYC", [.biometricKYC], BiometricKYCCode.self)
        case .smartSelfieAuthentication:
            ("SmartSelfie Authentication", [.smartSelfieAuthentication], SmartSelfieAuthenticationCode.self)
        case .smartSelfieRegistration:
            ("SmartSelfie Registration", [.smartSelfieRegistration], SmartSelfieRegistrationCode.self)
        case .updatePhoto: ("Update Photo", [.updatePhoto], UpdatePhotoCode.self)
        case .enhancedKYC: ("Enhanced KYC", [.enhancedKYC], EnhancedKYCCode.self)
        case .idAPIErrors: ("ID API errors", [.enhancedKYC], IDAPIErrorCode.self)
        case .compareUserInfo: ("Compare User Info", [.compareUserInfo], CompareUserInfoCode.self)
        case .compareUserInfoErrors: ("Compare User Info errors", [.compareUserInfo], CompareUserInfoErrorCode.self)
        }
    }
}

// MARK: - Description

extension ResultCodeTable: CustomStringConvertible {
    /// A readable name, such as `SmartSelfie Authentication`.
    public var title: String { definition.title }

    /// The same as ``title``.
    public var description: String { title }
}

// MARK: - Job types

extension ResultCodeTable {
    /// The job types whose results use this table; empty for ``general``, which applies to all.
    public var jobTypes: [JobType] { definition.jobTypes }

    /// Whether this table applies to results of `jobType` (``general`` applies to every job type).
    public func applies(to jobType: JobType) -> Bool {
        self == .general || jobTypes.contains(jobType)
    }

    /// The tables specific to `jobType`, in the order a code is looked up in them (the order of
    /// the cases).
    ///
    /// ``general`` is not listed: it is consulted after these for every job type. Job types
    /// without a table of their own (6, 7, 10, 11, 12 and unknown ones) have none.
    public static func tables(for jobType: JobType) -> [ResultCodeTable] {
        allCases.filter { $0 != .general && $0.jobTypes.contains(jobType) }
    }
}

// MARK: - Codes

extension ResultCodeTable {
    /// The code type of this table, such as `BiometricKYCCode.self`.
    public var codeType: any SmileIDResultCode.Type { definition.codeType }

    /// Every code of this table, in the order of Smile ID's documentation.
    public var codes: [ResultCode] { codeType.allResultCodes }
}
