import FuzzSupport

/// The first byte chooses how the signature is made (the input's, the real one, the real one with
/// a character changed); the rest holds the signature's text and the timestamp's, split at the
/// first 0x00. See `Fuzz.signatureViolation` for the properties.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let violation = Fuzz.signatureViolation(Fuzz.bytes(start, count)) {
        Fuzz.fuzzFailure(violation)
    }
    return 0
}
