@_spi(SmileIDInternals) import Models
@_spi(SmileIDInternals) import UserInfoCompare

/// `smileid compare <file | -> [--lenient] [--jsonl]`: compare_user_info's rules over one case
/// or a stream of JSON Lines.
struct CompareCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String
    /// Whether the input is JSON Lines (one case a line, one compact response a line).
    var readsJSONLines: Bool
    /// Whether cases without their own `options` use ``CompareOptions/lenient``.
    var usesLenientOptions: Bool

    /// The command from its parsed arguments.
    init(_ arguments: ParsedArguments) {
        input = arguments.positionals.first ?? "-"
        readsJSONLines = arguments.has("--jsonl")
        usesLenientOptions = arguments.has("--lenient")
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
        switch processor.process(line: bytes) {
        case .success(let response):
            output.write(try Self.encode(response, as: .prettyPrinted))
            output.writeLine()
        case .failure(.emptyLine):
            throw .input("\(file.displayName) is empty; expected one case as a JSON object", command: .compare)
        case .failure(.invalidJSON):
            throw .input(
                "\(file.displayName) is not valid JSON; for one case per line, use --jsonl", command: .compare)
        case .failure(let error):
            throw .input("\(file.displayName): \(error)", command: .compare)
        }
    }
}

// MARK: - JSON Lines

extension CompareCommand {
    /// One line of output for a line that gave no response: `{"error": …, "line": N}`.
    struct LineFailure: Encodable, Sendable {
        /// What was wrong, naming the JSON path but no value.
        var error: String
        /// The line's number, counting from 1 and including blank lines.
        var line: Int
    }

    private func compareLines(of file: borrowing InputFile, output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        let processor = processor
        var reader = LineReader(fileDescriptor: file.fileDescriptor)
        var anyLineFailed = false
        // One response line, reused: a comparison writes its compact JSON straight into it.
        var responseLine: [UInt8] = []
        while !output.isClosed, let event = reader.next() {
            switch event {
            case .line(let number, let bytes):
                switch processor.compare(line: bytes) {
                case .success(let comparison):
                    responseLine.removeAll(keepingCapacity: true)
                    comparison.writeCompactJSON(into: &responseLine)
                    output.write(responseLine)
                case .failure(.emptyLine):
                    continue
                case .failure(let error):
                    anyLineFailed = true
                    output.write(try Self.encode(LineFailure(error: error.description, line: number), as: []))
                }
            case .tooLong(let number):
                anyLineFailed = true
                let failure = LineFailure(
                    error: "the line is longer than \(reader.maximumLineLength) bytes and was skipped", line: number)
                output.write(try Self.encode(failure, as: []))
            case .failure(let error):
                output.flush()
                throw .input("cannot read \(file.displayName): \(error)", command: .compare)
            }
            output.write(CollectionOfOne(UInt8(ascii: "\n")))
        }
        return anyLineFailed ? .failure : .success
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
