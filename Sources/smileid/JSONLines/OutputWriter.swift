/// Writes bytes to a file descriptor through a fixed-size buffer.
///
/// Once a write fails, the writer stops writing and keeps the error in ``failure``; a command
/// checks ``isClosed`` to stop early (as when `smileid codes | head -1` closes the pipe).
/// `SIGPIPE` must be ignored for a closed pipe to arrive here as `EPIPE` rather than kill the
/// process; `main.swift` does that.
struct OutputWriter: ~Copyable {
    /// The file descriptor written to.
    let fileDescriptor: Int32
    /// How many bytes are collected before they are written.
    let capacity: Int
    private var buffer: [UInt8]
    /// The error of the first write that failed, if any.
    private(set) var failure: SystemError?

    /// Creates a writer of `fileDescriptor` with a buffer of `capacity` bytes.
    init(fileDescriptor: Int32, capacity: Int = 64 * 1024) {
        self.fileDescriptor = fileDescriptor
        self.capacity = max(capacity, 1)
        self.buffer = []
        self.buffer.reserveCapacity(self.capacity)
    }

    deinit {
        if failure == nil, !buffer.isEmpty {
            _ = buffer.withUnsafeBytes { Self.writeAll($0, to: fileDescriptor) }
        }
    }

    /// Whether a write has failed, so that nothing more will be written.
    var isClosed: Bool { failure != nil }
}

// MARK: - Writing

extension OutputWriter {
    /// Writes `bytes` after what was written before.
    mutating func write(_ bytes: some Collection<UInt8>) {
        guard failure == nil else { return }
        // Large pieces (a JSON Lines batch's output) go to the file descriptor straight from
        // their own storage, after what is buffered: one copy less of every output byte.
        if bytes.count >= capacity / 2 {
            flush()
            guard failure == nil else { return }
            let error =
                bytes.withContiguousStorageIfAvailable { Self.writeAll(UnsafeRawBufferPointer($0), to: fileDescriptor) }
                ?? Array(bytes).withUnsafeBytes { Self.writeAll($0, to: fileDescriptor) }
            if let error { failure = error }
            return
        }
        if buffer.count + bytes.count > capacity {
            flush()
            guard failure == nil else { return }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Writes `text` as UTF-8.
    mutating func write(_ text: String) {
        write(text.utf8)
    }

    /// Writes `text` and a line break.
    mutating func writeLine(_ text: String = "") {
        write(text.utf8)
        write(CollectionOfOne(UInt8(ascii: "\n")))
    }

    /// Writes every buffered byte now.
    mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        if let error = buffer.withUnsafeBytes({ Self.writeAll($0, to: fileDescriptor) }) { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`, retrying partial and interrupted writes; the error if one fails.
    private static func writeAll(_ raw: UnsafeRawBufferPointer, to fileDescriptor: Int32) -> SystemError? {
        var offset = 0
        while offset < raw.count {
            switch SystemCall.write(fileDescriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset) {
            case .success(let written): offset += written
            case .failure(let error): return error
            }
        }
        return nil
    }
}
