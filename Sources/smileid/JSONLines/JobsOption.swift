/// `--jobs N` of the JSON Lines commands (`compare --jsonl`, `decide --jsonl`): how many worker
/// threads ``JSONLinesEngine`` runs. Each command declares the option with its own help; the
/// parser refuses it without `--jsonl`.
enum JobsOption {
    /// The most worker threads `--jobs` accepts.
    static let maximum = 256

    /// The number of jobs `option` asks for, or the available processors when it is not given.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when the value is not a whole number from
    ///   1 to ``maximum``.
    static func count(in arguments: ParsedArguments, option: CommandOption, command: Command) throws(CommandLineError)
        -> Int
    {
        guard let text = arguments.value(of: option) else {
            return min(WorkerThread.availableProcessorCount, maximum)
        }
        let expected = "a whole number from 1 to \(maximum)"
        let count = try ArgumentParser.wholeNumber(text, maximumDigits: 3, for: option, of: command, expected: expected)
        guard (1...maximum).contains(count) else {
            throw .invalidValue(text, for: option, of: command, expected: expected)
        }
        return count
    }
}
