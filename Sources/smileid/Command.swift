/// The commands of `smileid`, with the arguments each accepts.
enum Command: String, Sendable, CaseIterable {
    /// `smileid explain <code>`: what one result code means.
    case explain
    /// `smileid codes`: every result code.
    case codes
    /// `smileid compare <file | ->`: the compare rules over one case or JSON Lines.
    case compare
    /// `smileid result <file | -> [--json]`: the typed reading of a job's results, with its
    /// trail and verdict.
    case result
    /// `smileid decide <file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]`: what to do about
    /// a job.
    case decide
    /// `smileid verify <file | -> --partner-id ID`: whether a callback body's signature is valid.
    case verify
}

// MARK: - Arguments

extension Command {
    /// The options and positional arguments the command accepts.
    var specification: ArgumentSpecification {
        switch self {
        case .explain:
            ArgumentSpecification(
                command: self, flags: ["--json"], valueOptions: ["--job-type"], positionals: ["code"])
        case .codes:
            ArgumentSpecification(command: self, flags: ["--json"], valueOptions: ["--job-type"], positionals: [])
        case .compare:
            ArgumentSpecification(
                command: self, flags: ["--lenient", "--jsonl"], valueOptions: ["--jobs"], positionals: ["file | -"])
        case .result:
            ArgumentSpecification(command: self, flags: ["--json"], valueOptions: [], positionals: ["file | -"])
        case .decide:
            ArgumentSpecification(
                command: self, flags: ["--json", "--jsonl"], valueOptions: ["--policy", "--jobs"],
                positionals: ["file | -"])
        case .verify:
            ArgumentSpecification(
                command: self, flags: ["--json"], valueOptions: ["--partner-id", "--max-age", "--now"],
                positionals: ["file | -"])
        }
    }
}
