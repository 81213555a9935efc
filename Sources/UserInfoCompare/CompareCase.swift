import Models

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
/// keys (such as a fixture's `description` and `expected`) are ignored.
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
