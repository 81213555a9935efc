public import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One comparison to run: the country and the two records, with optional options.
///
/// The JSON form, one object per line in the `smileid compare` tool's input:
///
/// ```json
/// {"country": "NG", "id_authority": {"first_name": "Adaeze", …}, "document": {…},
///  "options": {"folds_diacritics": true}}
/// ```
///
/// `id_authority` and `document` are required; `country` and `options` may be absent.
///
/// Read a case from bytes you did not write (a request body) with ``init(json:)``, which is
/// strict, and compare it with ``UserInfoComparator/compare(_:)``:
///
/// ```swift
/// do {
///     let compareCase = try CompareCase(json: body)
///     let comparison = try UserInfoComparator().compare(compareCase)
/// } catch let failure as DecodingFailure {
///     failure.description   // "id_authority.firstName is not a key of UserInfo; did you mean "first_name"?"
/// }
/// ```
///
/// Through `Decodable` (`JSONDecoder().decode(CompareCase.self, from:)`) other keys are ignored
/// unless the decoder's `userInfo` sets `CodingUserInfoKey.rejectsUnknownKeys`, and a repeated
/// key is read one way silently.
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
    /// Keys a case may carry besides its own, as the fixtures and `smileid compare`'s input do:
    /// `description`, `expected` and `expected_error`.
    static let annotationKeys = ["description", "expected", "expected_error"]

    /// Decodes a case. Unknown keys are ignored, or refused when the decoder's `userInfo` sets
    /// `CodingUserInfoKey.rejectsUnknownKeys` (except the annotations `description`, `expected`
    /// and `expected_error`), as are unknown keys of the records and the options.
    ///
    /// A case and its two records are objects: `null` in their place is refused as a value of
    /// the wrong type (`id_authority must be an object`), as a number would be.
    public init(from decoder: any Decoder) throws {
        if try decoder.singleValueContainer().decodeNil() {
            throw Self.notAnObject(at: decoder.codingPath)
        }
        try UnknownKeys.check(
            decoder, typeName: "CompareCase", known: CodingKeys.allCases.map(\.rawValue) + Self.annotationKeys)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        idAuthority = try Self.record(in: container, at: .idAuthority)
        document = try Self.record(in: container, at: .document)
        options = try container.decodeIfPresent(CompareOptions.self, forKey: .options)
    }

    /// The record at `key`, which must be present and an object.
    private static func record(in container: KeyedDecodingContainer<CodingKeys>, at key: CodingKeys) throws -> UserInfo
    {
        if container.contains(key), try container.decodeNil(forKey: key) {
            throw notAnObject(at: container.codingPath + [key])
        }
        return try container.decode(UserInfo.self, forKey: key)
    }

    /// The error for a `null` where an object is required.
    private static func notAnObject(at codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(
            [String: Any].self, .init(codingPath: codingPath, debugDescription: "an object is required, not null"))
    }
}

// MARK: - Reading untrusted bytes

extension CompareCase {
    /// Reads a case from JSON bytes strictly, as they arrived (a request body, a line of JSON
    /// Lines): the one way to take a case from input you did not write.
    ///
    /// Strict means:
    /// - a key this version does not know, at any level, is refused with a hint (a misspelt
    ///   `firstName` would otherwise compare `first_name` as Not Provided); a case may still
    ///   carry the annotations `description`, `expected` and `expected_error`;
    /// - a key that appears twice in one object is refused (parsers disagree on which value
    ///   wins);
    /// - the case and its records must be objects, each field a string or `null`.
    ///
    /// The common shape is read straight from the bytes; anything else goes through
    /// `JSONDecoder`. Never traps, whatever the bytes.
    ///
    /// - Throws: `DecodingFailure` naming the JSON path and what was expected there, never a
    ///   value: `id_authority.dob must be a string`, `id_authority appears more than once in
    ///   the same object; give each key once`, `the input is empty`.
    public init(json: some Collection<UInt8>) throws(DecodingFailure) {
        let read = json.withContiguousStorageIfAvailable { CompareCaseReader.read($0, rejectingUnknownKeys: true) }
        if let read, let compareCase = read {
            self = compareCase
            return
        }
        self = try Self.decode(json: json, rejectingUnknownKeys: true)
    }

    /// The case of `json` by `JSONDecoder` and the duplicate-key scan, whose errors name what was
    /// wrong and where: the reading of every input the byte-level reader does not take.
    static func decode(json: some Collection<UInt8>, rejectingUnknownKeys: Bool) throws(DecodingFailure) -> CompareCase
    {
        guard !JSONWhitespace.isBlank(json) else {
            throw DecodingFailure(
                kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: "is empty")
        }
        let data = Data(json)
        let decoder = JSONDecoder()
        decoder.userInfo[.rejectsUnknownKeys] = rejectingUnknownKeys
        let decoded: CompareCase
        do {
            decoded = try decoder.decode(CompareCase.self, from: data)
        } catch {
            throw DecodingFailure(describing: error)
        }
        if let path = JSONPath.firstDuplicateKey(in: data) {
            throw DecodingFailure(
                kind: .duplicateKey, path: path,
                requirement: "appears more than once in the same object; give each key once")
        }
        return decoded
    }
}
