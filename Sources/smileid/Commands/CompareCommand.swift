import Models
import SmileIDInternals
@_spi(SmileIDTesting) import UserInfoCompare

/// `smileid compare <file | -> [--lenient] [--jsonl [--jobs N]]`: compare_user_info's rules over
/// one case or a stream of JSON Lines (on N worker threads; see ``JSONLinesEngine``).
struct CompareCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String
    /// Whether the input is JSON Lines (one case a line, one compact response a line).
    var readsJSONLines: Bool
    /// Whether cases without their own `options` use ``CompareOptions/lenient``.
    var usesLenientOptions: Bool
    /// The number of worker threads for JSON Lines; 1 compares every line on the calling thread.
    var jobs: Int

    /// The command from its parsed arguments; `--jobs` defaults to the available processors.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when `--jobs` is not a whole number from
    ///   1 to ``JobsOption/maximum``, or is given without `--jsonl`.
    init(_ arguments: ParsedArguments) throws(CommandLineError) {
        input = arguments.positionals.first ?? "-"
        readsJSONLines = arguments.has("--jsonl")
        usesLenientOptions = arguments.has("--lenient")
        jobs = try JobsOption.count(in: arguments, command: .compare)
    }

    /// The processor every case goes through; a case's own `options` win over its defaults.
    var processor: CompareLineProcessor {
        CompareLineProcessor(defaultOptions: usesLenientOptions ? .lenient : .default)
    }

    /// Compares the input's case or cases and prints the responses.
    ///
    /// - Returns: ``ExitStatus/failure`` when a line of JSON Lines failed, else success.
    /// - Throws: ``CommandLineError/input(_:command:)`` when the input cannot be read, or, without
    ///   `--jsonl`, is not a valid case.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        let file = try InputFile(argument: input, command: .compare)
        if readsJSONLines {
            return try compareLines(of: file, output: &output)
        }
        try compareDocument(of: file, output: &output)
        return .success
    }
}

// MARK: - One case

extension CompareCommand {
    private func compareDocument(of file: borrowing InputFile, output: inout OutputWriter) throws(CommandLineError) {
        let bytes = try file.readAll(command: .compare)
        guard !JSONWhitespace.isBlank(bytes) else {
            throw .input("\(file.displayName) is empty; expected one case as a JSON object", command: .compare)
        }
        switch processor.compare(line: bytes) {
        case .success(let comparison):
            output.write(try Self.encode(comparison.response(), as: .prettyPrinted))
            output.writeLine()
        case .failure(.decoding(let failure)) where failure.kind == .invalidJSON:
            throw .input(
                "\(file.displayName) is not valid JSON; for one case per line, use --jsonl", command: .compare)
        case .failure(let failure):
            throw .input("\(file.displayName): \(failure)", command: .compare)
        }
    }
}

// MARK: - JSON Lines

extension CompareCommand {
    private func compareLines(of file: borrowing InputFile, output: inout OutputWriter) throws(CommandLineError)
        -> ExitStatus
    {
        let engine = JSONLinesEngine(transform: LineComparison(processor: processor), jobs: jobs)
        return try engine.run(file, command: .compare, output: &output)
    }

    private static func encode(
        _ value: some Encodable, as formatting: OrderedJSONEncoder.OutputFormatting
    ) throws(CommandLineError) -> [UInt8] {
        do {
            return try OrderedJSONEncoder(outputFormatting: formatting).encode(value)
        } catch {
            throw .output("a response could not be encoded as JSON")
        }
    }
}
