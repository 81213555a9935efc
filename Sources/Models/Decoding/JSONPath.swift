import SmileIDInternals

/// Where a value sits in a JSON document, written as `history[1].PartnerParams.job_type`.
///
/// Build it from a `DecodingError`'s coding path to tell a caller which field was wrong without
/// repeating the field's value (which may be personal data).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// The object keys and array indices from the root, outermost first.
    public enum Component: Sendable, Hashable {
        /// A key of an object.
        case key(String)
        /// An index of an array.
        case index(Int)
    }

    /// The components, outermost first; empty for the document itself.
    public var components: [Component]

    /// Creates a path from its components.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// Creates the path a coding path names: integer keys are array indices.
    public init(_ codingPath: [any CodingKey]) {
        components = codingPath.map { key in key.intValue.map(Component.index) ?? .key(key.stringValue) }
    }

    /// The path as `a.b[2].c`; empty for the document itself.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += text.isEmpty ? key : "." + key
            }
        }
        return text
    }
}

// MARK: - Repeated keys

extension JSONPath {
    /// The path of the first key that repeats within one object of `json` (such as
    /// `history[1].ResultCode`), or `nil` when every object's keys are distinct or the input is
    /// not well-formed JSON (the decoder then reports it).
    ///
    /// `JSONDecoder` keeps the first of two values silently; parsers disagree on which wins, so
    /// the package refuses such bodies before decoding them.
    ///
    /// - Parameter maximumDepth: Objects and arrays nested deeper than this end the scan (with
    ///   `nil`); Foundation's decoder rejects such documents anyway.
    package static func firstDuplicateKey(in json: some Collection<UInt8>, maximumDepth: Int = 512) -> JSONPath? {
        DuplicateKeyScanner.firstDuplicateKey(in: json, maximumDepth: maximumDepth).map(JSONPath.init(steps:))
    }
}
