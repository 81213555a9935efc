/// The `smileid` tool: reads its command line, runs one command, reports errors.
struct SmileIDTool: Sendable {
    /// The arguments after the program name.
    var arguments: [String]

    /// Runs the tool with the process's standard output and error; the status to exit with.
    static func main(arguments: [String]) -> ExitStatus {
        SystemCall.ignoreBrokenPipeSignal()
        var output = OutputWriter(fileDescriptor: SystemCall.standardOutput)
        var errors = OutputWriter(fileDescriptor: SystemCall.standardError, capacity: 4096)
        let status = SmileIDTool(arguments: arguments).run(output: &output, errors: &errors)
        errors.flush()
        return status
    }

    /// Runs the command named by ``arguments``, writing its output and any error line.
    ///
    /// A closed standard output (`smileid codes | head -1`) ends the command quietly with its
    /// own status; any other write failure is reported and exits with 1.
    func run(output: inout OutputWriter, errors: inout OutputWriter) -> ExitStatus {
        guard !arguments.isEmpty else {
            errors.writeLine(Help.overview)
            return .usage
        }
        var status: ExitStatus
        do {
            status = try dispatch(output: &output)
        } catch {
            output.flush()
            errors.writeLine(error.line)
            return error.exitStatus
        }
        output.flush()
        if let failure = output.failure, !failure.isBrokenPipe {
            errors.writeLine(CommandLineError.output(failure.description).line)
            status = .failure
        }
        return status
    }

    private func dispatch(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        guard let first = arguments.first else {
            throw .usage("no command given; the commands are " + Self.commandList, command: nil)
        }
        // `smileid` alone prints the overview to standard error in `run(output:errors:)`.
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h", "help":
            if first == "help", let name = rest.first {
                guard let command = Command(rawValue: name) else {
                    throw .usage("unknown command '\(name)'; the commands are " + Self.commandList, command: nil)
                }
                output.writeLine(Help.text(for: command))
            } else {
                output.writeLine(Help.overview)
            }
            return .success
        case "--version":
            output.writeLine(Help.versionLine)
            return .success
        default:
            break
        }
        guard let command = Command(rawValue: first) else {
            if ArgumentParser.isOption(first) {
                throw .usage("unknown option '\(first)'", command: nil)
            }
            throw .usage("unknown command '\(first)'; the commands are " + Self.commandList, command: nil)
        }
        let parsed = try ArgumentParser(command: command).parse(rest)
        if parsed.wantsHelp {
            output.writeLine(Help.text(for: command))
            return .success
        }
        switch command {
        case .explain: return try ExplainCommand(parsed).run(output: &output)
        case .codes: return try CodesCommand(parsed).run(output: &output)
        case .compare: return try CompareCommand(parsed).run(output: &output)
        case .result: return try ResultCommand(parsed).run(output: &output)
        case .decide: return try DecideCommand(parsed).run(output: &output)
        case .verify: return try VerifyCommand(parsed, environment: SystemCall.environment).run(output: &output)
        case .sign: return try SignCommand(parsed, environment: SystemCall.environment).run(output: &output)
        }
    }

    private static var commandList: String {
        Command.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
