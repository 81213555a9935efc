import FuzzSupport

/// The input as a `timestamp` text, read as the intake reads it. See `Fuzz.timestampViolation`
/// for the properties.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let violation = Fuzz.timestampViolation(Fuzz.bytes(start, count)) {
        Fuzz.fuzzFailure(violation)
    }
    return 0
}
