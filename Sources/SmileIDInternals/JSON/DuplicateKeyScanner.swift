/// Finds a key that appears twice in one JSON object, which Foundation's `JSONDecoder` accepts
/// silently (it keeps the first value and drops the other).
///
/// A body with a duplicated key can be read differently by two parsers (one keeps the first
/// value, another the last), so a callback handler should refuse it before decoding:
///
/// ```swift
/// if let path = DuplicateKeyScanner.firstDuplicateKey(in: body) {
///     throw CallbackError.duplicateKey(path)   // e.g. PartnerParams.job_type
/// }
/// let result = try JSONDecoder().decode(JobResult.self, from: body)
/// ```
///
/// The scan is one pass over the bytes. Strings are read by the package's one JSON string lexer
/// (the one the `compare` tool's reader uses), and keys are compared as the `String`s the decoder
/// makes of them: after their escapes are decoded (`"a"` and `"\u0061"` are the same key) and up
/// to Unicode canonical equivalence (`"é"` and `"e\u0301"` are one dictionary key to the
/// decoder). It does not validate the JSON as a whole: on malformed input it stops and returns
/// `nil`, leaving the error to the decoder. A string with a lone surrogate escape (`"\uD800"`),
/// an unescaped control character, and a key that is not valid UTF-8 are malformed input:
/// Foundation's decoder rejects such a document too.
package enum DuplicateKeyScanner {
    /// The path of the first key that repeats within one object, such as
    /// `history[1].ResultCode` (a key at the top level is a path of that key alone), or `nil`
    /// when every object's keys are distinct or the input is not well-formed JSON.
    ///
    /// - Parameter json: The JSON text as UTF-8 bytes.
    /// - Parameter maximumDepth: Objects and arrays nested deeper than this end the scan (with
    ///   `nil`); Foundation's decoder rejects such documents anyway.
    package static func firstDuplicateKey(in json: some Collection<UInt8>, maximumDepth: Int = 512) -> [PathStep]? {
        if let found = json.withContiguousStorageIfAvailable({ scan($0, maximumDepth: maximumDepth) }) {
            return found
        }
        return Array(json).withUnsafeBufferPointer { scan($0, maximumDepth: maximumDepth) }
    }

    /// One open object or array: the keys seen so far (objects) and the current key or index.
    private struct Level {
        var isObject: Bool
        var keys: Set<String> = []
        var current: String = ""
        var index: Int = 0
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> [PathStep]? {
        var levels: [Level] = []
        var decoded: [UInt8] = []
        var position = 0
        // Whether the next string in an object is a key (after `{` or `,`).
        var expectingKey = false
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard levels.count < maximumDepth else { return nil }
                let isObject = byte == UInt8(ascii: "{")
                levels.append(Level(isObject: isObject))
                expectingKey = isObject
                position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard levels.popLast() != nil else { return nil }
                expectingKey = false
                position += 1
            case UInt8(ascii: ","):
                guard let last = levels.indices.last else { return nil }
                if levels[last].isObject {
                    expectingKey = true
                } else {
                    levels[last].index += 1
                }
                position += 1
            case UInt8(ascii: "\""):
                guard let lexeme = try? JSONStringLexer.read(bytes, at: &position, decoded: &decoded) else {
                    return nil
                }
                if expectingKey, let last = levels.indices.last {
                    expectingKey = false
                    guard let text = JSONStringLexer.text(of: lexeme, in: bytes, decoded: decoded) else { return nil }
                    if !levels[last].keys.insert(text).inserted {
                        return path(levels, then: text)
                    }
                    levels[last].current = text
                }
            default:
                position += 1
            }
        }
        return nil
    }
}

// MARK: - Paths

extension DuplicateKeyScanner {
    /// One step of the path to a repeated key: an object's key or an array's index (Models'
    /// `JSONPath` is built from these).
    package enum PathStep: Sendable, Hashable {
        /// A key of an object.
        case key(String)
        /// An index of an array.
        case index(Int)
    }

    /// The path through the open levels (the last of which holds the repeated key), ending with
    /// `key`.
    private static func path(_ levels: [Level], then key: String) -> [PathStep] {
        var components: [PathStep] = []
        for level in levels.dropLast() {
            components.append(level.isObject ? .key(level.current) : .index(level.index))
        }
        components.append(.key(key))
        return components
    }
}
