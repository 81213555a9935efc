/// The body Smile ID returns when a request fails: `{"code": "2413", "error": "user_id is missing"}`.
///
/// It is also the error ``CompareUserInfoRequest/validate()`` throws, so a request can be
/// checked locally with the answer Smile ID would give.
public struct APIErrorResponse: Error, Sendable, Hashable, Codable {
    /// The error code, a 4-digit string such as `"2413"`; a JSON number is accepted too.
    public var code: String
    /// Smile ID's message, such as `"user_id is missing"`.
    public var error: String

    /// Creates an error response.
    public init(code: String, error: String) {
        self.code = code
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case code, error
    }

    /// Decodes `code` (string or number) and `error` (string); both are required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeLenient(String.self, forKey: .code)
        error = try container.decode(String.self, forKey: .error)
    }
}

extension APIErrorResponse: CustomStringConvertible {
    /// `2413: user_id is missing`.
    public var description: String { "\(code): \(error)" }
}
