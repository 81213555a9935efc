/// A key of a job result's `Actions` object, such as `Liveness_Check` or `Name`.
///
/// A key is its text (``rawValue``): equality and hashing are the text's, every text decodes,
/// and a key this version does not know is kept and encodes back unchanged (``isKnown`` is then
/// `false`). The keys this version knows are static members, such as ``livenessCheck``. Smile ID
/// adds keys, so a `switch` over `ActionKey` needs `default:`.
///
/// ``allCases`` lists the known keys in the order in which ``Actions`` encodes its entries: the
/// keys of a `compare_user_info` response first, in the order of that response, then the others.
public struct ActionKey: RawRepresentable, Sendable, Hashable {
    /// The text Smile ID uses for this key, such as `Liveness_Check`.
    public let rawValue: String

    /// Creates the key for a text Smile ID sent; never fails.
    ///
    /// The text is kept exactly; it is a known key only when it is that key's text exactly
    /// (Smile ID's spelling and case).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

// MARK: - Known keys

extension ActionKey {
    /// `Return_Personal_Info`: whether the ID authority's personal information was returned.
    public static var returnPersonalInfo: Self { Self(rawValue: "Return_Personal_Info") }
    /// `Verify_ID_Number`: the result of looking the ID number up at the ID authority.
    public static var verifyIDNumber: Self { Self(rawValue: "Verify_ID_Number") }
    /// `Name`: the name comparison of `compare_user_info`.
    public static var name: Self { Self(rawValue: "Name") }
    /// `DOB`: the date-of-birth comparison of `compare_user_info`.
    public static var dob: Self { Self(rawValue: "DOB") }
    /// `Gender`: the gender comparison of `compare_user_info`.
    public static var gender: Self { Self(rawValue: "Gender") }
    /// `PhoneNumber`: the phone-number comparison of `compare_user_info`.
    public static var phoneNumber: Self { Self(rawValue: "PhoneNumber") }
    /// `Address`: the address comparison of `compare_user_info`.
    public static var address: Self { Self(rawValue: "Address") }
    /// `ExpirationDate`: the expiration-date comparison of `compare_user_info`.
    public static var expirationDate: Self { Self(rawValue: "ExpirationDate") }
    /// `ID_Verification`: the overall result of `compare_user_info` (equal to its `ResultText`).
    public static var idVerification: Self { Self(rawValue: "ID_Verification") }
    /// `Document_Check`.
    public static var documentCheck: Self { Self(rawValue: "Document_Check") }
    /// `Human_Review_Compare`.
    public static var humanReviewCompare: Self { Self(rawValue: "Human_Review_Compare") }
    /// `Human_Review_Document_Check`.
    public static var humanReviewDocumentCheck: Self { Self(rawValue: "Human_Review_Document_Check") }
    /// `Human_Review_Liveness_Check`.
    public static var humanReviewLivenessCheck: Self { Self(rawValue: "Human_Review_Liveness_Check") }
    /// `Human_Review_Selfie_Check`.
    public static var humanReviewSelfieCheck: Self { Self(rawValue: "Human_Review_Selfie_Check") }
    /// `Human_Review_Update_Selfie`.
    public static var humanReviewUpdateSelfie: Self { Self(rawValue: "Human_Review_Update_Selfie") }
    /// `Liveness_Check`.
    public static var livenessCheck: Self { Self(rawValue: "Liveness_Check") }
    /// `Selfie_Check`.
    public static var selfieCheck: Self { Self(rawValue: "Selfie_Check") }
    /// `Register_Selfie`.
    public static var registerSelfie: Self { Self(rawValue: "Register_Selfie") }
    /// `Selfie_Provided`.
    public static var selfieProvided: Self { Self(rawValue: "Selfie_Provided") }
    /// `Selfie_To_ID_Authority_Compare`.
    public static var selfieToIDAuthorityCompare: Self { Self(rawValue: "Selfie_To_ID_Authority_Compare") }
    /// `Selfie_To_ID_Card_Compare`.
    public static var selfieToIDCardCompare: Self { Self(rawValue: "Selfie_To_ID_Card_Compare") }
    /// `Selfie_To_Registered_Selfie_Compare`.
    public static var selfieToRegisteredSelfieCompare: Self { Self(rawValue: "Selfie_To_Registered_Selfie_Compare") }
    /// `Update_Registered_Selfie_On_File`.
    public static var updateRegisteredSelfieOnFile: Self { Self(rawValue: "Update_Registered_Selfie_On_File") }
    /// `Verify_Document`.
    public static var verifyDocument: Self { Self(rawValue: "Verify_Document") }
}

// MARK: - Table

extension ActionKey: CaseIterable {
    /// Every key this version knows, in encoding order: the one table of keys, which
    /// ``isKnown`` and the order of ``Actions`` read.
    ///
    /// A new key is a static member above and an entry here; a test checks that every static
    /// member has an entry and every entry a static member.
    public static let allCases: [ActionKey] = [
        .returnPersonalInfo, .verifyIDNumber, .name, .dob, .gender, .phoneNumber, .address,
        .expirationDate, .idVerification, .documentCheck, .humanReviewCompare,
        .humanReviewDocumentCheck, .humanReviewLivenessCheck, .humanReviewSelfieCheck,
        .humanReviewUpdateSelfie, .livenessCheck, .selfieCheck, .registerSelfie, .selfieProvided,
        .selfieToIDAuthorityCompare, .selfieToIDCardCompare, .selfieToRegisteredSelfieCompare,
        .updateRegisteredSelfieOnFile, .verifyDocument,
    ]
}

extension ActionKey {
    /// Whether this is a key this version knows (one of the static members, such as
    /// ``livenessCheck``): `false` for any other text.
    public var isKnown: Bool { encodingRank < Self.allCases.count }

    /// Where the key sorts when ``Actions`` encodes: its position in ``allCases``, or
    /// `allCases.count` for an unknown key (unknown keys then sort by their text).
    var encodingRank: Int {
        Self.allCases.firstIndex(of: self) ?? Self.allCases.count
    }
}

extension ActionKey: CustomStringConvertible {
    /// The text Smile ID uses, such as `Liveness_Check`.
    public var description: String { rawValue }
}
