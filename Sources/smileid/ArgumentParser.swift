/// The arguments of one command, parsed.
struct ParsedArguments: Sendable, Equatable {
    /// Whether `--help` or `-h` was given; nothing else is then checked.
    var wantsHelp = false
    /// The names of the flags given.
    var flags: Set<String> = []
    /// The value of each value option given, by name.
    var values: [String: String] = [:]
    /// The positional arguments, in order.
    var positionals: [String] = []

    /// Whether the flag `option` was given.
    func has(_ option: CommandOption) -> Bool { flags.contains(option.name) }

    /// The value given for `option`, if any.
    func value(of option: CommandOption) -> String? { values[option.name] }
}

/// Parses the arguments that follow a command name against its ``CommandSyntax``.
///
/// Accepts `--flag`, `--option value`, `--option=value`, `-` as a positional argument (standard
/// input), and `--` to end the options. `--help` or `-h` anywhere before `--` asks for help and
/// wins over every other problem. An unknown option, a missing or repeated value, a missing
/// positional argument or an extra one, and an option given without the one it applies only
/// with, is a ``CommandLineError/usage(_:command:)``.
struct ArgumentParser: Sendable {
    /// The command whose arguments these are.
    var command: Command

    /// What the command accepts.
    private var syntax: CommandSyntax { command.syntax }

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
        try checkCompanions(of: parsed)
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
    private func parseOption(
        _ argument: String, remaining: inout ArraySlice<String>, into parsed: inout ParsedArguments
    ) throws(CommandLineError) {
        let (name, inlineValue) = Self.split(argument)
        guard let option = syntax.option(named: name) else {
            throw .usage("unknown option '\(name)' for '\(command.rawValue)'", command: command)
        }
        if !option.takesValue {
            guard inlineValue == nil else {
                throw .usage("option '\(name)' of '\(command.rawValue)' takes no value", command: command)
            }
            parsed.flags.insert(name)
        } else {
            guard parsed.values[name] == nil else {
                throw .usage("option '\(name)' of '\(command.rawValue)' is given more than once", command: command)
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw .usage("option '\(name)' of '\(command.rawValue)' needs a value", command: command)
            }
            parsed.values[name] = value
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
        let expected = syntax.argument.map { [$0] } ?? []
        if positionals.count < expected.count, !syntax.argumentIsOptional {
            let missing = expected[positionals.count]
            throw .usage("'\(command.rawValue)' needs <\(missing)>", command: command)
        }
        if positionals.count > expected.count {
            let extra = positionals[expected.count]
            throw .usage("unexpected argument '\(extra)' for '\(command.rawValue)'", command: command)
        }
    }

    /// Refuses an option given without the option it applies only with.
    private func checkCompanions(of parsed: ParsedArguments) throws(CommandLineError) {
        for option in syntax.options {
            guard let companion = option.appliesOnlyWith,
                parsed.flags.contains(option.name) || parsed.values[option.name] != nil,
                !parsed.flags.contains(companion), parsed.values[companion] == nil
            else { continue }
            throw .usage(
                "option '\(option.name)' of '\(command.rawValue)' applies only with \(companion)", command: command)
        }
    }
}

// MARK: - Values

extension ArgumentParser {
    /// A whole number of at most `maximumDigits` ASCII digits given for `option`, such as a
    /// `--job-type` of `5`; anything else is a usage error saying what was `expected`.
    static func wholeNumber(
        _ text: String, maximumDigits: Int, for option: CommandOption, of command: Command, expected: String
    ) throws(CommandLineError) -> Int {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= maximumDigits,
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let number = Int(text)
        else {
            throw .invalidValue(text, for: option, of: command, expected: expected)
        }
        return number
    }

    /// The job type named by a `--job-type` value: a whole number such as `5`.
    ///
    /// Any number is accepted; one this version does not know is `JobType.unknown`, whose codes
    /// are only the General failures. Anything but ASCII digits is a usage error.
    static func jobTypeNumber(_ text: String, for option: CommandOption, of command: Command) throws(CommandLineError)
        -> Int
    {
        try wholeNumber(text, maximumDigits: 9, for: option, of: command, expected: "a whole number such as 5")
    }
}
