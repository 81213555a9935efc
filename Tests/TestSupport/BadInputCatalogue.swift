#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The hostile-input catalogue, `Fixtures/bad-inputs/catalogue.json`: one case per input, with
/// the public entry point it goes through and the exact behaviour expected.
///
/// The test targets that can reach an entry point run its cases (ModelsTests the decoders,
/// result codes and signatures; UserInfoCompareTests the comparator and line processor).
public struct BadInputCase: Sendable, Decodable {
    /// A unique, readable name.
    public var id: String
    /// The entry point: a type name (decoded with `JSONDecoder`), `ResultCode`,
    /// `UserInfoComparator.compare`, `CompareLineProcessor.process` or `SignatureKey.verify`.
    public var entry: String
    /// What the case is about.
    public var about: String
    /// The input as text, with `{{repeat:N:TEXT}}` markers.
    public var input: String?
    /// The input as raw bytes, base64-encoded.
    public var inputBase64: String?
    /// The job type passed to `ResultCode(_:jobType:)`, if any.
    public var jobType: Int?
    /// The timestamp passed to `SignatureKey.verify(signature:timestamp:)`.
    public var timestamp: String?
    /// What must happen.
    public var expect: BadInputBehaviour

    enum CodingKeys: String, CodingKey {
        case id, entry, about, input, expect, timestamp
        case inputBase64 = "input_base64"
        case jobType = "job_type"
    }

    /// The input's bytes, with every repeat marker expanded.
    public var bytes: [UInt8] {
        if let inputBase64 { return Array(Data(base64Encoded: inputBase64) ?? Data()) }
        return Array(Self.expand(input ?? "").utf8)
    }

    /// The input as a string (invalid UTF-8 repaired), for entry points that take a `String`.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `TEXT` repeated `N` times for each `{{repeat:N:TEXT}}`.
    static func expand(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "{{repeat:"), let end = rest[start.upperBound...].firstRange(of: "}}") {
            result += rest[..<start.lowerBound]
            let body = rest[start.upperBound..<end.lowerBound]
            if let colon = body.firstIndex(of: ":"), let count = Int(body[..<colon]) {
                result += String(repeating: String(body[body.index(after: colon)...]), count: count)
            }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}

/// What a bad input must give: exactly one of the fields is set.
public struct BadInputBehaviour: Sendable, Codable, Hashable, CustomStringConvertible {
    /// A defined result, in the summary form the test of the entry point gives.
    public var value: String?
    /// A `DecodingError`: its kind (`typeMismatch`, …) and dotted coding path.
    public var decodingError: DecodingErrorSummary?
    /// A `CompareLineError`'s description.
    public var lineError: String?
    /// A `UserInfoComparisonError`'s description.
    public var comparisonError: String?

    /// A behaviour with at most one of its kinds set.
    public init(
        value: String? = nil, decodingError: DecodingErrorSummary? = nil,
        lineError: String? = nil, comparisonError: String? = nil
    ) {
        self.value = value
        self.decodingError = decodingError
        self.lineError = lineError
        self.comparisonError = comparisonError
    }

    enum CodingKeys: String, CodingKey {
        case value
        case decodingError = "decoding_error"
        case lineError = "line_error"
        case comparisonError = "comparison_error"
    }

    /// The behaviour of a thrown error (a `DecodingError`; anything else is described).
    public init(error: any Error) {
        if let summary = DecodingErrorSummary(error) {
            self.init(decodingError: summary)
        } else {
            self.init(value: "error: \(error)")
        }
    }

    /// The behaviour in words, for test failures.
    public var description: String {
        value.map { "value \($0)" } ?? decodingError.map { "decoding error \($0)" }
            ?? lineError.map { "line error \($0)" } ?? comparisonError.map { "comparison error \($0)" } ?? "nothing"
    }
}

/// A `DecodingError`'s kind and dotted coding path (a missing key's path ends with the key).
public struct DecodingErrorSummary: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The `DecodingError` case, such as `keyNotFound`.
    public var kind: String
    /// The dotted coding path, such as `PartnerParams.job_type`.
    public var path: String

    /// A summary of the given kind and path.
    public init(kind: String, path: String) {
        self.kind = kind
        self.path = path
    }

    /// The summary of `error`, or `nil` when it is not a `DecodingError`.
    public init?(_ error: any Error) {
        guard let error = error as? DecodingError else { return nil }
        func dotted(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): (kind, path) = ("keyNotFound", dotted(context.codingPath + [key]))
        case .typeMismatch(_, let context): (kind, path) = ("typeMismatch", dotted(context.codingPath))
        case .valueNotFound(_, let context): (kind, path) = ("valueNotFound", dotted(context.codingPath))
        case .dataCorrupted(let context): (kind, path) = ("dataCorrupted", dotted(context.codingPath))
        @unknown default: return nil
        }
    }

    /// The kind and path in words, for test failures.
    public var description: String { "\(kind) at \"\(path)\"" }
}

/// Loads the catalogue.
public enum BadInputCatalogue {
    /// Every case.
    public static func cases() throws -> [BadInputCase] {
        struct File: Decodable { var cases: [BadInputCase] }
        return try Fixtures.decode(File.self, from: "bad-inputs/catalogue.json").cases
    }

    /// The cases of the given entry points (none when the catalogue does not load; a separate
    /// test loads it with `try`).
    public static func cases(for entries: Set<String>) -> [BadInputCase] {
        ((try? cases()) ?? []).filter { entries.contains($0.entry) }
    }
}

extension BadInputCase {
    /// The marker expansion, for its own test.
    public static func expandForTesting(_ text: String) -> String { expand(text) }
}
