import FuzzSupport
@_spi(SmileIDTesting) import Models
@_spi(SmileIDTesting) import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Bytes → `CompareLineProcessor.compare(line:)`, the `smileid compare --jsonl` line handler.
/// A response must carry one of the three compare result codes; and whenever `JSONDecoder`
/// accepts the line strictly (with no duplicate key), the line's comparison, which the
/// processor makes straight from the line's bytes, must be the decoded case's, made from strings
/// through the public `UserInfoComparator.compare(_:)`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    // Typed, as smileid hands lines over, so that the processor takes its byte-level path.
    let line = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
    let processor = CompareLineProcessor()
    let comparison = processor.compare(line: line)
    switch comparison {
    case .success(let comparison):
        let response = comparison.response()
        if !["1020", "1021", "1022"].contains(response.resultCode) {
            Fuzz.fuzzFailure("a compare response with result code \(response.resultCode)")
        }
    case .failure(let failure):
        _ = failure.description
    }
    let data = Data(line)
    let decoder = JSONDecoder()
    decoder.userInfo[.rejectsUnknownKeys] = true
    if let decoded = try? decoder.decode(CompareCase.self, from: data),
        FuzzingSupport.firstDuplicateKey(in: data) == nil
    {
        let fromStrings = Result { () throws(UserInfoComparisonError) in try UserInfoComparator().compare(decoded) }
        if comparison != fromStrings.mapError(CompareLineProcessor.Failure.comparison) {
            Fuzz.fuzzFailure("the line's comparison differs from its decoded case's")
        }
    }
    return 0
}
