import SmileIDInternals

/// The batches in flight between the reading thread of `--jsonl` and whoever processes them, in
/// the order they were read.
///
/// The reading thread (``JSONLinesEngine``) ``submit(_:isProcessed:)``s each filled batch into
/// the next of ``capacity`` slots and writes batches back out strictly in that order
/// (``takeNextProcessed(waiting:)``). Worker threads (``work()``) take the oldest submitted
/// batch, process it outside the lock and put it back marked done; with no worker (one job),
/// the reading thread ``process(_:)``es each batch before submitting it as processed. The slots
/// bound the memory: when all are in flight, the reader waits for the oldest to be processed and
/// written, so a slow consumer of the output (a full pipe) stops the reading too. A batch is
/// moved in and out of its slot (never copied), so a batch belongs to exactly one thread at a
/// time.
final class LinePipeline<Transform: LineTransform>: Sendable {
    /// The number of slots: batches read but not yet written.
    let capacity: Int
    private let transform: Transform
    private let maximumLineLength: Int
    private let state: PThreadLocked<State>

    /// What the threads share, read and written only with the lock held.
    private struct State {
        /// Batch `n` (counting from 0 in reading order) lives in slot `n % capacity`.
        var slots: [LineBatch]
        var isProcessed: [Bool]
        /// Batches submitted, taken by a worker, and taken out for writing, so far.
        var submittedCount = 0
        var takenCount = 0
        var writtenCount = 0
        /// The input bytes of the batches submitted and not yet written.
        var bytesInFlight = 0
        var isStopping = false

        /// Whether the oldest batch not yet written is processed, or no batch is in flight.
        var nextIsProcessedOrNone: Bool {
            writtenCount == submittedCount || isProcessed[writtenCount % slots.count]
        }

        /// Whether a submitted batch waits for a worker, or the workers are to stop.
        var hasWorkOrIsStopping: Bool {
            takenCount < submittedCount || isStopping
        }

        /// The oldest batch not yet written, taken out of its slot when it is processed.
        mutating func takeNextProcessed() -> LineBatch? {
            guard writtenCount < submittedCount else { return nil }
            let slot = writtenCount % slots.count
            guard isProcessed[slot] else { return nil }
            var batch = LineBatch()
            swap(&slots[slot], &batch)
            bytesInFlight -= batch.bytes.count
            writtenCount += 1
            return batch
        }
    }

    /// Creates the slots; call ``work()`` on each worker thread.
    init(transform: Transform, capacity: Int, maximumLineLength: Int) {
        self.transform = transform
        self.capacity = max(capacity, 1)
        self.maximumLineLength = maximumLineLength
        state = PThreadLocked(
            State(
                slots: Array(repeating: LineBatch(), count: self.capacity),
                isProcessed: Array(repeating: false, count: self.capacity)))
    }
}

// MARK: - The reading thread

extension LinePipeline {
    /// Whether another batch of `byteCount` input bytes can be submitted without waiting: a slot
    /// is free, and the bytes in flight stay within `byteBudget` (one batch always may).
    func hasRoom(forBytes byteCount: Int, byteBudget: Int) -> Bool {
        state.withLock { state in
            let inFlight = state.submittedCount - state.writtenCount
            return inFlight < capacity && (inFlight == 0 || state.bytesInFlight + byteCount <= byteBudget)
        }
    }

    /// Hands a filled batch over, to the workers or, `isProcessed`, straight to the writing;
    /// call only when ``hasRoom(forBytes:byteBudget:)``. Submit every batch processed when no
    /// worker runs ``work()``, and none when one does (a worker takes every submitted batch).
    func submit(_ batch: consuming LineBatch, isProcessed: Bool) {
        var batch = batch
        state.withLock { state in
            let slot = state.submittedCount % capacity
            swap(&state.slots[slot], &batch)
            state.isProcessed[slot] = isProcessed
            state.bytesInFlight += state.slots[slot].bytes.count
            state.submittedCount += 1
        }
        if !isProcessed { state.broadcast() }
    }

    /// Runs the transform over every line of `batch`, as a worker does: the reading thread's
    /// work when there is no worker.
    func process(_ batch: inout LineBatch) {
        batch.process(with: transform, maximumLineLength: maximumLineLength)
    }

    /// The oldest batch not yet written, once processed: with `waiting`, waits for it (`nil` only
    /// when no batch is in flight); without, `nil` when it is not processed yet.
    func takeNextProcessed(waiting: Bool) -> LineBatch? {
        if waiting {
            // Closures, not key paths: a key path into this generic type is built at run time.
            return state.withLock(waitingUntil: { $0.nextIsProcessedOrNone }, { $0.takeNextProcessed() })
        }
        return state.withLock { $0.takeNextProcessed() }
    }

    /// Tells the workers to return from ``work()`` once they finish the batch in hand.
    func stop() {
        state.withLock { $0.isStopping = true }
        state.broadcast()
    }
}

// MARK: - The worker threads

extension LinePipeline {
    /// Processes submitted batches, oldest first, until ``stop()``.
    func work() {
        while let (sequence, batch) = takeNextSubmitted() {
            var batch = batch
            process(&batch)
            state.withLock { state in
                let slot = sequence % capacity
                swap(&state.slots[slot], &batch)
                state.isProcessed[slot] = true
            }
            state.broadcast()
        }
    }

    /// The oldest batch no worker has taken, with its number; `nil` once stopping.
    private func takeNextSubmitted() -> (Int, LineBatch)? {
        state.withLock(
            waitingUntil: { $0.hasWorkOrIsStopping },
            { state in
                guard !state.isStopping else { return nil }
                let sequence = state.takenCount
                state.takenCount += 1
                var batch = LineBatch()
                swap(&state.slots[sequence % capacity], &batch)
                return (sequence, batch)
            })
    }
}
