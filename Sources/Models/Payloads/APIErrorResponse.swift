/// The body Smile ID returns when a request fails: `{"code": "2413", "error": "user_id is missing"}`.
///
/// It is also the error ``CompareUserInfoRequest/validate()`` throws, so a request can be
/// checked locally with the answer Smile ID would give.
///
/// Some endpoints add keys, such as `"success": false`; they are kept in ``additionalFields``
/// and encoded back unchanged. A code outside the documented tables (such as `2217`) is kept
/// as received.
public struct APIErrorResponse: Error, Sendable, Hashable, Codable {
    /// The error code, a 4-digit string such as `"2413"`; a JSON number is accepted too.
    public var code: String
    /// Smile ID's message, such as `"user_id is missing"`.
    public var error: String
    /// Every key this version does not model (such as `success`), with its value unchanged.
    public var additionalFields: [String: JSONValue]

    /// Creates an error response.
    public init(code: String, error: String, additionalFields: [String: JSONValue] = [:]) {
        self.code = code
        self.error = error
        self.additionalFields = additionalFields
    }

    enum CodingKeys: String, ModelledKeys {
        /// The text of every case, for ``ObjectKey``.
        static let stringValues = KeyNames(Self.self)

        case code, error
    }

    /// Decodes `code` (string or number) and `error` (string); both are required. Other keys
    /// are kept in ``additionalFields``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ObjectKey<CodingKeys>.self)
        code = try container.decodeLenient(String.self, forKey: .modelled(.code))
        error = try container.decode(String.self, forKey: .modelled(.error))
        additionalFields = try AdditionalFields.decode(from: container, of: decoder)
    }

    /// Encodes `code` and `error` as strings, then the additional fields as they came.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(error, forKey: .error)
        try AdditionalFields.encode(additionalFields, to: encoder)
    }
}

extension APIErrorResponse: CustomStringConvertible {
    /// `2413: user_id is missing`.
    public var description: String { "\(code): \(error)" }
}
