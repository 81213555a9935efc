/// Why a command could not do its work, as the one line `smileid` prints to standard error.
///
/// The text says what is wrong, where (a JSON path, a field, a line number) and how to fix it. It
/// never contains a personal value, an API key or a signature read from the input; it may name
/// identifiers Smile ID assigns, such as the two `SmileJobID`s of a mixed trail, codes and job
/// types, and repeat what the user typed on the command line.
enum CommandLineError: Error, Sendable, Equatable {
    /// The command line is wrong; `command` is the command whose help to point to, if any.
    case usage(String, command: Command?)
    /// The input of `command` could not be read or understood.
    case input(String, command: Command)
    /// Standard output could not be written, for a reason other than a closed pipe.
    case output(String)
}

extension CommandLineError {
    /// The status to exit with: 2 for a usage error, 1 otherwise.
    var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .input, .output: .failure
        }
    }

    /// The line printed to standard error, without the line break.
    var line: String {
        switch self {
        case .usage(let message, let command):
            let help = command.map { "smileid \($0.rawValue) --help" } ?? "smileid --help"
            return "smileid: \(message); see '\(help)'"
        case .input(let message, let command):
            return "smileid: \(command.rawValue): \(message)"
        case .output(let message):
            return "smileid: cannot write the output: \(message)"
        }
    }
}

// MARK: - Values

extension CommandLineError {
    /// The usage error for a value of `option` that is not what it takes: `invalid value 'x' for
    /// '--jobs' of 'compare': expected a whole number from 1 to 256`.
    static func invalidValue(_ text: String, for option: CommandOption, of command: Command, expected: String)
        -> CommandLineError
    {
        .usage(
            "invalid value '\(text)' for '\(option.name)' of '\(command.rawValue)': expected \(expected)",
            command: command)
    }
}
