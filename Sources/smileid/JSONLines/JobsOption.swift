/// `--jobs N` of the JSON Lines commands (`compare --jsonl`, `decide --jsonl`): how many worker
/// threads ``JSONLinesEngine`` runs.
enum JobsOption {
    /// The most worker threads `--jobs` accepts.
    static let maximum = 256

    /// The number of jobs the arguments ask for: `--jobs`, or the available processors.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when `--jobs` is not a whole number from
    ///   1 to ``maximum``, or is given without `--jsonl`.
    static func count(in arguments: ParsedArguments, command: Command) throws(CommandLineError) -> Int {
        guard let text = arguments.value(of: "--jobs") else {
            return min(WorkerThread.availableProcessorCount, maximum)
        }
        guard arguments.has("--jsonl") else {
            throw .usage("option '--jobs' of '\(command.rawValue)' applies only with --jsonl", command: command)
        }
        return try count(text, command: command)
    }

    /// The value of `--jobs`: a whole number from 1 to ``maximum``.
    static func count(_ text: String, command: Command) throws(CommandLineError) -> Int {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= 3,
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let count = Int(text), (1...maximum).contains(count)
        else {
            throw .usage(
                "invalid value '\(text)' for '--jobs' of '\(command.rawValue)': expected a whole number from 1 to \(maximum)",
                command: command)
        }
        return count
    }
}
