/// The input of a command: a file named on the command line, or standard input for `-`.
///
/// A file this process opened is closed when the value goes away.
struct InputFile: ~Copyable {
    /// The descriptor to read from.
    let fileDescriptor: Int32
    /// How the input is named in messages: `'path'` or `standard input`.
    let displayName: String
    private let ownsDescriptor: Bool

    /// Opens the input named by a command-line argument: `-` is standard input.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` naming the file and the system's reason,
    ///   such as `cannot read 'x.json': No such file or directory` (a directory is refused).
    init(argument: String, command: Command) throws(CommandLineError) {
        if argument == "-" {
            fileDescriptor = SystemCall.standardInput
            displayName = "standard input"
            ownsDescriptor = false
            return
        }
        switch SystemCall.openForReading(argument) {
        case .success(let descriptor):
            fileDescriptor = descriptor
            displayName = "'\(argument)'"
            ownsDescriptor = true
        case .failure(let error):
            throw .input("cannot read '\(argument)': \(error)", command: command)
        }
    }

    deinit {
        if ownsDescriptor { SystemCall.closeDescriptor(fileDescriptor) }
    }
}

// MARK: - Reading a whole document

extension InputFile {
    /// The largest input read as one document (`compare` without `--jsonl`, `result`).
    static let documentLimit = 16 * 1024 * 1024

    /// Every byte of the input, read in chunks.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` when reading fails or the input is
    ///   longer than `limit` bytes (reading stops there).
    func readAll(limit: Int = documentLimit, command: Command) throws(CommandLineError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let size = chunk.count
            let result = chunk.withUnsafeMutableBytes { raw in
                SystemCall.read(fileDescriptor, raw.baseAddress, size)
            }
            switch result {
            case .failure(let error):
                throw .input("cannot read \(displayName): \(error)", command: command)
            case .success(0):
                return bytes
            case .success(let count):
                guard bytes.count + count <= limit else {
                    throw .input(
                        "\(displayName) is larger than \(limit / (1024 * 1024)) MiB; split it, or use JSON Lines where the command takes them",
                        command: command)
                }
                bytes.append(contentsOf: chunk[..<count])
            }
        }
    }
}
