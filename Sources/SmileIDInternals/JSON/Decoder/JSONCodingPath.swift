/// A coding path as a list linked towards the document, so that a nested value's path shares
/// its parent's: one node per nested decoder or container, an array of keys only for an error
/// or a `codingPath` that is read (`nil` is the document itself).
final class JSONCodingPath {
    let parent: JSONCodingPath?
    let key: any CodingKey

    init(parent: JSONCodingPath?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }
}

extension JSONCodingPath? {
    /// The keys from the document, outermost first.
    var codingPath: [any CodingKey] {
        codingPath(appending: nil)
    }

    /// The keys from the document, outermost first, then `key` when there is one.
    func codingPath(appending key: (any CodingKey)?) -> [any CodingKey] {
        var count = key == nil ? 0 : 1
        var node = self
        while let current = node {
            count += 1
            node = current.parent
        }
        guard count > 0 else { return [] }
        var keys = [any CodingKey](repeating: JSONIndexKey(0), count: count)
        var index = count - 1
        if let key {
            keys[index] = key
            index -= 1
        }
        node = self
        while let current = node {
            keys[index] = current.key
            index -= 1
            node = current.parent
        }
        return keys
    }
}

/// The key of an array element in a coding path, as Foundation names it: `Index 2`, with the
/// index as its `intValue`.
struct JSONIndexKey: CodingKey {
    let intValue: Int?

    init(_ index: Int) {
        intValue = index
    }

    init?(intValue: Int) {
        self.intValue = intValue
    }

    init?(stringValue: String) {
        nil
    }

    var stringValue: String {
        "Index \(intValue ?? 0)"
    }
}

/// The key of `superDecoder()`, as Foundation names it.
struct JSONSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }

    init() {}

    init?(stringValue: String) {
        guard stringValue == "super" else { return nil }
    }

    init?(intValue: Int) {
        nil
    }
}
