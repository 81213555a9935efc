/// The kind of Smile ID job a result belongs to, as the `job_type` number of `PartnerParams`.
///
/// The same result code means different things in different job types, so a job type is the
/// context in which a code is read. Smile ID sends `job_type` as a JSON number in some responses
/// and as a numeric string (`"1"`) in others; both decode. It always encodes as a number.
///
/// A job type is its number (``rawValue``): equality and hashing are the number's, every number
/// decodes, and one this version does not know is kept and encodes back unchanged
/// (``isKnown`` is then `false`). The job types this version knows are static members, such as
/// ``biometricKYC``. Smile ID adds job types, so a `switch` over `JobType` needs `default:`.
public struct JobType: RawRepresentable, Sendable, Hashable {
    /// The `job_type` number Smile ID uses for this job type, such as `5`.
    public let rawValue: Int

    /// Creates the job type for a Smile ID `job_type` number; never fails.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }
}

// MARK: - Known job types

extension JobType {
    /// 1: Biometric KYC ("Register with ID"): an ID lookup, then a selfie compare.
    public static var biometricKYC: Self { Self(rawValue: 1) }
    /// 2: SmartSelfie Authentication of an enrolled user.
    public static var smartSelfieAuthentication: Self { Self(rawValue: 2) }
    /// 4: SmartSelfie Registration: enrol a selfie without an ID.
    public static var smartSelfieRegistration: Self { Self(rawValue: 4) }
    /// 5: Enhanced KYC (also called Basic KYC or ID validation): an ID number lookup.
    public static var enhancedKYC: Self { Self(rawValue: 5) }
    /// 6: Document Verification.
    public static var documentVerification: Self { Self(rawValue: 6) }
    /// 7: Business Verification (the mobile SDKs use 7 for BVN verification).
    public static var businessVerification: Self { Self(rawValue: 7) }
    /// 8: Update Photo of an enrolled user.
    public static var updatePhoto: Self { Self(rawValue: 8) }
    /// 9: Compare User Info (`compare_user_info`).
    public static var compareUserInfo: Self { Self(rawValue: 9) }
    /// 10: AML check.
    public static var amlCheck: Self { Self(rawValue: 10) }
    /// 11: Enhanced Document Verification.
    public static var enhancedDocumentVerification: Self { Self(rawValue: 11) }
    /// 12: Address Verification.
    public static var addressVerification: Self { Self(rawValue: 12) }
}

// MARK: - Table

extension JobType {
    /// Every job type this version knows, in `job_type` order, with Smile ID's name: the one
    /// table of job types, which ``allCases``, ``isKnown`` and ``description`` read.
    ///
    /// A new job type is a static member above and a row here; a test checks that every static
    /// member has a row and every row a static member.
    package static let table: [(jobType: JobType, name: String)] = [
        (.biometricKYC, "Biometric KYC"),
        (.smartSelfieAuthentication, "SmartSelfie Authentication"),
        (.smartSelfieRegistration, "SmartSelfie Registration"),
        (.enhancedKYC, "Enhanced KYC"),
        (.documentVerification, "Document Verification"),
        (.businessVerification, "Business Verification"),
        (.updatePhoto, "Update Photo"),
        (.compareUserInfo, "Compare User Info"),
        (.amlCheck, "AML Check"),
        (.enhancedDocumentVerification, "Enhanced Document Verification"),
        (.addressVerification, "Address Verification"),
    ]

    /// Smile ID's name of a known job type, such as `Enhanced KYC`; `nil` for an unknown one.
    package var name: String? {
        for row in Self.table where row.jobType.rawValue == rawValue {
            return row.name
        }
        return nil
    }
}

extension JobType: CaseIterable {
    /// Every job type this version knows, in `job_type` order; numbers it does not know are not
    /// listed.
    public static let allCases: [JobType] = table.map(\.jobType)
}

extension JobType {
    /// Whether this is a job type this version knows (one of the static members, such as
    /// ``biometricKYC``): `false` for any other number.
    public var isKnown: Bool { name != nil }
}

extension JobType: CustomStringConvertible {
    /// A readable name with the number, such as `Enhanced KYC (5)` or `Unknown job type (42)`.
    public var description: String {
        "\(name ?? "Unknown job type") (\(rawValue))"
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
