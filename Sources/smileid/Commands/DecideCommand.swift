import Models
import ResultCodes

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `smileid decide <file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]`: what the partner's
/// server does about a job, by a policy (JSON Lines on N worker threads; see ``JSONLinesEngine``).
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
    ///   1 to ``JobsOption/maximum``, or is given without `--jsonl`.
    init(_ arguments: ParsedArguments) throws(CommandLineError) {
        input = arguments.positionals.first ?? "-"
        policyPath = arguments.value(of: "--policy")
        printsJSON = arguments.has("--json")
        readsJSONLines = arguments.has("--jsonl")
        jobs = try JobsOption.count(in: arguments, command: .decide)
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
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw .input(
                "\(name) is not valid JSON; expected an object such as {\"provisional\": \"review\"}", command: .decide)
        }
        if let path = JSONPath.firstDuplicateKey(in: bytes) {
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
