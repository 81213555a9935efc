import FuzzSupport
import Models
@_spi(SmileIDInternals) import UserInfoCompare

/// Bytes → `CompareLineProcessor.process(line:)`, the `smileid compare --jsonl` line handler.
/// A response must carry one of the three compare result codes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    switch CompareLineProcessor().process(line: UnsafeRawBufferPointer(start: start, count: count)) {
    case .success(let response):
        if !["1020", "1021", "1022"].contains(response.resultCode) {
            Fuzz.fuzzFailure("a compare response with result code \(response.resultCode)")
        }
    case .failure(let error):
        _ = error.description
    }
    return 0
}
