/// The kind of Smile ID job a result belongs to, as the `job_type` number of `PartnerParams`.
///
/// The same result code means different things in different job types, so a job type is the
/// context in which a code is read. Smile ID sends `job_type` as a JSON number in some responses
/// and as a numeric string (`"1"`) in others; both decode. It always encodes as a number.
///
/// Job types that this version does not know decode into ``unknown(_:)``, which keeps the number
/// and encodes it back unchanged.
///
/// A job type is its number: `JobType.unknown(1) == .biometricKYC` (see ``==(_:_:)``). Smile ID
/// adds job types, so a `switch` over `JobType` outside this package needs `@unknown default:`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum JobType: Sendable, Hashable {
    /// 1: Biometric KYC ("Register with ID"): an ID lookup, then a selfie compare.
    case biometricKYC
    /// 2: SmartSelfie Authentication of an enrolled user.
    case smartSelfieAuthentication
    /// 4: SmartSelfie Registration: enrol a selfie without an ID.
    case smartSelfieRegistration
    /// 5: Enhanced KYC (also called Basic KYC or ID validation): an ID number lookup.
    case enhancedKYC
    /// 6: Document Verification.
    case documentVerification
    /// 7: Business Verification (the mobile SDKs use 7 for BVN verification).
    case businessVerification
    /// 8: Update Photo of an enrolled user.
    case updatePhoto
    /// 9: Compare User Info (`compare_user_info`).
    case compareUserInfo
    /// 10: AML check.
    case amlCheck
    /// 11: Enhanced Document Verification.
    case enhancedDocumentVerification
    /// 12: Address Verification.
    case addressVerification
    /// A job type this version does not know, with the number Smile ID sent.
    case unknown(Int)
}

extension JobType: RawRepresentable {
    /// Creates the job type for a Smile ID `job_type` number; never fails.
    ///
    /// Numbers this version does not know become ``unknown(_:)``.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .biometricKYC
        case 2: self = .smartSelfieAuthentication
        case 4: self = .smartSelfieRegistration
        case 5: self = .enhancedKYC
        case 6: self = .documentVerification
        case 7: self = .businessVerification
        case 8: self = .updatePhoto
        case 9: self = .compareUserInfo
        case 10: self = .amlCheck
        case 11: self = .enhancedDocumentVerification
        case 12: self = .addressVerification
        default: self = .unknown(rawValue)
        }
    }

    /// The `job_type` number Smile ID uses for this job type.
    public var rawValue: Int {
        switch self {
        case .biometricKYC: 1
        case .smartSelfieAuthentication: 2
        case .smartSelfieRegistration: 4
        case .enhancedKYC: 5
        case .documentVerification: 6
        case .businessVerification: 7
        case .updatePhoto: 8
        case .compareUserInfo: 9
        case .amlCheck: 10
        case .enhancedDocumentVerification: 11
        case .addressVerification: 12
        case .unknown(let number): number
        }
    }
}

extension JobType: CaseIterable {
    /// Every job type this version knows, in `job_type` order (``unknown(_:)`` is not listed).
    public static let allCases: [JobType] = [
        .biometricKYC, .smartSelfieAuthentication, .smartSelfieRegistration, .enhancedKYC,
        .documentVerification, .businessVerification, .updatePhoto, .compareUserInfo,
        .amlCheck, .enhancedDocumentVerification, .addressVerification,
    ]
}

extension JobType {
    /// Whether this is a job type this version knows: `false` for ``unknown(_:)`` holding a
    /// number that no known job type has.
    public var isKnown: Bool {
        guard case .unknown(let number) = self else { return true }
        if case .unknown = JobType(rawValue: number) { return false }
        return true
    }
}

// MARK: - Equality

extension JobType {
    /// Whether two job types are the same: they are when their `job_type` numbers
    /// (``rawValue``) are equal.
    ///
    /// So ``unknown(_:)`` holding a known job type's number is that job type:
    /// `.unknown(1) == .biometricKYC`, and the two hash alike. ``init(rawValue:)`` never returns
    /// such a value, and is the way to build a job type from a number: a `switch` matches cases
    /// as they are written, and `.unknown(1)` does not match `case .biometricKYC`.
    public static func == (lhs: JobType, rhs: JobType) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    /// Hashes the job type's number, as ``==(_:_:)`` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }
}

extension JobType: CustomStringConvertible {
    /// A readable name with the number, such as `Enhanced KYC (5)` or `Unknown job type (42)`.
    public var description: String {
        "\(name ?? "Unknown job type") (\(rawValue))"
    }

    /// Smile ID's name of a known job type, such as `Enhanced KYC`; `nil` for an unknown one.
    package var name: String? {
        switch self {
        case .biometricKYC: "Biometric KYC"
        case .smartSelfieAuthentication: "SmartSelfie Authentication"
        case .smartSelfieRegistration: "SmartSelfie Registration"
        case .enhancedKYC: "Enhanced KYC"
        case .documentVerification: "Document Verification"
        case .businessVerification: "Business Verification"
        case .updatePhoto: "Update Photo"
        case .compareUserInfo: "Compare User Info"
        case .amlCheck: "AML Check"
        case .enhancedDocumentVerification: "Enhanced Document Verification"
        case .addressVerification: "Address Verification"
        case .unknown(let number): JobType(rawValue: number).isKnown ? JobType(rawValue: number).name : nil
        }
    }
}

extension JobType: Codable {
    /// Decodes a job type from a JSON number or a numeric string such as `"1"`.
    ///
    /// - Throws: `DecodingError.typeMismatch` for any other JSON type, and
    ///   `DecodingError.dataCorrupted` for a string that is not a whole number or a number that
    ///   does not fit in `Int`; both carry the coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decodeLenientInt(named: "job_type"))
    }

    /// Encodes the job type as a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
