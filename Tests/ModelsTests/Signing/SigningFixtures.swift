import TestSupport
import Testing

// MARK: - Fixture shapes shared by the signing tests

/// One signature made by Python from `Fixtures/signing/signature-vectors.json`.
struct SignatureVector: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let partnerID: String
    let apiKey: String
    let apiKeyUTF8Bytes: Int
    let timestamp: String
    let signature: String

    enum CodingKeys: String, CodingKey {
        case name
        case partnerID = "partner_id"
        case apiKey = "api_key"
        case apiKeyUTF8Bytes = "api_key_utf8_bytes"
        case timestamp
        case signature
    }

    var testDescription: String { name }

    static func all() throws -> [SignatureVector] {
        struct Document: Decodable { let vectors: [SignatureVector] }
        return try Fixtures.decode(Document.self, from: "signing/signature-vectors.json").vectors
    }
}
