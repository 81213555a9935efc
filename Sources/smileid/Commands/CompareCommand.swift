import Models
import SmileIDInternals
@_spi(SmileIDTesting) import UserInfoCompare

/// `smileid compare`: compare_user_info's rules over one case or a stream of JSON Lines (on N
/// worker threads; see ``JSONLinesEngine``). Its usage and help: ``syntax``.
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
    ///   1 to ``JobsOption/maximum``.
    init(_ arguments: ParsedArguments) throws(CommandLineError) {
        input = arguments.positionals.first ?? "-"
        readsJSONLines = arguments.has(Self.jsonl)
        usesLenientOptions = arguments.has(Self.lenient)
        jobs = try JobsOption.count(in: arguments, option: Self.jobs, command: .compare)
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

// MARK: - Command line

extension CompareCommand {
    /// `--lenient`: the lenient options for cases without their own.
    static let lenient = CommandOption.flag(
        "--lenient",
        help: """
            Use the lenient options (fold diacritics, drop apostrophes) for cases
            without "options"; a case's own "options" win.
            """)

    /// `--jsonl`: JSON Lines: one case a line.
    static let jsonl = CommandOption.flag(
        "--jsonl",
        help: """
            Read JSON Lines: one case a line, and print one compact response a line,
            in order. A line that is not a valid case prints
            {"error": "<what is wrong>", "line": N} in its place and the run goes
            on; the exit status is then 1. Blank lines are skipped and print
            nothing (line numbers still count them). A line longer than 1 MiB is
            reported as an error and skipped. Lines may end in \\n or \\r\\n.
            When the first line is { or [ alone (a pretty-printed document),
            standard error says once to drop --jsonl. Memory stays flat
            whatever the input's length.
            """)

    /// `--jobs N`: the worker threads of `--jsonl`.
    static let jobs = CommandOption.value(
        "--jobs", "N", appliesOnlyWith: jsonl,
        help: """
            With --jsonl: compare on N worker threads, 1 to 256 (default: the
            number of available processors; 1 compares on one thread). The output
            is the same whatever N: the same lines in the same order, the same
            error lines and exit status. At most a fixed number of 64 KiB batches
            of lines is in flight, so memory stays flat, and a slow reader of the
            output holds the reading back.
            """)

    /// What `smileid compare` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "file | -", options: [lenient, jsonl, jobs],
        summary: "Compare an ID authority's record with a document's, as compare_user_info does.",
        description: """
            Runs compare_user_info's rules locally on one case and prints the response Smile ID
            would send (ResultText, ResultCode, Actions), pretty-printed, keys in Smile ID's order.
            A case is a JSON object:

              {"country": "NG", "id_authority": {...}, "document": {...}, "options": {...}}

            id_authority and document hold first_name, middle_name, last_name, full_name (read
            when first_name and last_name are both absent), dob, gender, phone_number, address,
            expiration_date (each optional). country and options are
            optional; options are folds_diacritics, drops_apostrophes, date_order ("day_first" or
            "month_first") and address_partial_threshold (0 to 1). Any other key is refused with
            a hint ("id_authority.firstName is not a key of UserInfo; did you mean
            "first_name"?"), except description, expected and expected_error, which may annotate
            a case. Use - to read standard input.
            """,
        epilogue: """
            Without --jsonl the input is one JSON document of at most 16 MiB; an invalid case is
            an error (exit status 1). Errors name the JSON path, never a value.
            """)
}
