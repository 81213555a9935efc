import Models
import ResultCodes
import SmileIDInternals

/// `smileid explain`: what one result code means (its usage and help: ``syntax``).
struct ExplainCommand: Sendable {
    /// The code as typed, such as `2212`.
    var code: String
    /// The job type to resolve the code for, if given.
    var jobType: JobType?
    /// Whether to print JSON instead of text.
    var printsJSON: Bool

    /// The command from its parsed arguments.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when the code is not four ASCII digits
    ///   or `--job-type` is not a whole number.
    init(_ arguments: ParsedArguments) throws(CommandLineError) {
        code = arguments.positionals.first ?? ""
        guard Self.isWellFormed(code) else {
            let suggestion = Self.padded(code).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage(
                "'\(code)' is not a result code: a code is four ASCII digits, such as 1012 or 2212\(suggestion)",
                command: .explain)
        }
        jobType = try arguments.value(of: Self.jobType).map { text throws(CommandLineError) in
            JobType(rawValue: try ArgumentParser.jobTypeNumber(text, for: Self.jobType, of: .explain))
        }
        printsJSON = arguments.has(Self.json)
    }

    /// Whether `code` has the form of a result code: exactly four ASCII digits.
    static func isWellFormed(_ code: String) -> Bool {
        code.utf8.count == 4 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `code` with its leading zeros, when it is one to three ASCII digits: `812` → `0812` (a
    /// spreadsheet or a JSON number drops them).
    static func padded(_ code: String) -> String? {
        guard (1...3).contains(code.utf8.count),
            code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return String(repeating: "0", count: 4 - code.utf8.count) + code
    }

    /// The code resolved as `ResultCode(code, jobType:)` does.
    var resolved: ResultCode { ResultCode(code, jobType: jobType) }

    /// Prints the explanation; an unknown or ambiguous code is an answer, so this succeeds.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        output.writeLine(try render())
        return .success
    }

    /// The text or JSON printed, without the final line break.
    func render() throws(CommandLineError) -> String {
        guard printsJSON else { return text }
        let encoder = OrderedJSONEncoder(outputFormatting: .prettyPrinted)
        do {
            return try encoder.encodeToString(CodeExplanation(resultCode: resolved))
        } catch {
            throw .output("the explanation could not be encoded as JSON")
        }
    }
}

// MARK: - Text

extension ExplainCommand {
    /// The readable explanation: one `Label: value` line per property.
    var text: String {
        let resolved = resolved
        var lines = ["Code:      \(resolved.code)"]
        switch resolved {
        case .ambiguous(_, let candidates):
            lines.append("Known:     no, ambiguous without a job type; give --job-type")
            for meaning in ResultCode.meanings(of: resolved.code) where meaning.table.map(candidates.contains) == true {
                lines.append("  " + Self.summary(of: meaning))
            }
        case .unknown:
            if let jobType {
                lines.append("Known:     no, " + Self.notACode(of: jobType))
                let elsewhere = ResultCode.meanings(of: resolved.code)
                if !elsewhere.isEmpty {
                    lines.append("Listed in other job types:")
                    lines += elsewhere.map { "  " + Self.summary(of: $0) }
                }
            } else {
                lines.append("Known:     no, not a code of any table")
            }
        default:
            if let table = resolved.table, let row = resolved.row {
                lines.append("Table:     \(table.titleWithJobTypes)")
                lines.append("Message:   \(row.message)")
                lines.append("Outcome:   \(row.outcome)")
                lines.append("Charged:   \(row.outcome.incursCharge ? "yes" : "no")")
                lines.append("Stage:     \(row.stage)")
                lines.append("Next step: \(row.nextStep)")
                if let footnote = row.footnote {
                    lines.append("Footnote:  \(footnote)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Why a code did not resolve for `jobType`, naming the tables that were searched:
    /// `not a code of job type 5 (Enhanced KYC) nor a General failure`.
    static func notACode(of jobType: JobType) -> String {
        let tables = ResultCodeTable.tables(for: jobType)
        if !tables.isEmpty {
            return "not a code of job type \(jobType.numberAndName) nor a General failure"
        }
        if jobType.isKnown {
            return
                "not a General failure; job type \(jobType.numberAndName) has no code table of its own in this version, so only the General failures apply to it"
        }
        return
            "not a General failure; job type \(jobType.rawValue) is not one this version knows, so only the General failures apply to it"
    }

    /// One known code on one line: `Enhanced KYC (job type 5): Valid ID [Approved]`.
    static func summary(of code: ResultCode) -> String {
        guard let table = code.table, let row = code.row else {
            return code.description
        }
        return "\(table.titleWithJobTypes): \(row.message) [\(row.outcome)]"
    }
}

// MARK: - Job type names

extension JobType {
    /// The number, then the name of a known job type: `5 (Enhanced KYC)`, `42`.
    var numberAndName: String {
        name.map { "\(rawValue) (\($0))" } ?? String(rawValue)
    }
}

// MARK: - Command line

extension ExplainCommand {
    /// `--job-type N`: the job type to resolve the code for.
    static let jobType = CommandOption.value(
        "--job-type", "N",
        // Wrapped to the help's width less the column of its options (17).
        help: Help.wrap(
            "The job type number of the result (\(Help.jobTypesAndTitles.joined(separator: ", "));"
                + " other numbers have only General codes).", width: Help.lineWidth - 17))

    /// `--json`: one JSON object instead of text.
    static let json = CommandOption.flag(
        "--json",
        help: """
            Print one JSON object with keys code, known, table, job_types, message,
            outcome, incurs_charge, stage, next_step, footnote (the table's
            footnote, null when it has none). job_types is [] for the
            general table, which applies to every job type. An unknown code
            prints {"code", "known": false}, and an ambiguous one adds
            "candidates" (table names).
            """)

    /// What `smileid explain` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "code", options: [jobType, json],
        summary: "What one result code means: table, message, outcome, whether it is charged.",
        description: """
            Says what a result code means: its table, Smile ID's message, the outcome, whether the
            job is charged, and the table's footnote. A code is four ASCII digits, such as 1012
            or 0812; anything else is a usage error.

            The same code means different things in different job types (2211, 2212, 1012, ...):
            give the job type to resolve it. Without one, a General failure code resolves to the
            General table (which applies to every job type), a code of exactly one job-specific
            table resolves to it, and a code of several is ambiguous: its candidate tables are
            listed. With a job type, that job type's tables are searched, then the General one.
            """,
        epilogue: [
            Help.wrap(
                "table is one of \(Help.names(of: ResultCodeTable.self));"
                    + " outcome one of \(Help.names(of: Outcome.self))."),
            """
            An unknown or ambiguous code is an answer, not an error: the exit status is 0.

            Examples:
              smileid explain 2212 --job-type 5
              smileid explain 1015 --json
            """,
        ].joined(separator: "\n\n"))
}
