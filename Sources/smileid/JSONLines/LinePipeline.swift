import SmileIDInternals

/// The batches in flight between the reading thread and the worker threads of
/// `--jsonl --jobs N`, in the order they were read.
///
/// The reading thread (``JSONLinesEngine``) ``submit(_:)``s each filled batch into the next of
/// ``capacity`` slots and writes batches back out strictly in that order (``takeNextProcessed(waiting:)``).
/// Worker threads (``work()``) take the oldest submitted batch, process it outside the lock and
/// put it back marked done. The slots bound the memory: when all are in flight, the reader
/// waits for the oldest to be processed and written, so a slow consumer of the output (a full
/// pipe) stops the reading too. A batch is moved in and out of its slot (never copied), so a
/// batch belongs to exactly one thread at a time.
///
/// `@unchecked Sendable`: every stored `var` is read and written only with ``lock`` held.
final class LinePipeline<Transform: LineTransform>: @unchecked Sendable {
    /// The number of slots: batches read but not yet written.
    let capacity: Int
    private let transform: Transform
    private let maximumLineLength: Int
    private let lock = ConditionLock()

    /// Batch `n` (counting from 0 in reading order) lives in slot `n % capacity`.
    private var slots: [LineBatch]
    private var isProcessed: [Bool]
    /// Batches submitted, taken by a worker, and taken out for writing, so far.
    private var submittedCount = 0
    private var takenCount = 0
    private var writtenCount = 0
    /// The input bytes of the batches submitted and not yet written.
    private var bytesInFlight = 0
    private var isStopping = false

    /// Creates the slots; call ``work()`` on each worker thread.
    init(transform: Transform, capacity: Int, maximumLineLength: Int) {
        self.transform = transform
        self.capacity = max(capacity, 1)
        self.maximumLineLength = maximumLineLength
        slots = Array(repeating: LineBatch(), count: self.capacity)
        isProcessed = Array(repeating: false, count: self.capacity)
    }
}

// MARK: - The reading thread

extension LinePipeline {
    /// Whether another batch of `byteCount` input bytes can be submitted without waiting: a slot
    /// is free, and the bytes in flight stay within `byteBudget` (one batch always may).
    func hasRoom(forBytes byteCount: Int, byteBudget: Int) -> Bool {
        lock.withLock {
            let inFlight = submittedCount - writtenCount
            return inFlight < capacity && (inFlight == 0 || bytesInFlight + byteCount <= byteBudget)
        }
    }

    /// Hands a filled batch to the workers; call only when ``hasRoom(forBytes:byteBudget:)``.
    func submit(_ batch: consuming LineBatch) {
        var batch = batch
        lock.withLock {
            let slot = submittedCount % capacity
            swap(&slots[slot], &batch)
            isProcessed[slot] = false
            bytesInFlight += slots[slot].bytes.count
            submittedCount += 1
            lock.broadcast()
        }
    }

    /// Whether some batch was submitted and not yet taken out for writing.
    var hasBatchesInFlight: Bool {
        lock.withLock { writtenCount < submittedCount }
    }

    /// The oldest batch not yet written, once processed: with `waiting`, waits for it (`nil` only
    /// when no batch is in flight); without, `nil` when it is not processed yet.
    func takeNextProcessed(waiting: Bool) -> LineBatch? {
        lock.withLock {
            guard writtenCount < submittedCount else { return nil }
            let slot = writtenCount % capacity
            while !isProcessed[slot] {
                guard waiting else { return nil }
                lock.wait()
            }
            var batch = LineBatch()
            swap(&slots[slot], &batch)
            bytesInFlight -= batch.bytes.count
            writtenCount += 1
            return batch
        }
    }

    /// Tells the workers to return from ``work()`` once they finish the batch in hand.
    func stop() {
        lock.withLock {
            isStopping = true
            lock.broadcast()
        }
    }
}

// MARK: - The worker threads

extension LinePipeline {
    /// Processes submitted batches, oldest first, until ``stop()``.
    func work() {
        while let (sequence, batch) = takeNextSubmitted() {
            var batch = batch
            batch.process(with: transform, maximumLineLength: maximumLineLength)
            lock.withLock {
                let slot = sequence % capacity
                swap(&slots[slot], &batch)
                isProcessed[slot] = true
                lock.broadcast()
            }
        }
    }

    /// The oldest batch no worker has taken, with its number; `nil` once stopping.
    private func takeNextSubmitted() -> (Int, LineBatch)? {
        lock.withLock {
            while takenCount == submittedCount, !isStopping { lock.wait() }
            guard !isStopping else { return nil }
            let sequence = takenCount
            takenCount += 1
            var batch = LineBatch()
            swap(&slots[sequence % capacity], &batch)
            return (sequence, batch)
        }
    }
}
