import Foundation
import Testing

@testable import smileid

@Suite("OutputWriter")
struct OutputWriterTests {
    /// Pieces around every size boundary of the writer (a small capacity, so that pieces of
    /// half the capacity and more go straight to the file descriptor), in several orders: the
    /// file holds exactly their concatenation.
    @Test(
        "writes every byte once and in order, whether a piece is buffered or written directly",
        arguments: [[1, 7, 8, 15, 16, 17, 40], [40, 1, 16, 8, 17, 7, 15], [8, 8, 8, 8, 16, 16, 1]])
    func writesPiecesInOrder(sizes: [Int]) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("outputwriter-\(UUID().uuidString)")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        var expected: [UInt8] = []
        do {
            var writer = OutputWriter(fileDescriptor: handle.fileDescriptor, capacity: 16)
            for (index, size) in sizes.enumerated() {
                let piece = (0..<size).map { UInt8(truncatingIfNeeded: 0x41 + (index * 7 + $0) % 26) }
                writer.write(piece)
                expected += piece
            }
            writer.flush()
            let isClosed = writer.isClosed
            #expect(!isClosed)
        }
        try handle.close()
        #expect(Array(try Data(contentsOf: url)) == expected)
    }
}
