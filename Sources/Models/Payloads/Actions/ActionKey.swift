/// A key of a job result's `Actions` object, such as `Liveness_Check` or `Name`.
///
/// Smile ID adds keys over time; a key this version does not know decodes into
/// ``unknown(_:)``, which keeps the text and encodes it back unchanged.
///
/// The declaration order is the order in which ``Actions`` encodes its entries: the keys of a
/// `compare_user_info` response first, in the order of that response, then the others.
///
/// A key is its text: `ActionKey.unknown("Name") == .name` (see ``==(_:_:)``). Smile ID adds
/// keys, so a `switch` over `ActionKey` outside this package needs `@unknown default:`.
#if hasAttribute(nonexhaustive)
@nonexhaustive
#endif
public enum ActionKey: Sendable, Hashable {
    /// `Return_Personal_Info`: whether the ID authority's personal information was returned.
    case returnPersonalInfo
    /// `Verify_ID_Number`: the result of looking the ID number up at the ID authority.
    case verifyIDNumber
    /// `Name`: the name comparison of `compare_user_info`.
    case name
    /// `DOB`: the date-of-birth comparison of `compare_user_info`.
    case dob
    /// `Gender`: the gender comparison of `compare_user_info`.
    case gender
    /// `PhoneNumber`: the phone-number comparison of `compare_user_info`.
    case phoneNumber
    /// `Address`: the address comparison of `compare_user_info`.
    case address
    /// `ExpirationDate`: the expiration-date comparison of `compare_user_info`.
    case expirationDate
    /// `ID_Verification`: the overall result of `compare_user_info` (equal to its `ResultText`).
    case idVerification
    /// `Document_Check`.
    case documentCheck
    /// `Human_Review_Compare`.
    case humanReviewCompare
    /// `Human_Review_Document_Check`.
    case humanReviewDocumentCheck
    /// `Human_Review_Liveness_Check`.
    case humanReviewLivenessCheck
    /// `Human_Review_Selfie_Check`.
    case humanReviewSelfieCheck
    /// `Human_Review_Update_Selfie`.
    case humanReviewUpdateSelfie
    /// `Liveness_Check`.
    case livenessCheck
    /// `Selfie_Check`.
    case selfieCheck
    /// `Register_Selfie`.
    case registerSelfie
    /// `Selfie_Provided`.
    case selfieProvided
    /// `Selfie_To_ID_Authority_Compare`.
    case selfieToIDAuthorityCompare
    /// `Selfie_To_ID_Card_Compare`.
    case selfieToIDCardCompare
    /// `Selfie_To_Registered_Selfie_Compare`.
    case selfieToRegisteredSelfieCompare
    /// `Update_Registered_Selfie_On_File`.
    case updateRegisteredSelfieOnFile
    /// `Verify_Document`.
    case verifyDocument
    /// A key this version does not know, with the text Smile ID sent.
    case unknown(String)
}

extension ActionKey: RawRepresentable, CaseIterable {
    /// Every key this version knows, in encoding order.
    public static let allCases: [ActionKey] = [
        .returnPersonalInfo, .verifyIDNumber, .name, .dob, .gender, .phoneNumber, .address,
        .expirationDate, .idVerification, .documentCheck, .humanReviewCompare,
        .humanReviewDocumentCheck, .humanReviewLivenessCheck, .humanReviewSelfieCheck,
        .humanReviewUpdateSelfie, .livenessCheck, .selfieCheck, .registerSelfie, .selfieProvided,
        .selfieToIDAuthorityCompare, .selfieToIDCardCompare, .selfieToRegisteredSelfieCompare,
        .updateRegisteredSelfieOnFile, .verifyDocument,
    ]

    private static let byRawValue: [String: ActionKey] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// Creates the key for a text Smile ID sent; never fails.
    ///
    /// The match is exact; other text becomes ``unknown(_:)``.
    public init(rawValue: String) {
        self = Self.byRawValue[rawValue] ?? .unknown(rawValue)
    }

    /// The text Smile ID uses for this key.
    public var rawValue: String {
        switch self {
        case .returnPersonalInfo: "Return_Personal_Info"
        case .verifyIDNumber: "Verify_ID_Number"
        case .name: "Name"
        case .dob: "DOB"
        case .gender: "Gender"
        case .phoneNumber: "PhoneNumber"
        case .address: "Address"
        case .expirationDate: "ExpirationDate"
        case .idVerification: "ID_Verification"
        case .documentCheck: "Document_Check"
        case .humanReviewCompare: "Human_Review_Compare"
        case .humanReviewDocumentCheck: "Human_Review_Document_Check"
        case .humanReviewLivenessCheck: "Human_Review_Liveness_Check"
        case .humanReviewSelfieCheck: "Human_Review_Selfie_Check"
        case .humanReviewUpdateSelfie: "Human_Review_Update_Selfie"
        case .livenessCheck: "Liveness_Check"
        case .selfieCheck: "Selfie_Check"
        case .registerSelfie: "Register_Selfie"
        case .selfieProvided: "Selfie_Provided"
        case .selfieToIDAuthorityCompare: "Selfie_To_ID_Authority_Compare"
        case .selfieToIDCardCompare: "Selfie_To_ID_Card_Compare"
        case .selfieToRegisteredSelfieCompare: "Selfie_To_Registered_Selfie_Compare"
        case .updateRegisteredSelfieOnFile: "Update_Registered_Selfie_On_File"
        case .verifyDocument: "Verify_Document"
        case .unknown(let text): text
        }
    }
}

extension ActionKey {
    /// Whether this is a key this version knows: `false` for ``unknown(_:)`` holding text that
    /// no known key has.
    public var isKnown: Bool {
        if case .unknown(let text) = self { return Self.byRawValue[text] != nil }
        return true
    }

    /// Where the key sorts when ``Actions`` encodes: known keys in declaration order, then
    /// unknown keys by their text.
    var encodingRank: Int {
        Self.allCases.firstIndex(of: self) ?? Self.allCases.count
    }
}

// MARK: - Equality

extension ActionKey {
    /// Whether two keys are the same `Actions` key: they are when their texts (``rawValue``) are
    /// equal.
    ///
    /// So ``unknown(_:)`` holding a known key's text is that key: `.unknown("Name") == .name`,
    /// and the two hash alike, so they find the same entry of a dictionary or set.
    /// ``init(rawValue:)`` never returns such a value, and is the way to build a key from text:
    /// a `switch` matches cases as they are written, and `.unknown("Name")` does not match
    /// `case .name`.
    public static func == (lhs: ActionKey, rhs: ActionKey) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    /// Hashes the key's text, as ``==(_:_:)`` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }
}

extension ActionKey: CustomStringConvertible {
    /// The text Smile ID uses, such as `Liveness_Check`.
    public var description: String { rawValue }
}
