public import Models

/// One comparison to run: the country and the two records, with optional options.
///
/// The JSON form, one object per line in the `smileid compare` tool's input:
///
/// ```json
/// {"country": "NG", "id_authority": {"first_name": "Adaeze", …}, "document": {…},
///  "options": {"folds_diacritics": true}}
/// ```
///
/// `id_authority` and `document` are required; `country` and `options` may be absent. Other
/// keys (such as a fixture's `description` and `expected`) are ignored, unless the decoder's
/// `userInfo` sets `CodingUserInfoKey.rejectsUnknownKeys` (`smileid compare` does by
/// default): then a misspelt key is refused with a hint.
public struct CompareCase: Sendable, Hashable, Codable {
    /// The ISO 3166-1 alpha-2 country of issuance, for the phone rule.
    public var country: String?
    /// The record the ID authority returned.
    public var idAuthority: UserInfo
    /// The record read from the user's document.
    public var document: UserInfo
    /// The options for this case, or `nil` to use the processor's defaults.
    public var options: CompareOptions?

    /// Creates a case.
    public init(country: String?, idAuthority: UserInfo, document: UserInfo, options: CompareOptions? = nil) {
        self.country = country
        self.idAuthority = idAuthority
        self.document = document
        self.options = options
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case country
        case idAuthority = "id_authority"
        case document
        case options
    }
}

extension CompareCase {
    /// Keys a case may carry besides its own, as the fixtures do: `description`, `expected` and `expected_error`.
    public static let annotationKeys = ["description", "expected", "expected_error"]

    /// Decodes a case. Unknown keys are ignored, or refused (except ``annotationKeys``) when the
    /// decoder's `userInfo` sets `CodingUserInfoKey.rejectsUnknownKeys`, as are unknown keys of
    /// the records and the options.
    public init(from decoder: any Decoder) throws {
        try UnknownKeys.check(
            decoder, typeName: "CompareCase", known: CodingKeys.allCases.map(\.rawValue) + Self.annotationKeys)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        idAuthority = try container.decode(UserInfo.self, forKey: .idAuthority)
        document = try container.decode(UserInfo.self, forKey: .document)
        options = try container.decodeIfPresent(CompareOptions.self, forKey: .options)
    }
}
