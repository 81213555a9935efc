import Models
import ResultCodes

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `smileid decide`: what the partner's server does about a job, by a policy (JSON Lines on N
/// worker threads; see ``JSONLinesEngine``). Its usage and help: ``syntax``.
struct DecideCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String
    /// The policy file, if given; the default policy otherwise.
    var policyPath: String?
    /// Whether to print the JSON object instead of text.
    var printsJSON: Bool
    /// Whether the input is JSON Lines (one input a line, one compact decision a line).
    var readsJSONLines: Bool
    /// The number of worker threads for JSON Lines; 1 decides every line on the calling thread.
    var jobs: Int

    /// The command from its parsed arguments; `--jobs` defaults to the available processors.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when `--jobs` is not a whole number from
    ///   1 to ``JobsOption/maximum``.
    init(_ arguments: ParsedArguments) throws(CommandLineError) {
        input = arguments.positionals.first ?? "-"
        policyPath = arguments.value(of: Self.policy)
        printsJSON = arguments.has(Self.json)
        readsJSONLines = arguments.has(Self.jsonl)
        jobs = try JobsOption.count(in: arguments, option: Self.jobs, command: .decide)
    }

    /// Decides and prints.
    ///
    /// - Returns: success for every decision, rejections included; ``ExitStatus/failure`` when a
    ///   line of JSON Lines failed.
    /// - Throws: ``CommandLineError`` when the policy or the input cannot be read.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        if policyPath == "-", input == "-" {
            throw .usage("the policy and the input cannot both be standard input", command: .decide)
        }
        let policy = try readPolicy()
        let file = try InputFile(argument: input, command: .decide)
        if readsJSONLines {
            return try decideLines(of: file, policy: policy, output: &output)
        }
        let bytes = try file.readAll(command: .decide)
        let (_, trail) = try ResultCommand.read(bytes, from: file.displayName, command: .decide)
        let verdict = trail.verdict
        let decision = policy.decide(verdict)
        if printsJSON {
            output.writeLine(
                try ResultCommand.encode(DecisionReport(decision: decision, verdict: verdict), command: .decide))
        } else {
            output.writeLine("Decision: \(decision.kind.rawValue)")
            output.writeLine("Reason:   \(decision.reason)")
        }
        return .success
    }
}

// MARK: - The policy

extension DecideCommand {
    /// The policy of `--policy`, or the default one.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` naming the file, the place in it and
    ///   what is allowed there.
    func readPolicy() throws(CommandLineError) -> DecisionPolicy {
        guard let policyPath else { return .default }
        let file = try InputFile(argument: policyPath, command: .decide)
        let bytes = try file.readAll(command: .decide)
        let name = "policy \(file.displayName)"
        // One reading of the bytes gives the value and the repeated key.
        let (decoded, repeatedKey) = PayloadDocument.read(bytes) { body in
            (Result { () throws(DecodingFailure) in try body.decode(JSONValue.self) }, body.repeatedKey)
        }
        guard case .success(let json) = decoded else {
            throw .input(
                "\(name) is not valid JSON; expected an object such as {\"provisional\": \"review\"}", command: .decide)
        }
        if let path = repeatedKey {
            throw .input("\(name): \(path) appears more than once in the same object", command: .decide)
        }
        do {
            return try DecisionPolicy(json: json)
        } catch {
            throw .input("\(name): \(error)", command: .decide)
        }
    }
}

// MARK: - JSON Lines

extension DecideCommand {
    private func decideLines(
        of file: borrowing InputFile, policy: DecisionPolicy, output: inout OutputWriter
    ) throws(CommandLineError) -> ExitStatus {
        let engine = JSONLinesEngine(transform: DecideLineProcessor(policy: policy), jobs: jobs)
        return try engine.run(file, command: .decide, output: &output)
    }
}

// MARK: - Command line

extension DecideCommand {
    /// `--policy FILE`: the policy to decide by.
    static let policy = CommandOption.value(
        "--policy", "FILE",
        help: """
            A JSON policy; every key optional, {} is the default:
              {"provisional": "approve" | "review" | "reject",
               "partial_match": {"require": {"Name": ["Exact Match", ...], ...},
                                 "else": "review" | "reject"},
               "unknown_code": "review" | "reject" | "actions"}
            require's keys are Name, DOB, Gender, PhoneNumber, Address,
            ExpirationDate; its lists hold Exact Match, Partial Match, Transposed,
            No Match, Not Provided. An unknown key or value is an error naming the
            place, such as partial_match.require.Nmae, and what is allowed.
            """)

    /// `--json`: one JSON object instead of text.
    static let json = CommandOption.flag(
        "--json",
        help: """
            Print {"decision", "reason", "verdict"}; verdict as 'smileid result
            --json' prints it (null when there is no result yet).
            """)

    /// `--jsonl`: JSON Lines: one input a line.
    static let jsonl = CommandOption.flag(
        "--jsonl",
        help: """
            Read JSON Lines: one input a line, and print one compact decision
            object a line, in order. A line that cannot be read prints
            {"error": "<what is wrong>", "line": N} in its place and the run goes
            on; the exit status is then 1. Blank lines print nothing. When the
            first line is { or [ alone (a pretty-printed document), standard
            error says once to drop --jsonl.
            """)

    /// `--jobs N`: the worker threads of `--jsonl`.
    static let jobs = CommandOption.value(
        "--jobs", "N", appliesOnlyWith: jsonl,
        help: """
            With --jsonl: decide on N worker threads, 1 to 256 (default: the
            number of available processors; 1 decides on one thread). The output
            is the same whatever N, in the same order; memory stays flat.
            """)

    /// What `smileid decide` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "file | -", options: [policy, json, jsonl, jobs],
        summary: "What to do about a job (approve, reject, review, wait, retry, fix), by a policy.",
        description: """
            Reads what 'smileid result' reads and prints what to do about the job: approve,
            reject, review (a person or your own rule decides), wait (more is coming), retry (send
            the job again later) or fix (change the request, the account or the enrolment first),
            with a one-sentence reason that never contains a personal value. The first rule that
            applies: not final -> wait; pending or processing continues -> wait; approved ->
            approve; rejected -> reject; provisionally approved -> the policy's provisional (for
            compare_user_info 1021, its partial_match rule when it has one); an error to retry
            later -> retry; any other error -> fix; an unknown code -> the policy's unknown_code;
            no result yet -> wait, or review when the job is complete.
            """,
        epilogue: """
            Every decision, rejections included, exits with 0.

            Examples:
              smileid decide callback.json
              smileid decide job-status.json --policy policy.json --json
            """)
}
