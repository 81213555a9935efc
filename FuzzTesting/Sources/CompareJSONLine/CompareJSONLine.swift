import FuzzSupport
@_spi(SmileIDTesting) import Models
@_spi(SmileIDTesting) import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Bytes → `CompareLineProcessor.process(line:)`, the `smileid compare --jsonl` line handler.
/// A response must carry one of the three compare result codes; and whenever `JSONDecoder`
/// accepts the line (with no duplicate key), the line's comparison, which the processor makes
/// straight from the line's bytes, must be the decoded case's, made from strings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    // Typed, as smileid hands lines over, so that the processor takes its byte-level path.
    let line = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
    let processor = CompareLineProcessor()
    switch processor.process(line: line) {
    case .success(let response):
        if !["1020", "1021", "1022"].contains(response.resultCode) {
            Fuzz.fuzzFailure("a compare response with result code \(response.resultCode)")
        }
    case .failure(let error):
        _ = error.description
    }
    let data = Data(line)
    let decoder = JSONDecoder()
    decoder.userInfo[.rejectsUnknownKeys] = processor.rejectsUnknownKeys
    if let decoded = try? decoder.decode(CompareCase.self, from: data),
        FuzzingSupport.firstDuplicateKey(in: data) == nil,
        processor.compare(line: line) != processor.compare(decoded)
    {
        Fuzz.fuzzFailure("the line's comparison differs from its decoded case's")
    }
    return 0
}
