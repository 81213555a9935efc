@_spi(SmileIDTesting) import UserInfoCompare

/// One line of `compare --jsonl`: the case's compact response, or the error that names what was
/// wrong and where.
struct LineComparison: LineTransform {
    /// The processor every line goes through.
    var processor: CompareLineProcessor

    func transform(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> LineOutcome {
        switch processor.compare(line: line) {
        case .success(let comparison):
            comparison.writeCompactJSON(into: &output)
            return .written
        case .failure(let error):
            return .failed(error.description)
        }
    }
}
