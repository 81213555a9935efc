/// What one command accepts and says about itself: its argument, its options in order, and the
/// text of its help. The parser (``ArgumentParser``), the command's usage line (in
/// `smileid --help` and in the command's help) and the help itself are made from it.
struct CommandSyntax: Sendable {
    /// The name of the positional argument, such as `code` or `file | -`; `nil` for none.
    var argument: String?
    /// Whether the command may be given without its ``argument`` (the usage line shows it in
    /// brackets); the command then says what it does instead.
    var argumentIsOptional = false
    /// The options, in the order the usage line and the help show them.
    var options: [CommandOption]
    /// One sentence for the list of commands in `smileid --help` (lines after the first are
    /// indented to its column).
    var summary: String
    /// The help's paragraphs between the usage line and the options.
    var description: String
    /// The help's paragraphs after the options, if any.
    var epilogue: String = ""
}

// MARK: - Options

extension CommandSyntax {
    /// The option named `name`, if the command has it.
    func option(named name: String) -> CommandOption? {
        options.first { $0.name == name }
    }
}

// MARK: - Usage and help

extension CommandSyntax {
    /// What follows the command's name in its usage line, such as
    /// `<file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]`: the argument, then each
    /// option (in brackets unless required), with the options that apply only with it inside
    /// its brackets.
    var usage: String {
        var parts = argument.map { [argumentIsOptional ? "[<\($0)>]" : "<\($0)>"] } ?? []
        for option in options where option.appliesOnlyWith == nil {
            parts.append(usage(of: option))
        }
        return parts.joined(separator: " ")
    }

    private func usage(of option: CommandOption) -> String {
        var text = option.label
        for nested in options where nested.appliesOnlyWith == option.name {
            text += " " + usage(of: nested)
        }
        return option.isRequired ? text : "[\(text)]"
    }

    /// The help `smileid <command> --help` prints: the usage line, the description, every
    /// option with `-h, --help` last, and the epilogue.
    func help(of command: Command) -> String {
        let rows = options.map { ($0.label, $0.help) } + [("-h, --help", "Show this help.")]
        var text = "Usage: \(command.usageLine)\n\n\(description)\n\nOptions:\n"
        text += Help.columns(rows).joined(separator: "\n")
        if !epilogue.isEmpty { text += "\n\n" + epilogue }
        return text
    }
}
