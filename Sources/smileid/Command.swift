/// The commands of `smileid`; each declares what it accepts in its ``syntax``.
enum Command: String, Sendable, CaseIterable {
    /// What one result code means (``ExplainCommand``).
    case explain
    /// Every result code (``CodesCommand``).
    case codes
    /// The compare rules over one case or JSON Lines (``CompareCommand``).
    case compare
    /// The typed reading of a job's results, with its trail and verdict (``ResultCommand``).
    case result
    /// What to do about a job (``DecideCommand``).
    case decide
    /// Whether a callback body's signature is valid (``VerifyCommand``).
    case verify
    /// A test signature, or a signed callback body (``SignCommand``).
    case sign
}

// MARK: - Syntax

extension Command {
    /// The argument and options the command accepts, and its help.
    var syntax: CommandSyntax {
        switch self {
        case .explain: ExplainCommand.syntax
        case .codes: CodesCommand.syntax
        case .compare: CompareCommand.syntax
        case .result: ResultCommand.syntax
        case .decide: DecideCommand.syntax
        case .verify: VerifyCommand.syntax
        case .sign: SignCommand.syntax
        }
    }

    /// The command's usage line without `Usage:`, such as
    /// `smileid explain <code> [--job-type N] [--json]`.
    var usageLine: String {
        let usage = syntax.usage
        return usage.isEmpty ? "smileid \(rawValue)" : "smileid \(rawValue) \(usage)"
    }
}
