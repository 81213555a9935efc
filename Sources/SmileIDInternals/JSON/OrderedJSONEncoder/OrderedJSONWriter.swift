/// Writes an ``OrderedJSONNode`` as UTF-8 JSON text.
///
/// Compact output has no whitespace at all. Pretty-printed output puts each array element and
/// object member on its own line, indented by two spaces per level, writes members as
/// `"key": value`, and writes empty arrays and objects as `[]` and `{}`; it has no trailing
/// newline. Strings escape `"`, `\` and U+0000–U+001F (as `\b`, `\t`, `\n`, `\f`, `\r` or
/// `\u00XX`) and nothing else: `/` and non-ASCII characters are written as they are.
package struct OrderedJSONWriter {
    /// The text written so far.
    private(set) var bytes: [UInt8] = []
    private let prettyPrinted: Bool
    private let sortedKeys: Bool

    /// Creates a writer for the given output formatting.
    init(outputFormatting: OrderedJSONEncoder.OutputFormatting) {
        prettyPrinted = outputFormatting.contains(.prettyPrinted)
        sortedKeys = outputFormatting.contains(.sortedKeys)
    }

    /// Writes `node` at nesting level `depth`.
    mutating func write(_ node: OrderedJSONNode, depth: Int = 0) {
        switch node {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): writeString(text)
        case .array(let elements): writeArray(elements, depth: depth)
        case .object(let members): writeObject(members, depth: depth)
        }
    }
}

// MARK: Containers

extension OrderedJSONWriter {
    private mutating func writeArray(_ elements: [OrderedJSONNode], depth: Int) {
        bytes.append(UInt8(ascii: "["))
        for (offset, element) in elements.enumerated() {
            if offset > 0 {
                bytes.append(UInt8(ascii: ","))
            }
            writeLineBreak(depth: depth + 1)
            write(element, depth: depth + 1)
        }
        if !elements.isEmpty {
            writeLineBreak(depth: depth)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ members: [OrderedJSONNode.Member], depth: Int) {
        let ordered = sortedKeys ? members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } : members
        bytes.append(UInt8(ascii: "{"))
        for (offset, member) in ordered.enumerated() {
            if offset > 0 {
                bytes.append(UInt8(ascii: ","))
            }
            writeLineBreak(depth: depth + 1)
            writeString(member.key)
            bytes.append(UInt8(ascii: ":"))
            if prettyPrinted {
                bytes.append(UInt8(ascii: " "))
            }
            write(member.value, depth: depth + 1)
        }
        if !ordered.isEmpty {
            writeLineBreak(depth: depth)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// When pretty-printing, a newline and the indentation of `depth`; otherwise nothing.
    private mutating func writeLineBreak(depth: Int) {
        guard prettyPrinted else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}

// MARK: Strings

extension OrderedJSONWriter {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `text` as a JSON string, quoted and escaped.
    private mutating func writeString(_ text: String) {
        Self.appendString(text, to: &bytes)
    }

    /// Appends `text` to `bytes` as a JSON string, quoted and escaped as this writer writes every
    /// string: the one place that does, so that a type writing its own compact JSON (such as
    /// the `smileid` tool's decision line) gives the encoder's bytes.
    package static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: their bytes are copied at once.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): appendEscape(UInt8(ascii: "\""), to: &bytes)
            case UInt8(ascii: "\\"): appendEscape(UInt8(ascii: "\\"), to: &bytes)
            case 0x08: appendEscape(UInt8(ascii: "b"), to: &bytes)
            case 0x09: appendEscape(UInt8(ascii: "t"), to: &bytes)
            case 0x0A: appendEscape(UInt8(ascii: "n"), to: &bytes)
            case 0x0C: appendEscape(UInt8(ascii: "f"), to: &bytes)
            case 0x0D: appendEscape(UInt8(ascii: "r"), to: &bytes)
            case 0x00..<0x20:
                appendEscape(UInt8(ascii: "u"), to: &bytes)
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "0"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a backslash and `letter`.
    private static func appendEscape(_ letter: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(letter)
    }
}
