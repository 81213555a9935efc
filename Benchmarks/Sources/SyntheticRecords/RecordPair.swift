import Models

/// Two records of the same synthetic person, as `compare_user_info` receives them.
public struct RecordPair: Sendable, Hashable {
    /// The ISO 3166-1 alpha-2 country of issuance.
    public var country: String
    /// The record the ID authority returned.
    public var idAuthority: UserInfo
    /// The record read from the document: the same person, with controlled mutations.
    public var document: UserInfo

    /// Creates a pair.
    public init(country: String, idAuthority: UserInfo, document: UserInfo) {
        self.country = country
        self.idAuthority = idAuthority
        self.document = document
    }
}
