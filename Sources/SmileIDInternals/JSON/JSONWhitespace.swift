/// JSON's white space (RFC 8259, section 2): space, horizontal tab, line feed and carriage
/// return, the only bytes allowed before, after and between the tokens of a JSON text.
///
/// The package's one definition of a blank input: an empty callback body, an empty document of
/// `smileid`, a blank line of JSON Lines (skipped by every `--jsonl` command) all mean only
/// these bytes. A form feed or a vertical tab is not among them: a line holding one is not
/// blank, and not JSON either. (Text inside a name or an address is split at Unicode's white
/// space instead, which `UserInfoCompare` defines for its own rules.)
package enum JSONWhitespace {
    /// Whether `byte` is JSON white space.
    @inlinable
    package static func contains(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Whether `bytes` hold nothing but JSON white space (or nothing at all).
    @inlinable
    package static func isBlank(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy(contains)
    }
}
