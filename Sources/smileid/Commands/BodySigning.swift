import SmileIDInternals

/// Sets the top-level `timestamp` and `signature` of a JSON object's bytes, keeping every other
/// byte: a value already there is replaced where it stands, a missing one is added after the
/// last member (on its own line, indented as the first member, when the object is written one
/// member a line).
enum BodySigning {
    /// `bytes` with `timestamp` and `signature` set to the two strings.
    ///
    /// - Precondition: `bytes` is a JSON object whose keys are each given once (as
    ///   ``VerifyCommand/signedFields(of:from:command:)`` checks); anything else is returned
    ///   unchanged.
    static func sign(_ bytes: [UInt8], timestamp: String, signature: String) -> [UInt8] {
        let scan = bytes.withUnsafeBufferPointer {
            DuplicateKeyScanner.scan($0, capturing: ("timestamp", "signature", ""))
        }
        guard scan.outcome == .valid, let close = bytes.lastIndex(of: UInt8(ascii: "}")) else { return bytes }
        let fields = [("timestamp", timestamp, scan.members.0), ("signature", signature, scan.members.1)]
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        var missing: [(key: String, value: String)] = []
        for (key, value, member) in fields {
            if let member {
                edits.append((valueRange(of: member), jsonString(value)))
            } else {
                missing.append((key, value))
            }
        }
        if !missing.isEmpty {
            edits.append(insertion(of: missing, in: bytes, close: close))
        }
        var signed = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            signed.replaceSubrange(edit.range, with: edit.replacement)
        }
        return signed
    }

    /// The bytes of a captured value: a string's with its quotes, a number's or `null`'s token.
    private static func valueRange(of member: DuplicateKeyScanner.Member) -> Range<Int> {
        member.kind == .string ? member.range.lowerBound - 1..<member.range.upperBound + 1 : member.range
    }

    /// The members to add before the object's closing brace at `close`, after its last member.
    private static func insertion(
        of members: [(key: String, value: String)], in bytes: [UInt8], close: Int
    ) -> (range: Range<Int>, replacement: [UInt8]) {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "{")),
            let last = bytes[open..<close].lastIndex(where: { !JSONWhitespace.contains($0) })
        else { return (close..<close, []) }
        let isEmpty = last == open
        // One member a line: the first member's indentation, else two spaces.
        let firstMember = bytes[(open + 1)...].firstIndex { !JSONWhitespace.contains($0) } ?? close
        let leading = bytes[(open + 1)..<firstMember]
        let isMultiline = bytes[(last + 1)..<close].contains(UInt8(ascii: "\n"))
        let separator: [UInt8]
        if isMultiline {
            let indentation = leading.lastIndex(of: UInt8(ascii: "\n")).map { Array(leading[($0 + 1)...]) }
            separator = [UInt8(ascii: "\n")] + (isEmpty ? Array("  ".utf8) : indentation ?? Array("  ".utf8))
        } else {
            separator = isEmpty ? [] : [UInt8(ascii: " ")]
        }
        var text: [UInt8] = []
        for (index, member) in members.enumerated() {
            if index > 0 || !isEmpty { text.append(UInt8(ascii: ",")) }
            if index > 0 && isEmpty && !isMultiline {
                text.append(UInt8(ascii: " "))
            } else {
                text += separator
            }
            text += jsonString(member.key) + Array(": ".utf8) + jsonString(member.value)
        }
        return (last + 1..<last + 1, text)
    }

    private static func jsonString(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        OrderedJSONWriter.appendString(text, to: &bytes)
        return bytes
    }
}
