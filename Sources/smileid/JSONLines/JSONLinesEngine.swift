import SmileIDInternals

/// Runs a ``LineTransform`` over every line of JSON Lines and prints one output line per input
/// line, in order: the engine of `smileid compare --jsonl` and `smileid decide --jsonl`.
///
/// One path whatever `jobs` is: the calling thread reads lines into batches of about
/// ``batchByteCount`` bytes, each batch is processed (the transform run over its lines into its
/// output), and the calling thread writes the batches back in reading order. With more than one
/// job, `jobs` worker threads process the batches; with one (or when no thread can be started),
/// the calling thread processes each batch itself as it hands it over. So the output is byte
/// for byte the same with any number of jobs: the same lines in the same order, the same
/// `{"error": …, "line": N}` objects (N counts every line, blank ones included), the same exit
/// status (1 when a line failed). At most ``LinePipeline/capacity`` batches
/// (``maximumBatchesInFlight`` at most) and ``byteBudget`` input bytes are in flight at once,
/// so memory stays flat whatever the input's length and the number of jobs, and a slow reader
/// of the output holds the reading back.
struct JSONLinesEngine<Transform: LineTransform>: Sendable {
    /// What is done with each line.
    var transform: Transform
    /// The number of worker threads; 1 processes every batch on the calling thread.
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
    ///   output of every line before the failure), or, after every line's output, once when the
    ///   input's first line that is not blank is `{` or `[` alone (a pretty-printed document,
    ///   which JSON Lines cannot hold: every line then fails) with the hint to drop `--jsonl`;
    ///   ``CommandLineError/output(_:)`` when an error line cannot be encoded (after writing the
    ///   lines before it).
    func run(
        _ file: borrowing InputFile, command: Command, output: inout OutputWriter
    ) throws(CommandLineError) -> ExitStatus {
        var reader = LineReader(fileDescriptor: file.fileDescriptor)
        let pipeline = LinePipeline(
            transform: transform, capacity: min(2 * jobs + 2, Self.maximumBatchesInFlight),
            maximumLineLength: reader.maximumLineLength)
        var workers: [WorkerThread] = []
        defer {
            pipeline.stop()
            while let worker = workers.popLast() { worker.join() }
        }
        if jobs > 1 {
            for _ in 0..<jobs {
                guard let worker = WorkerThread({ pipeline.work() }) else { break }
                workers.append(worker)
            }
        }

        var writer = BatchWriter(pipeline: pipeline, processesOnSubmit: workers.isEmpty)
        var batch = LineBatch()
        var readFailure: SystemError?
        var firstLine: FirstLine?
        reading: while !output.isClosed {
            guard let event = reader.next() else { break }
            switch event {
            case .line(let number, let bytes):
                if firstLine == nil, !JSONWhitespace.isBlank(bytes) {
                    firstLine = FirstLine(number: number, bytes: bytes)
                }
                batch.append(line: bytes, number: number)
            case .tooLong(let number): batch.appendTooLong(number: number)
            case .failure(let error):
                readFailure = error
                break reading
            }
            if batch.bytes.count >= Self.batchByteCount || batch.count >= Self.batchLineCount {
                try writer.submit(&batch, output: &output)
            }
        }
        if !batch.isEmpty, !output.isClosed {
            try writer.submit(&batch, output: &output)
        }
        try writer.writeRemaining(output: &output)
        if let readFailure {
            output.flush()
            throw .input("cannot read \(file.displayName): \(readFailure)", command: command)
        }
        if writer.anyLineFailed, let firstLine, let opening = firstLine.openingAlone {
            throw .input(
                "line \(firstLine.number) is '\(opening)' alone, as a pretty-printed JSON document begins; --jsonl "
                    + "reads one document a line: drop --jsonl to read \(file.displayName) whole",
                command: command)
        }
        return writer.anyLineFailed ? .failure : .success
    }
}

// MARK: - A pretty-printed document

extension JSONLinesEngine {
    /// The input's first line that is not blank.
    private struct FirstLine {
        var number: Int
        /// `{` or `[` when the line is that bracket alone (JSON white space around it).
        var openingAlone: Character?

        init(number: Int, bytes: ArraySlice<UInt8>) {
            self.number = number
            let content = bytes.filter { !JSONWhitespace.contains($0) }
            switch content {
            case [UInt8(ascii: "{")]: openingAlone = "{"
            case [UInt8(ascii: "[")]: openingAlone = "["
            default: openingAlone = nil
            }
        }
    }
}

// MARK: - Writing in order

extension JSONLinesEngine {
    /// The reading thread's side of the ``LinePipeline``: submits batches (processing each
    /// first when no worker does), writes processed ones in order, and keeps written batches for
    /// reuse.
    private struct BatchWriter {
        let pipeline: LinePipeline<Transform>
        /// Whether the reading thread processes each batch itself (one job, or no worker).
        let processesOnSubmit: Bool
        private(set) var anyLineFailed = false
        private var spare: [LineBatch] = []

        init(pipeline: LinePipeline<Transform>, processesOnSubmit: Bool) {
            self.pipeline = pipeline
            self.processesOnSubmit = processesOnSubmit
        }

        /// Submits `batch` (leaving an empty one in its place), first writing processed batches
        /// until there is room, then any others already processed.
        mutating func submit(_ batch: inout LineBatch, output: inout OutputWriter) throws(CommandLineError) {
            while !pipeline.hasRoom(forBytes: batch.bytes.count, byteBudget: JSONLinesEngine.byteBudget) {
                guard let processed = pipeline.takeNextProcessed(waiting: true) else { break }
                try write(processed, output: &output)
                if output.isClosed { return }
            }
            var next = spare.popLast() ?? LineBatch()
            swap(&batch, &next)
            if processesOnSubmit {
                pipeline.process(&next)
            }
            pipeline.submit(next, isProcessed: processesOnSubmit)
            while !output.isClosed, let processed = pipeline.takeNextProcessed(waiting: false) {
                try write(processed, output: &output)
            }
        }

        /// Writes every batch still in flight, in order, as each is processed.
        mutating func writeRemaining(output: inout OutputWriter) throws(CommandLineError) {
            while !output.isClosed, let processed = pipeline.takeNextProcessed(waiting: true) {
                try write(processed, output: &output)
            }
        }

        /// Writes a processed batch's output and keeps the batch for reuse; a batch whose error
        /// line could not be encoded ends the run after the lines before it.
        private mutating func write(_ processed: consuming LineBatch, output: inout OutputWriter)
            throws(CommandLineError)
        {
            var batch = processed
            output.write(batch.output)
            if let failure = batch.failure { throw failure }
            anyLineFailed = anyLineFailed || batch.anyLineFailed
            batch.reset(retainedCapacity: 4 * JSONLinesEngine.batchByteCount)
            spare.append(batch)
        }
    }
}
