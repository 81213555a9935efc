/// What one command accepts on its command line.
struct ArgumentSpecification: Sendable, Equatable {
    /// The command, for error messages.
    var command: Command
    /// Options that take no value, such as `--json`.
    var flags: Set<String>
    /// Options that take a value, as `--job-type 5` or `--job-type=5`.
    var valueOptions: Set<String>
    /// The names of the required positional arguments, in order, such as `code`.
    var positionals: [String]
}

/// The arguments of one command, parsed.
struct ParsedArguments: Sendable, Equatable {
    /// Whether `--help` or `-h` was given; nothing else is then checked.
    var wantsHelp = false
    /// The flags given.
    var flags: Set<String> = []
    /// The value of each value option given.
    var values: [String: String] = [:]
    /// The positional arguments, in order.
    var positionals: [String] = []

    /// Whether `flag` was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value given for `option`, if any.
    func value(of option: String) -> String? { values[option] }
}

/// Parses the arguments that follow a command name against its ``ArgumentSpecification``.
///
/// Accepts `--flag`, `--option value`, `--option=value`, `-` as a positional argument (standard
/// input), and `--` to end the options. `--help` or `-h` anywhere before `--` asks for help and
/// wins over every other problem. An unknown option, a missing or repeated value, a missing
/// positional argument or an extra one is a ``CommandLineError/usage(_:command:)``.
struct ArgumentParser: Sendable {
    /// What the command accepts.
    var specification: ArgumentSpecification

    /// The arguments, parsed.
    func parse(_ arguments: [String]) throws(CommandLineError) -> ParsedArguments {
        var parsed = ParsedArguments()
        if Self.asksForHelp(arguments) {
            parsed.wantsHelp = true
            return parsed
        }
        var remaining = arguments[...]
        var optionsEnded = false
        while let argument = remaining.popFirst() {
            if optionsEnded || !Self.isOption(argument) {
                parsed.positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else {
                try parseOption(argument, remaining: &remaining, into: &parsed)
            }
        }
        try checkPositionals(parsed.positionals)
        return parsed
    }

    /// Whether `--help` or `-h` comes before any `--`.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "--help" || argument == "-h" { return true }
        }
        return false
    }

    /// Whether `argument` is an option: it starts with `-` and is not `-` alone.
    static func isOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }
}

// MARK: - Options

extension ArgumentParser {
    private var command: Command { specification.command }

    private func parseOption(
        _ argument: String, remaining: inout ArraySlice<String>, into parsed: inout ParsedArguments
    ) throws(CommandLineError) {
        let (name, inlineValue) = Self.split(argument)
        if specification.flags.contains(name) {
            guard inlineValue == nil else {
                throw .usage("option '\(name)' of '\(command.rawValue)' takes no value", command: command)
            }
            parsed.flags.insert(name)
        } else if specification.valueOptions.contains(name) {
            guard parsed.values[name] == nil else {
                throw .usage("option '\(name)' of '\(command.rawValue)' is given more than once", command: command)
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw .usage("option '\(name)' of '\(command.rawValue)' needs a value", command: command)
            }
            parsed.values[name] = value
        } else {
            throw .usage("unknown option '\(name)' for '\(command.rawValue)'", command: command)
        }
    }

    /// `--name=value` as its name and value; any other argument as itself and no value.
    static func split(_ argument: String) -> (name: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
            return (argument, nil)
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private func checkPositionals(_ positionals: [String]) throws(CommandLineError) {
        let expected = specification.positionals
        if positionals.count < expected.count {
            let missing = expected[positionals.count]
            throw .usage("'\(command.rawValue)' needs <\(missing)>", command: command)
        }
        if positionals.count > expected.count {
            let extra = positionals[expected.count]
            throw .usage("unexpected argument '\(extra)' for '\(command.rawValue)'", command: command)
        }
    }
}

// MARK: - Values

extension ArgumentParser {
    /// The job type named by a `--job-type` value: a whole number such as `5`.
    ///
    /// Any number is accepted; one this version does not know is `JobType.unknown`, whose codes
    /// are only the General failures. Anything but ASCII digits is a usage error.
    static func jobTypeNumber(_ text: String, command: Command) throws(CommandLineError) -> Int {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= 9,
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let number = Int(text)
        else {
            throw .usage(
                "invalid value '\(text)' for '--job-type' of '\(command.rawValue)': expected a whole number such as 5",
                command: command)
        }
        return number
    }
}
