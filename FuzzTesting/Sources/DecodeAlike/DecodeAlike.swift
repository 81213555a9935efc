import FuzzSupport

/// Bytes → the package's one-pass decoder and `JSONDecoder`, as every Smile ID type: the same
/// value or the same error, and the same repeated key (see `Fuzz.decodeAlikeViolation`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let violation = Fuzz.decodeAlikeViolation(Fuzz.bytes(start, count)) {
        Fuzz.fuzzFailure(violation)
    }
    return 0
}
