/// Why a JSON document was refused, for people: the JSON path and what was expected there, in
/// one line, never the value that was found. The package's one error of this kind: a
/// `DecodingError` described (``init(_:)``), a repeated key, a decision policy or a compare case
/// refused by its reader.
///
/// ```swift
/// do {
///     let result = try JSONDecoder().decode(JobResult.self, from: body)
/// } catch let error as DecodingError {
///     let failure = DecodingFailure(error)
///     failure.path.description    // "ConfidenceValue"
///     failure.description         // "ConfidenceValue must be a number or a numeric string"
/// }
/// ```
///
/// The error's own `debugDescription` is not used: Foundation's may quote the input (a number
/// that does not fit, a character where JSON was expected), and the input may be personal data.
/// The decoders of this package attach what they accept to the errors they throw, so a lenient
/// field's message names every form it takes. This is the text the `smileid` tool prints.
///
/// The readers of this package's other documents throw it directly: `DecisionPolicy(json:)`
/// (`partial_match.require.Nmae is not a key of partial_match.require; allowed: …`) and
/// `CompareCase(json:)` (`id_authority.dob must be a string`).
public struct DecodingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    #if hasAttribute(nonexhaustive)
    @nonexhaustive
    #endif
    public enum Kind: Sendable, Hashable {
        /// The input is not valid JSON (or not UTF-8).
        case invalidJSON
        /// A required key is absent.
        case missingKey
        /// A value has the wrong JSON type.
        case wrongType
        /// A value is `null` where one is required.
        case null
        /// A value has the right JSON type but cannot be read (such as a string that is not a
        /// number where a numeric string is accepted).
        case invalidValue
        /// A key this version does not know, refused by a strict decoding.
        case unknownKey
        /// A key that appears twice in one object, which JSON parsers read differently (one
        /// keeps the first value, another the last), so the document is refused.
        case duplicateKey
    }

    /// The kind of problem.
    public var kind: Kind
    /// Where the problem is; empty for the document itself. For a missing or unknown key, the
    /// path ends with that key.
    public var path: JSONPath
    /// What is wrong, as the predicate of a sentence whose subject is the path, such as
    /// `must be a number or a numeric string` or `is missing`. Never contains a value.
    public var requirement: String
    /// What the message calls the document itself, its subject when ``path`` is empty: `the
    /// input`, unless the reader names the document (`the policy`).
    public var documentName: String

    /// Creates a description from its parts.
    public init(kind: Kind, path: JSONPath, requirement: String, documentName: String = "the input") {
        self.kind = kind
        self.path = path
        self.requirement = requirement
        self.documentName = documentName
    }

    /// Describes a decoding error by its coding path and kind (and, for the errors this
    /// package's decoders throw, what the field accepts).
    public init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(kind: .missingKey, path: JSONPath(context.codingPath + [key]), requirement: "is missing")
        case .typeMismatch(let type, let context):
            let expectation = context.underlyingError as? FieldExpectation
            self.init(
                kind: .wrongType, path: JSONPath(context.codingPath),
                requirement: expectation?.requirement ?? "must be \(Self.jsonKind(of: type))")
        case .valueNotFound(let type, let context):
            self.init(
                kind: .null, path: JSONPath(context.codingPath),
                requirement: "must be \(Self.jsonKind(of: type)), not null")
        case .dataCorrupted(let context):
            if let expectation = context.underlyingError as? FieldExpectation {
                self.init(
                    kind: expectation.isUnknownKey ? .unknownKey : .invalidValue, path: JSONPath(context.codingPath),
                    requirement: expectation.requirement)
            } else if context.codingPath.isEmpty {
                self.init(
                    kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]),
                    requirement: "is not valid JSON (or not UTF-8)")
            } else {
                self.init(
                    kind: .invalidValue, path: JSONPath(context.codingPath),
                    requirement: "has a value that cannot be read")
            }
        @unknown default:
            self.init(
                kind: .invalidValue, path: JSONPath([] as [JSONPath.Component]), requirement: "could not be decoded")
        }
    }

    /// Describes any error a decoder threw: a `DecodingError` as ``init(_:)`` does, anything
    /// else as a document that could not be decoded.
    package init(describing error: any Error) {
        if let error = error as? DecodingError {
            self.init(error)
        } else {
            self.init(
                kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: "could not be decoded")
        }
    }

    /// One line such as `PartnerParams.job_type must be a whole number or a numeric string`;
    /// the document itself is its ``documentName``, such as `the input must be an object`.
    public var description: String {
        path.components.isEmpty ? "\(documentName) \(requirement)" : "\(path) \(requirement)"
    }

    /// The JSON kind a Swift type decodes from, such as `a string`.
    static func jsonKind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}

/// What a decoder of this package accepts at a field, attached as the `underlyingError` of the
/// `DecodingError` it throws so that ``DecodingFailure`` can say it without quoting the value
/// (`package`: `UserInfoCompare`'s decoders attach it too).
package struct FieldExpectation: Error, Sendable {
    /// The predicate, such as `must be a number or a numeric string`.
    package var requirement: String
    /// Whether the error is a key that a strict decoding refused.
    package var isUnknownKey = false

    /// An expectation of `requirement`; `isUnknownKey` for a key a strict decoding refused.
    package init(_ requirement: String, isUnknownKey: Bool = false) {
        self.requirement = requirement
        self.isUnknownKey = isUnknownKey
    }
}
