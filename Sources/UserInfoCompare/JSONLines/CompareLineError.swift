/// Why one line of `compare` input gave no response. Names the JSON path, never a value.
///
/// Not part of the package's public API: the `smileid` tool and this repository's fuzz
/// package reach it through `@_spi(SmileIDTesting) import UserInfoCompare`; it may change in
/// any release.
@_spi(SmileIDTesting)
public enum CompareLineError: Error, Sendable, Hashable {
    /// The line is empty or only white space.
    case emptyLine
    /// The line is not valid JSON.
    case invalidJSON
    /// A required key is missing, such as `id_authority`.
    case missingKey(path: String)
    /// A value has the wrong JSON type, such as a number for `id_authority.dob`; `expected`
    /// names the type wanted (`"a string"`).
    case wrongType(path: String, expected: String)
    /// A value has the right type but is not allowed, such as an unknown `options.date_order`;
    /// `reason` says what is allowed.
    case invalidValue(path: String, reason: String)
    /// A key appears twice in one object (`path` names it); JSON decoders disagree on which
    /// value wins, so the line is refused rather than read one way silently.
    case duplicateKey(path: String)
    /// A key this version does not know, refused because the processor rejects unknown keys;
    /// `hint` says what is wrong and suggests the key meant, such as
    /// `is not a key of UserInfo; did you mean "first_name"?`.
    case unknownKey(path: String, hint: String)
    /// The case decoded but the two records could not be compared.
    case comparison(UserInfoComparisonError)
}

@_spi(SmileIDTesting)
extension CompareLineError: CustomStringConvertible {
    /// What was wrong and where, such as `id_authority.dob must be a string`.
    public var description: String {
        switch self {
        case .emptyLine:
            "the line is empty"
        case .invalidJSON:
            "the line is not valid JSON"
        case .missingKey(let path):
            "\(path) is missing"
        case .wrongType(let path, let expected):
            path.isEmpty ? "the line must be \(expected)" : "\(path) must be \(expected)"
        case .invalidValue(let path, let reason):
            "\(path) \(reason)"
        case .duplicateKey(let path):
            "\(path) appears more than once in the same object; give each key once"
        case .unknownKey(let path, let hint):
            "\(path) \(hint)"
        case .comparison(let error):
            error.description
        }
    }
}
