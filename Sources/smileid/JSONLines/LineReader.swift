#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor as lines, in fixed-size chunks, with bounded memory.
///
/// Lines end with `\n`; a `\r` before it is dropped, so `\r\n` files read the same. The last
/// line needs no line break. A line longer than ``maximumLineLength`` is reported as
/// ``Event/tooLong(number:)`` and skipped without being held in memory: the reader keeps at most
/// one chunk and one line of up to ``maximumLineLength`` bytes, whatever the input's size.
struct LineReader: ~Copyable {
    /// One step of reading.
    enum Event {
        /// A line, without its line break; `number` counts from 1 and includes every line.
        case line(number: Int, bytes: ArraySlice<UInt8>)
        /// A line longer than the limit, skipped.
        case tooLong(number: Int)
        /// Reading failed; nothing more is read.
        case failure(SystemError)
    }

    /// The descriptor read from.
    let fileDescriptor: Int32
    /// The number of bytes asked of each `read(2)`.
    let chunkSize: Int
    /// The longest line, in bytes without its line break, that is returned.
    let maximumLineLength: Int

    private var chunk: [UInt8] = []
    private var position = 0
    private var chunkEnd = 0
    private var pending: [UInt8] = []
    private var isSkippingLongLine = false
    private var lineNumber = 0
    private var isFinished = false

    /// Creates a reader of `fileDescriptor`; the defaults are 64 KiB chunks and 1 MiB lines.
    init(fileDescriptor: Int32, chunkSize: Int = 64 * 1024, maximumLineLength: Int = 1024 * 1024) {
        self.fileDescriptor = fileDescriptor
        self.chunkSize = max(chunkSize, 1)
        self.maximumLineLength = max(maximumLineLength, 0)
    }
}

// MARK: - Reading

extension LineReader {
    /// The next line, long-line report or failure; `nil` at the end of the input.
    ///
    /// The returned bytes stay valid after the next call, but are cheapest when released first.
    mutating func next() -> Event? {
        while !isFinished {
            if position < chunkEnd {
                if let event = consumeChunk() { return event }
                continue
            }
            switch refill() {
            case .failure(let error):
                isFinished = true
                return .failure(error)
            case .success(0):
                isFinished = true
                return finishLastLine()
            case .success:
                continue
            }
        }
        return nil
    }

    /// Takes bytes from the current chunk up to the next line break or the chunk's end.
    private mutating func consumeChunk() -> Event? {
        guard let newline = nextLineBreak() else {
            keepPending(chunk[position..<chunkEnd])
            position = chunkEnd
            return nil
        }
        let piece = chunk[position..<newline]
        position = newline + 1
        lineNumber += 1
        if isSkippingLongLine {
            isSkippingLongLine = false
            return .tooLong(number: lineNumber)
        }
        if pending.isEmpty {
            return lineEvent(piece)
        }
        keepPending(piece)
        if isSkippingLongLine {
            isSkippingLongLine = false
            pending.removeAll(keepingCapacity: true)
            return .tooLong(number: lineNumber)
        }
        let line = pending[...]
        pending = []
        return lineEvent(line)
    }

    /// The index of the next `\n` in the current chunk, found with `memchr`.
    private func nextLineBreak() -> Int? {
        let (start, end) = (position, chunkEnd)
        return chunk.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, start < end,
                let found = memchr(base + start, Int32(UInt8(ascii: "\n")), end - start)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// The event for a whole line held in `bytes`, checking its length.
    private func lineEvent(_ bytes: ArraySlice<UInt8>) -> Event {
        let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
        guard line.count <= maximumLineLength else { return .tooLong(number: lineNumber) }
        return .line(number: lineNumber, bytes: line)
    }

    /// Adds part of a line to the pending bytes, or starts skipping when it gets too long.
    private mutating func keepPending(_ bytes: ArraySlice<UInt8>) {
        guard !isSkippingLongLine else { return }
        // One byte of slack for a `\r` that a following `\n` will drop.
        if pending.count + bytes.count > maximumLineLength + 1 {
            pending.removeAll(keepingCapacity: false)
            isSkippingLongLine = true
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    /// The last line when the input does not end with a line break.
    private mutating func finishLastLine() -> Event? {
        if isSkippingLongLine {
            isSkippingLongLine = false
            lineNumber += 1
            return .tooLong(number: lineNumber)
        }
        guard !pending.isEmpty else { return nil }
        lineNumber += 1
        let line = pending[...]
        pending = []
        return lineEvent(line)
    }

    /// Reads the next chunk; the number of bytes read.
    private mutating func refill() -> Result<Int, SystemError> {
        if chunk.count != chunkSize {
            chunk = [UInt8](repeating: 0, count: chunkSize)
        }
        let size = chunkSize
        let result = chunk.withUnsafeMutableBytes { raw in
            SystemCall.read(fileDescriptor, raw.baseAddress, size)
        }
        position = 0
        chunkEnd = (try? result.get()) ?? 0
        return result
    }
}
