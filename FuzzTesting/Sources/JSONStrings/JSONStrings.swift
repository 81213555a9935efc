import FuzzSupport

/// Bytes → two JSON strings (split at the first 0x00) → the duplicate-key scanner and the
/// compare line reader, both on the package's one JSON string lexer, against Foundation: see
/// `Fuzz.jsonStringsViolation`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let violation = Fuzz.jsonStringsViolation(Fuzz.bytes(start, count)) {
        Fuzz.fuzzFailure(violation)
    }
    return 0
}
