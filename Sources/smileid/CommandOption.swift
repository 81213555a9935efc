/// One option of a command, declared once: the parser accepts it, the usage line and the help
/// show it, and the command reads its value through it (``ParsedArguments/value(of:)``).
///
/// ```swift
/// static let jobs = CommandOption.value(
///     "--jobs", "N", appliesOnlyWith: jsonl, help: "With --jsonl: compare on N worker threads, …")
/// ```
struct CommandOption: Sendable, Hashable {
    /// The option as typed, such as `--job-type`.
    let name: String
    /// What the option's value stands for in the usage line and the help (`N`, `FILE`), or `nil`
    /// for a flag, which takes no value.
    let valueName: String?
    /// Whether the command needs the option: the usage line shows it without brackets. The
    /// command checks it (in the order of its other checks).
    let isRequired: Bool
    /// The option this one is allowed only with, such as `--jsonl` for `--jobs`: the usage line
    /// shows it inside that option's brackets, and the parser refuses it alone.
    let appliesOnlyWith: String?
    /// What the option does, for the help; each line after the first is indented to the column
    /// of the descriptions, keeping its own indentation.
    let help: String

    /// An option that takes no value, such as `--json`.
    static func flag(_ name: String, appliesOnlyWith other: CommandOption? = nil, help: String) -> CommandOption {
        CommandOption(name: name, valueName: nil, isRequired: false, appliesOnlyWith: other?.name, help: help)
    }

    /// An option that takes a value, as `--job-type 5` or `--job-type=5`.
    static func value(
        _ name: String, _ valueName: String, isRequired: Bool = false, appliesOnlyWith other: CommandOption? = nil,
        help: String
    ) -> CommandOption {
        CommandOption(
            name: name, valueName: valueName, isRequired: isRequired, appliesOnlyWith: other?.name, help: help)
    }
}

// MARK: - Text

extension CommandOption {
    /// Whether the option takes a value.
    var takesValue: Bool { valueName != nil }

    /// The option and its value's name, as the usage line and the help show it: `--job-type N`.
    var label: String {
        valueName.map { "\(name) \($0)" } ?? name
    }
}
