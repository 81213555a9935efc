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
