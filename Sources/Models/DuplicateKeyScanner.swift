/// Finds a key that appears twice in one JSON object, which Foundation's `JSONDecoder` accepts
/// silently (it keeps the first value and drops the other).
///
/// A body with a duplicated key can be read differently by two parsers (one keeps the first
/// value, another the last), so a callback handler should refuse it before decoding:
///
/// ```swift
/// if let path = DuplicateKeyScanner.firstDuplicateKey(in: body) {
///     throw CallbackError.duplicateKey(path)   // e.g. "PartnerParams.job_type"
/// }
/// let result = try JSONDecoder().decode(JobResult.self, from: body)
/// ```
///
/// The scan is one pass over the bytes with no allocation per value; keys are compared after
/// their escapes are decoded (`"a"` and `"\u0061"` are the same key). It does not validate the
/// JSON: on malformed input it stops and returns `nil`, leaving the error to the decoder.
public enum DuplicateKeyScanner {
    /// The path of the first key that repeats within one object, such as
    /// `history[1].ResultCode` (a key at the top level is its bare name), or `nil` when every
    /// object's keys are distinct or the input is not well-formed JSON.
    ///
    /// - Parameter json: The JSON text as UTF-8 bytes.
    /// - Parameter maximumDepth: Objects and arrays nested deeper than this end the scan (with
    ///   `nil`); Foundation's decoder rejects such documents anyway.
    public static func firstDuplicateKey(in json: some Collection<UInt8>, maximumDepth: Int = 512) -> String? {
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

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> String? {
        var levels: [Level] = []
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
                guard let (text, end) = readString(bytes, from: position) else { return nil }
                position = end
                if expectingKey, let last = levels.indices.last {
                    expectingKey = false
                    if !levels[last].keys.insert(text).inserted {
                        return path(levels.dropLast(), then: text)
                    }
                    levels[last].current = text
                }
            default:
                position += 1
            }
        }
        return nil
    }

    /// The path through the open levels, ending with `key`, as `a.b[1].c`.
    private static func path(_ levels: ArraySlice<Level>, then key: String) -> String {
        var text = ""
        for level in levels {
            if level.isObject {
                text += text.isEmpty ? level.current : "." + level.current
            } else {
                text += "[\(level.index)]"
            }
        }
        return text.isEmpty ? key : text + "." + key
    }

    /// The decoded text of the string starting at `start` (a `"`), and the position after it.
    private static func readString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var position = start + 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        var hasEscapes = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<position]), as: UTF8.self)
                guard hasEscapes else { return (run, position + 1) }
                scalars.append(contentsOf: run.unicodeScalars)
                return (String(scalars), position + 1)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<position]), as: UTF8.self).unicodeScalars)
                guard let (scalar, next) = readEscape(bytes, at: position) else { return nil }
                scalars.append(scalar)
                position = next
                runStart = position
                continue
            }
            position += 1
        }
        return nil
    }

    /// The scalar an escape at `position` (a `\`) stands for, and the position after it.
    private static func readEscape(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int)? {
        guard position + 1 < bytes.count else { return nil }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""): return ("\"", position + 2)
        case UInt8(ascii: "\\"): return ("\\", position + 2)
        case UInt8(ascii: "/"): return ("/", position + 2)
        case UInt8(ascii: "b"): return ("\u{08}", position + 2)
        case UInt8(ascii: "f"): return ("\u{0C}", position + 2)
        case UInt8(ascii: "n"): return ("\n", position + 2)
        case UInt8(ascii: "r"): return ("\r", position + 2)
        case UInt8(ascii: "t"): return ("\t", position + 2)
        case UInt8(ascii: "u"):
            guard let high = hex4(bytes, at: position + 2) else { return nil }
            if (0xD800..<0xDC00).contains(high), position + 11 < bytes.count,
               bytes[position + 6] == UInt8(ascii: "\\"), bytes[position + 7] == UInt8(ascii: "u"),
               let low = hex4(bytes, at: position + 8), (0xDC00..<0xE000).contains(low),
               let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                return (scalar, position + 12)
            }
            // A lone surrogate has no scalar; keep the keys apart with the replacement character.
            return (Unicode.Scalar(high) ?? "\u{FFFD}", position + 6)
        default:
            return nil
        }
    }

    /// The value of four hexadecimal digits at `position`.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
