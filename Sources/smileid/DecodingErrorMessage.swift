#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Models

/// Describes a `DecodingError` in one line that names the JSON path and never a value.
///
/// The error's own `debugDescription` is not used: Foundation's may quote the input (a number
/// that does not fit, a character where JSON was expected), and the input may be personal data.
enum DecodingErrorMessage {
    /// One line such as `PartnerParams.job_type must be a number or a string`.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            let expected = describe(type)
            return context.codingPath.isEmpty
                ? "the input must be \(expected)" : "\(path(context.codingPath)) must be \(expected)"
        case .valueNotFound(let type, let context):
            return context.codingPath.isEmpty
                ? "the input must not be null" : "\(path(context.codingPath)) must be \(describe(type)), not null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "the input is not valid JSON (or not UTF-8)"
                : "\(path(context.codingPath)) has a value that cannot be read"
        @unknown default:
            return "the input could not be decoded"
        }
    }

    /// A coding path as `history[1].PartnerParams.job_type`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        JSONPath(codingPath).description
    }

    /// The JSON kind a Swift type decodes from, such as `a string`.
    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
