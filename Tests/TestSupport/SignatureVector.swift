public import Testing

/// One signature made by Python from `Fixtures/signing/signature-vectors.json`, for the tests of
/// `SignatureKey` (ModelsTests) and of `smileid sign` (smileidTests).
public struct SignatureVector: Decodable, Sendable, CustomTestStringConvertible {
    /// The vector's name.
    public let name: String
    /// The partner ID signed.
    public let partnerID: String
    /// The (synthetic) API key.
    public let apiKey: String
    /// The API key's length in UTF-8 bytes.
    public let apiKeyUTF8Bytes: Int
    /// The timestamp signed, as sent.
    public let timestamp: String
    /// The signature Python computed.
    public let signature: String

    enum CodingKeys: String, CodingKey {
        case name
        case partnerID = "partner_id"
        case apiKey = "api_key"
        case apiKeyUTF8Bytes = "api_key_utf8_bytes"
        case timestamp
        case signature
    }

    /// The name, as Swift Testing shows the case.
    public var testDescription: String { name }

    /// Every vector of the fixture, in its order.
    public static func all() throws -> [SignatureVector] {
        struct Document: Decodable { let vectors: [SignatureVector] }
        return try Fixtures.decode(Document.self, from: "signing/signature-vectors.json").vectors
    }
}
