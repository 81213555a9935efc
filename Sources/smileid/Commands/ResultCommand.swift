import Models
import ResultCodes
import SmileIDInternals

/// `smileid result`: the typed reading of a job result, a job-status response or the callbacks
/// of one job, with its trail and verdict (its usage and help: ``syntax``).
struct ResultCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String
    /// Whether to print the JSON object instead of text.
    var printsJSON: Bool

    /// The command from its parsed arguments.
    init(_ arguments: ParsedArguments) {
        input = arguments.positionals.first ?? "-"
        printsJSON = arguments.has(Self.json)
    }

    /// Reads the input and prints its reading.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` when the input cannot be read, is not a
    ///   job result, job-status response or array of job results, or holds results of two jobs;
    ///   the message names the JSON path or the job IDs (`SmileJobID`s), never a personal value,
    ///   a key or a signature.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        let file = try InputFile(argument: input, command: .result)
        let bytes = try file.readAll(command: .result)
        let (document, trail) = try Self.read(bytes, from: file.displayName, command: .result)
        let reading = ResultReading(document: document, trail: trail)
        if printsJSON {
            let report = ResultReport(verdict: trail.verdict, unrecognised: reading.notes)
            output.writeLine(try Self.encode(report, command: .result))
        } else {
            for line in reading.lines {
                output.writeLine(line)
            }
        }
        return .success
    }

    /// The document and trail of one input.
    static func read(_ bytes: [UInt8], from name: String, command: Command) throws(CommandLineError)
        -> (ResultDocument, ResultTrail)
    {
        guard !JSONWhitespace.isBlank(bytes) else {
            throw .input("\(name) \(ResultDocument.emptyRequirement)", command: command)
        }
        let document: ResultDocument
        do {
            document = try ResultDocument.read(bytes)
        } catch {
            throw .input("\(name): \(error)", command: command)
        }
        do {
            return (document, try document.trail())
        } catch {
            throw .input("\(name): \(error)", command: command)
        }
    }

    /// `value` as pretty-printed JSON in the order its keys are written.
    static func encode(_ value: some Encodable, command: Command) throws(CommandLineError) -> String {
        do {
            return try OrderedJSONEncoder(outputFormatting: .prettyPrinted).encodeToString(value)
        } catch {
            throw .output("the \(command.rawValue) output could not be encoded as JSON")
        }
    }
}

// MARK: - Command line

extension ResultCommand {
    /// `--json`: one JSON object instead of text.
    static let json = CommandOption.flag(
        "--json",
        help: """
            Print one JSON object:
              {"job_type": N, "smile_job_id": "...",
               "trail": [{"code", "table", "outcome", "stage"}, ...],
               "verdict": {"code", "known", "table", "outcome", "stage", "final",
                           "charged", "next_step"},
               "unrecognised": ["...", ...]}
            table, outcome, stage and next_step are null for an unknown code; final
            is null when finality is unknown; verdict is null when the job has no
            result yet (a job-status response without one).
            """)

    /// What `smileid result` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "file | -", options: [json],
        summary: """
            Read a job's results (a callback, a job-status response or an array of
            callbacks): each code, the trail in decision order, and the verdict.
            """,
        description: """
            Reads a job result (a callback body), a job-status response (recognised by its
            job_complete key) or a JSON array of job results (the callbacks of one job, in the
            order they arrived), and prints the typed reading: the job type; every code with its
            meaning, table and outcome; the Actions, marking keys and values this version does not
            know; what it did not recognise (by name only); the trail and the verdict. The status
            code of a job-status response (2302) is the request's status, not a result code.

            The trail is the job's results without redeliveries (a code that already arrived),
            ordered by stage (image_check and id_lookup, then machine_judgement, then
            human_judgement, then general_failure, request_error, enrolment and result; an unknown
            code first) and by arrival: the last decides. The verdict says whether the job is final
            (IsFinalResult, else job_complete, else final unless Smile ID will send another
            result), whether it is charged, and the next step. The last text line is the outcome
            Smile ID gave the deciding code ("Smile ID's outcome: Provisionally Approved"); what
            to do about it is 'smileid decide' ("Decision: review").

            Results of two jobs (two SmileJobIDs or job types) are an error. Personal values
            (FullName, DOB, Gender, PhoneNumber, Address, IDNumber, ExpirationDate) are never
            printed; only which of them are present. Use - to read standard input; the input is
            at most 16 MiB.
            """,
        epilogue: Help.wrap(
            "outcome is one of \(Help.names(of: Outcome.self)); stage one of \(Help.names(of: Stage.self));"
                + " next_step one of \(Help.names(of: NextStep.self))."))
}
