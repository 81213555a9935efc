import FuzzSupport
import Models

/// Bytes → `JSONDecoder` into `JobStatusResponse`; a value that decodes must survive an
/// `OrderedJSONEncoder` round trip unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    Fuzz.roundTrip(JobStatusResponse.self, Fuzz.data(start, count))
    return 0
}
