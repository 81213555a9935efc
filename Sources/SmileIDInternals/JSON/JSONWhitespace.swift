/// JSON's white space (RFC 8259, section 2): space, horizontal tab, line feed and carriage
/// return, the only bytes allowed before, after and between the tokens of a JSON text.
///
/// The package's one definition of a blank input: an empty callback body, an empty document of
/// `smileid`, a blank line of JSON Lines (skipped by every `--jsonl` command) all mean only
/// these bytes. A form feed or a vertical tab is not among them: a line holding one is not
/// blank, and not JSON either. (Text inside a name or an address is split at Unicode's white
/// space instead, which `UserInfoCompare` defines for its own rules.)
///
/// `public` rather than `package`, in this target that is no product (so no client of the
/// package can import it): with Swift 6.3 an `@inlinable package` function is not inlined into
/// another module, and the compare line reader asks ``contains(_:)`` between every two tokens.
/// Called, it costs `smileid compare --jsonl` about 220 instructions a line (callgrind) by
/// turning the reader's leaf functions into ones that save registers.
public enum JSONWhitespace {
    /// Whether `byte` is JSON white space.
    @inlinable @inline(__always)
    public static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x0D, 0x09: true
        default: false
        }
    }

    /// Whether `bytes` hold nothing but JSON white space (or nothing at all).
    @inlinable
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where !contains(byte) { return false }
        return true
    }

    /// Whether `bytes` hold nothing but JSON white space (or nothing at all).
    @inlinable
    public static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
        if let blank = bytes.withContiguousStorageIfAvailable({ isBlank($0) }) { return blank }
        return !bytes.contains { !contains($0) }
    }
}
