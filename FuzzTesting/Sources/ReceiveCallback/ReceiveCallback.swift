import FuzzSupport

/// The first byte chooses a timestamp (bits 0–2) and the confirmation mode (bit 3); the rest is
/// a body left open, closed by that timestamp and its real signature (`Fuzz.signedBody`), so the
/// fuzzer explores everything past the signature check. Delivered twice to a new `JobInbox`, then
/// ticked: see `Fuzz.receiveCallbackViolation` for the properties.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let violation = Fuzz.receiveCallbackViolation(Fuzz.bytes(start, count)) {
        Fuzz.fuzzFailure(violation)
    }
    return 0
}
