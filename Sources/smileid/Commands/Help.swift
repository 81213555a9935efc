import Models
import ResultCodes

/// The overview of `smileid` and the pieces every help is made of. Each command's own help is
/// rendered from its ``CommandSyntax``.
enum Help {
    /// The version `smileid --version` prints, and the package's: the one place it is written.
    ///
    /// Semantic versioning. 0.1.0 is the first version and is not tagged yet (`CHANGELOG.md`'s
    /// Unreleased section says so, and a test checks that it names this version); a release
    /// tags the commit that sets this and renames that section.
    static let version = "0.1.0"

    /// The line `smileid --version` prints.
    static var versionLine: String { "smileid \(version)" }

    /// The overview printed by `smileid --help` (standard output, exit 0) and, when no command is
    /// given, to standard error with exit status 2: every command's usage line and summary.
    static var overview: String {
        let usage =
            Command.allCases.map { "  \($0.usageLine)" } + ["  smileid <command> --help", "  smileid --version"]
        let commands = columns(Command.allCases.map { ($0.rawValue, $0.syntax.summary) })
        return """
            smileid: read Smile ID result codes and results, and run compare_user_info's rules locally.

            Usage:
            \(usage.joined(separator: "\n"))

            Commands:
            \(commands.joined(separator: "\n"))

            Exit status: 0 done (every decision, rejections included); 1 the input could not be read
            or understood (or a --jsonl line failed); 2 the command line is wrong. Errors are one line on standard error.
            """
    }

    /// The help of one command, printed by `smileid <command> --help`.
    static func text(for command: Command) -> String {
        command.syntax.help(of: command)
    }
}

// MARK: - Layout

extension Help {
    /// The width that generated paragraphs are wrapped to, as the written ones are.
    static let lineWidth = 86

    /// Rows of a label and a text, indented by two spaces, every text starting in the column
    /// three spaces after the longest label; a text's later lines are indented to that column.
    static func columns(_ rows: [(label: String, text: String)]) -> [String] {
        let column = 2 + (rows.map(\.label.count).max() ?? 0) + 3
        let indentation = String(repeating: " ", count: column)
        return rows.map { label, text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = "  " + label + String(repeating: " ", count: column - 2 - label.count) + (lines.first ?? "")
            return ([first] + lines.dropFirst().map { $0.isEmpty ? "" : indentation + $0 }).joined(separator: "\n")
        }
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stands
    /// alone on its line).
    static func wrap(_ text: String, width: Int = lineWidth) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// `items` as a phrase: `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}

// MARK: - Tables

extension Help {
    /// The job types with code tables of their own, in number order, each with its tables in
    /// the order of ``ResultCodeTable/allCases``.
    static var jobTypesWithTables: [(jobType: JobType, tables: [ResultCodeTable])] {
        var byJobType: [(jobType: JobType, tables: [ResultCodeTable])] = []
        for table in ResultCodeTable.allCases {
            for jobType in table.jobTypes {
                if let index = byJobType.firstIndex(where: { $0.jobType == jobType }) {
                    byJobType[index].tables.append(table)
                } else {
                    byJobType.append((jobType, [table]))
                }
            }
        }
        return byJobType.sorted { $0.jobType.rawValue < $1.jobType.rawValue }
    }

    /// Each job type with code tables as its number and its first table's title:
    /// `1 Biometric KYC`, `5 Enhanced KYC`.
    static var jobTypesAndTitles: [String] {
        jobTypesWithTables.map { "\($0.jobType.rawValue) \($0.tables[0].title)" }
    }

    /// What `smileid codes --help` says the tables are, from ``ResultCodeTable/allCases``:
    /// each job type with its tables, the General failures, and the job types without a table.
    static var tableCoverage: String {
        let withTables = jobTypesWithTables.map { jobType, tables in
            let first = tables[0].title
            let others = tables.dropFirst().map { table in
                table.title.hasPrefix(first + " ")
                    ? "(and its \(table.title.dropFirst(first.count + 1)))" : "(and the \(table.title))"
            }
            return ([String(jobType.rawValue), first] + others).joined(separator: " ")
        }
        let without = JobType.allCases.filter { ResultCodeTable.tables(for: $0).isEmpty }.map { String($0.rawValue) }
        return wrap(
            "Code tables in this version: job types \(list(withTables)), plus the "
                + "\(ResultCodeTable.general.title), which apply to every job type. The other job types "
                + "(\(list(without + ["unknown ones"]))) have only the \(ResultCodeTable.general.title); "
                + "their results' Actions are read as signals ('smileid result').")
    }

    /// The names of a closed set as the JSON output writes them: `a, b, c`.
    static func names<Value: RawRepresentable & CaseIterable>(of type: Value.Type) -> String
    where Value.RawValue == String {
        Value.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
