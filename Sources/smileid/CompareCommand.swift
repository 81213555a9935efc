/// `smileid compare <file | -> [--lenient] [--jsonl]` (waiting for the UserInfoCompare module).
struct CompareCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String

    /// The command from its parsed arguments.
    init(_ arguments: ParsedArguments) {
        input = arguments.positionals.first ?? "-"
    }

    /// Not available until the UserInfoCompare module is merged.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        throw .input("not available in this build", command: .compare)
    }
}
