/// Why two records could not be compared. Never contains personal data.
public enum UserInfoComparisonError: Error, Sendable, Hashable {
    /// Every field is Not Provided on at least one side, so there is nothing to compare.
    case nothingToCompare
    /// A field holds more than ``maximumFieldByteCount`` UTF-8 bytes.
    ///
    /// `field` is the field's JSON key (`"dob"`, `"first_name"`, …); `byteCount` the length of
    /// the longer of the two sides' values.
    case fieldTooLong(field: String, byteCount: Int)
}

extension UserInfoComparisonError {
    /// The most UTF-8 bytes a field may hold, so that a comparison's cost stays bounded.
    public static let maximumFieldByteCount = 4_096
}

extension UserInfoComparisonError: CustomStringConvertible {
    /// What was wrong, naming the field, such as
    /// `dob is 5000 UTF-8 bytes long; at most 4096 are compared`.
    public var description: String {
        switch self {
        case .nothingToCompare:
            "nothing to compare: every field is missing or blank on at least one side"
        case .fieldTooLong(let field, let byteCount):
            "\(field) is \(byteCount) UTF-8 bytes long; at most \(Self.maximumFieldByteCount) are compared"
        }
    }
}
