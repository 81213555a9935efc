import Models
import ResultCodes
import SmileIDInternals

/// `smileid codes`: every result code, or those of one job type (its usage and help: ``syntax``).
struct CodesCommand: Sendable {
    /// The job type whose codes to list (its tables, then the General failures), or `nil` for all.
    var jobType: JobType?
    /// Whether to print a JSON array instead of a table.
    var printsJSON: Bool

    /// The command from its parsed arguments.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when `--job-type` is not a whole number.
    init(_ arguments: ParsedArguments) throws(CommandLineError) {
        jobType = try arguments.value(of: Self.jobType).map { text throws(CommandLineError) in
            JobType(rawValue: try ArgumentParser.jobTypeNumber(text, for: Self.jobType, of: .codes))
        }
        printsJSON = arguments.has(Self.json)
    }

    /// The codes listed, in order.
    var codes: [ResultCode] { ResultCode.allKnownCodes(for: jobType) }

    /// Prints the table or the JSON array, stopping early if the output is closed.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        if printsJSON {
            let encoder = OrderedJSONEncoder(outputFormatting: .prettyPrinted)
            do {
                output.write(try encoder.encode(codes.map(CodeExplanation.init)))
            } catch {
                throw .output("the codes could not be encoded as JSON")
            }
            output.writeLine()
        } else {
            for line in tableLines + coverageNote {
                output.writeLine(line)
                if output.isClosed { break }
            }
        }
        return .success
    }

    /// After the table of a job type without a code table of its own: a blank line and what
    /// the listed codes are for it. Empty otherwise.
    var coverageNote: [String] {
        guard let jobType, ResultCodeTable.tables(for: jobType).isEmpty else { return [] }
        let which =
            jobType.isKnown
            ? "Job type \(jobType.numberAndName) has"
            : "Job type \(jobType.rawValue) is not one this version knows and has"
        let note =
            "\(which) no code table of its own in this version: the codes above are the General failures, which apply to every job type. Its results' Actions are read as signals ('smileid result')."
        return [""] + Help.wrap(note, width: Self.lineWidth).split(separator: "\n").map(String.init)
    }
}

// MARK: - Table

extension CodesCommand {
    /// The most columns a line of the table (and of the coverage note) takes.
    static let lineWidth = 100
    /// The most columns an outcome takes; a longer one ("Processing Continues with ID Card
    /// Image") goes on over the row's next lines.
    static let outcomeWidth = 22

    /// The header and one row per code, columns padded to line up, no line wider than
    /// ``lineWidth``: a row starts with its code, and an outcome or message too long for its
    /// column goes on over the next lines, which start blank up to that column.
    var tableLines: [String] {
        let header = ["CODE", "TABLE", "OUTCOME", "CHARGED", "MESSAGE"]
        let rows: [[String]] = codes.map { code in
            [
                code.code,
                code.table?.title ?? "",
                code.row?.outcome.description ?? "",
                code.row.map { $0.outcome.incursCharge ? "yes" : "no" } ?? "",
                code.row?.message ?? "",
            ]
        }
        let all = [header] + rows
        var widths = (0..<header.count - 1).map { column in
            all.map { $0[column].count }.max() ?? 0
        }
        widths[2] = min(widths[2], Self.outcomeWidth)
        let messageWidth = Self.lineWidth - widths.reduce(0) { $0 + $1 + 2 }
        return all.flatMap { cells in
            let wrapped = cells.enumerated().map { column, cell in
                let width = column < widths.count ? widths[column] : messageWidth
                return Help.wrap(cell, width: width).split(separator: "\n").map(String.init)
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                var line = ""
                for (column, width) in widths.enumerated() {
                    let cell = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                    line += cell + String(repeating: " ", count: width - cell.count + 2)
                }
                let message = lineIndex < wrapped[widths.count].count ? wrapped[widths.count][lineIndex] : ""
                return String((line + message).reversed().drop { $0 == " " }.reversed())
            }
        }
    }
}

// MARK: - Command line

extension CodesCommand {
    /// `--job-type N`: only the codes of one job type.
    static let jobType = CommandOption.value(
        "--job-type", "N",
        help: "Only the codes that can be resolved for job type N.")

    /// `--json`: a JSON array instead of the table.
    static let json = CommandOption.flag(
        "--json",
        help: "Print a JSON array of objects as 'smileid explain --json' prints them.")

    /// What `smileid codes` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: nil, options: [jobType, json],
        summary: "Every result code, or those of one job type.",
        description: """
            Lists every code of every table, in the order of Smile ID's documentation; with
            --job-type, the codes of that job type's tables and then the General failures (which
            apply to every job type).
            """,
        epilogue: [
            """
            The default output is an aligned table with the columns code, table, outcome,
            charged and message, under one header line, at most 100 columns wide: a row starts
            with its code, and a long outcome or message goes on over the next lines.
            """,
            Help.tableCoverage,
        ].joined(separator: "\n\n"))
}
