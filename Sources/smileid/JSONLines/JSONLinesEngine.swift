/// Runs a ``LineTransform`` over every line of JSON Lines and prints one output line per input
/// line, in order: the engine of `smileid compare --jsonl`, on one thread or on `jobs` worker
/// threads.
///
/// Whatever `jobs` is, the output is byte for byte the same: the same lines in the same order,
/// the same `{"error": …, "line": N}` objects (N counts every line, blank ones included), the
/// same exit status (1 when a line failed). With more than one job, the calling thread reads
/// lines into batches of about ``batchByteCount`` bytes, worker threads run the transform over
/// whole batches, and the calling thread writes the batches back in reading order. At most
/// ``LinePipeline/capacity`` batches (``maximumBatchesInFlight`` at most) and
/// ``byteBudget`` input bytes are in flight at once, so memory stays flat whatever the input's
/// length and the number of jobs, and a slow reader of the output holds the reading back.
struct JSONLinesEngine<Transform: LineTransform>: Sendable {
    /// What is done with each line.
    var transform: Transform
    /// The number of worker threads; 1 runs every line on the calling thread.
    var jobs: Int

    /// Lines are collected into a batch until it holds this many bytes of input.
    static var batchByteCount: Int { 64 * 1024 }
    /// A batch holds at most this many lines (blank lines cost no bytes).
    static var batchLineCount: Int { 4096 }
    /// The most batches in flight, whatever the number of jobs.
    static var maximumBatchesInFlight: Int { 64 }
    /// The most input bytes in flight (more only when one batch alone is larger).
    static var byteBudget: Int { 16 * 1024 * 1024 }

    /// Runs the transform over every line of `file`, writing to `output`.
    ///
    /// - Returns: ``ExitStatus/failure`` when a line failed, else success.
    /// - Throws: ``CommandLineError/input(_:command:)`` when reading fails (after writing the
    ///   output of every line before the failure), or ``CommandLineError/output(_:)`` when an
    ///   error line cannot be encoded.
    func run(
        _ file: borrowing InputFile, command: Command, output: inout OutputWriter
    ) throws(CommandLineError) -> ExitStatus {
        var reader = LineReader(fileDescriptor: file.fileDescriptor)
        let anyLineFailed: Bool
        let readFailure: SystemError?
        if jobs <= 1 {
            (anyLineFailed, readFailure) = try runOnCallingThread(&reader, output: &output)
        } else {
            (anyLineFailed, readFailure) = try runOnWorkers(&reader, output: &output)
        }
        if let readFailure {
            output.flush()
            throw .input("cannot read \(file.displayName): \(readFailure)", command: command)
        }
        return anyLineFailed ? .failure : .success
    }
}

// MARK: - One thread

extension JSONLinesEngine {
    private func runOnCallingThread(
        _ reader: inout LineReader, output: inout OutputWriter
    ) throws(CommandLineError) -> (anyLineFailed: Bool, readFailure: SystemError?) {
        var anyLineFailed = false
        // One output line, reused.
        var outputLine: [UInt8] = []
        while !output.isClosed, let event = reader.next() {
            outputLine.removeAll(keepingCapacity: true)
            let result: LineOutput.Result
            switch event {
            case .line(let number, let bytes):
                result = bytes.withUnsafeBufferPointer { line in
                    LineOutput.appendResult(of: transform, for: line, number: number, into: &outputLine)
                }
            case .tooLong(let number):
                result = LineOutput.appendTooLong(number: number, limit: reader.maximumLineLength, into: &outputLine)
            case .failure(let error):
                return (anyLineFailed, error)
            }
            switch result {
            case .written: break
            case .skipped: continue
            case .failed: anyLineFailed = true
            case .unencodable(let error): throw error
            }
            outputLine.append(UInt8(ascii: "\n"))
            output.write(outputLine)
        }
        return (anyLineFailed, nil)
    }
}

// MARK: - Worker threads

extension JSONLinesEngine {
    private func runOnWorkers(
        _ reader: inout LineReader, output: inout OutputWriter
    ) throws(CommandLineError) -> (anyLineFailed: Bool, readFailure: SystemError?) {
        let pipeline = LinePipeline(
            transform: transform, capacity: min(2 * jobs + 2, Self.maximumBatchesInFlight),
            maximumLineLength: reader.maximumLineLength)
        var workers: [WorkerThread] = []
        defer {
            pipeline.stop()
            while let worker = workers.popLast() { worker.join() }
        }
        for _ in 0..<jobs {
            guard let worker = WorkerThread({ pipeline.work() }) else { break }
            workers.append(worker)
        }
        guard !workers.isEmpty else {
            // No thread could be started: do the work here.
            return try runOnCallingThread(&reader, output: &output)
        }

        var writer = BatchWriter()
        var batch = LineBatch()
        var readFailure: SystemError?
        reading: while !output.isClosed {
            guard let event = reader.next() else { break }
            switch event {
            case .line(let number, let bytes): batch.append(line: bytes, number: number)
            case .tooLong(let number): batch.appendTooLong(number: number)
            case .failure(let error):
                readFailure = error
                break reading
            }
            if batch.bytes.count >= Self.batchByteCount || batch.count >= Self.batchLineCount {
                try writer.submit(&batch, to: pipeline, output: &output)
            }
        }
        if !batch.isEmpty, !output.isClosed {
            try writer.submit(&batch, to: pipeline, output: &output)
        }
        while !output.isClosed, let processed = pipeline.takeNextProcessed(waiting: true) {
            try writer.write(processed, output: &output)
        }
        return (writer.anyLineFailed, readFailure)
    }

    /// The reading thread's side of a ``LinePipeline``: submits batches, writes processed ones
    /// in order, and keeps written batches for reuse.
    private struct BatchWriter {
        var anyLineFailed = false
        private var spare: [LineBatch] = []

        /// Submits `batch` (leaving an empty one in its place), first writing processed batches
        /// until there is room, then any others already processed.
        mutating func submit(
            _ batch: inout LineBatch, to pipeline: LinePipeline<Transform>, output: inout OutputWriter
        ) throws(CommandLineError) {
            while !pipeline.hasRoom(forBytes: batch.bytes.count, byteBudget: JSONLinesEngine.byteBudget) {
                guard let processed = pipeline.takeNextProcessed(waiting: true) else { break }
                try write(processed, output: &output)
                if output.isClosed { return }
            }
            var next = spare.popLast() ?? LineBatch()
            swap(&batch, &next)
            pipeline.submit(next)
            while !output.isClosed, let processed = pipeline.takeNextProcessed(waiting: false) {
                try write(processed, output: &output)
            }
        }

        /// Writes a processed batch's output and keeps the batch for reuse.
        mutating func write(_ processed: consuming LineBatch, output: inout OutputWriter) throws(CommandLineError) {
            var batch = processed
            if let failure = batch.failure { throw failure }
            output.write(batch.output)
            anyLineFailed = anyLineFailed || batch.anyLineFailed
            batch.reset(retainedCapacity: 4 * JSONLinesEngine.batchByteCount)
            spare.append(batch)
        }
    }
}
