import Models
import TestSupport

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The kind of a `DecodingError` and the dotted coding path it names (the key, for a missing key).
struct DecodingFailure: Equatable, CustomStringConvertible {
    var kind: String
    var path: String

    init?(_ error: any Error) {
        guard let error = error as? DecodingError else { return nil }
        func dotted(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            (kind, path) = ("keyNotFound", dotted(context.codingPath + [key]))
        case .typeMismatch(_, let context):
            (kind, path) = ("typeMismatch", dotted(context.codingPath))
        case .valueNotFound(_, let context):
            (kind, path) = ("valueNotFound", dotted(context.codingPath))
        case .dataCorrupted(let context):
            (kind, path) = ("dataCorrupted", dotted(context.codingPath))
        @unknown default:
            return nil
        }
    }

    var description: String { "\(kind) at \(path)" }
}

/// Decodes JSON bytes into `JSONValue`, to compare two documents regardless of key order.
func jsonValue(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
}

func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(json.utf8))
}
