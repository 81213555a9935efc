/// A run of consecutive lines of JSON Lines and, once processed, their output: the unit of
/// work of ``JSONLinesEngine``, processed by a worker thread with `--jobs N` or by the reading
/// thread with one job.
///
/// The lines' bytes are copied one after another into one buffer, so a batch owns its input
/// and the reader's chunk can be reused at once. Buffers keep their capacity when a batch is
/// reused, so a long run allocates only while its first batches grow.
struct LineBatch: Sendable {
    /// One line, or a line the reader skipped for being too long.
    enum Entry: Sendable {
        /// A line whose bytes end at `end` in ``bytes`` (and start where the previous line ended).
        case line(end: Int, number: Int)
        /// A line longer than the reader's limit.
        case tooLong(number: Int)
    }

    /// The lines' bytes, one after another, without line breaks.
    private(set) var bytes: [UInt8] = []
    /// The lines in order.
    private(set) var entries: [Entry] = []
    /// The output of every line, each with its line break; filled by ``process(with:maximumLineLength:)``.
    private(set) var output: [UInt8] = []
    /// Whether a line failed (an error line was written in its place).
    private(set) var anyLineFailed = false
    /// Set when an error line could not be encoded; the run stops with this error.
    private(set) var failure: CommandLineError?

    /// The number of lines (including skipped long ones).
    var count: Int { entries.count }

    /// Whether the batch holds no line.
    var isEmpty: Bool { entries.isEmpty }
}

// MARK: - Filling

extension LineBatch {
    /// Adds a line.
    mutating func append(line: ArraySlice<UInt8>, number: Int) {
        bytes.append(contentsOf: line)
        entries.append(.line(end: bytes.count, number: number))
    }

    /// Adds a line that was too long to keep.
    mutating func appendTooLong(number: Int) {
        entries.append(.tooLong(number: number))
    }

    /// Empties the batch for reuse; a buffer that grew beyond `retainedCapacity` bytes (for an
    /// unusually long line) is released rather than kept.
    mutating func reset(retainedCapacity: Int) {
        if bytes.capacity > retainedCapacity { bytes = [] } else { bytes.removeAll(keepingCapacity: true) }
        if output.capacity > retainedCapacity { output = [] } else { output.removeAll(keepingCapacity: true) }
        entries.removeAll(keepingCapacity: true)
        anyLineFailed = false
        failure = nil
    }
}

// MARK: - Processing

extension LineBatch {
    /// Runs `transform` over every line, in order, into ``output``.
    mutating func process(with transform: some LineTransform, maximumLineLength: Int) {
        var output = self.output
        self.output = []
        output.removeAll(keepingCapacity: true)
        var anyLineFailed = false
        var failure: CommandLineError?
        let entries = self.entries
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for entry in entries {
                let result: LineOutput.Result
                switch entry {
                case .line(let end, let number):
                    let line = UnsafeBufferPointer(rebasing: all[start..<end])
                    start = end
                    result = LineOutput.appendResult(of: transform, for: line, number: number, into: &output)
                case .tooLong(let number):
                    result = LineOutput.appendTooLong(number: number, limit: maximumLineLength, into: &output)
                }
                switch result {
                case .written: output.append(UInt8(ascii: "\n"))
                case .skipped: break
                case .failed:
                    anyLineFailed = true
                    output.append(UInt8(ascii: "\n"))
                case .unencodable(let error):
                    failure = error
                    return
                }
            }
        }
        self.output = output
        self.anyLineFailed = anyLineFailed
        self.failure = failure
    }
}
