#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Models
import ResultCodes

/// `smileid decide <file | -> [--policy FILE] [--json] [--jsonl]`: what the partner's server
/// does about a job, by a policy.
struct DecideCommand: Sendable {
    /// The file to read, or `-` for standard input.
    var input: String
    /// The policy file, if given; the default policy otherwise.
    var policyPath: String?
    /// Whether to print the JSON object instead of text.
    var printsJSON: Bool
    /// Whether the input is JSON Lines (one input a line, one compact decision a line).
    var readsJSONLines: Bool

    /// The command from its parsed arguments.
    init(_ arguments: ParsedArguments) {
        input = arguments.positionals.first ?? "-"
        policyPath = arguments.value(of: "--policy")
        printsJSON = arguments.has("--json")
        readsJSONLines = arguments.has("--jsonl")
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
            output.writeLine(try ResultCommand.encode(DecisionReport(decision: decision, verdict: verdict), command: .decide))
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
            throw .input("\(name) is not valid JSON; expected an object such as {\"provisional\": \"review\"}", command: .decide)
        }
        if let path = DuplicateKeyScanner.firstDuplicateKey(in: bytes) {
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
        let processor = DecideLineProcessor(policy: policy)
        var reader = LineReader(fileDescriptor: file.fileDescriptor)
        var anyLineFailed = false
        while !output.isClosed, let event = reader.next() {
            switch event {
            case .line(let number, let bytes):
                switch processor.process(line: bytes) {
                case .decision(let line):
                    output.write(line)
                case .blank:
                    continue
                case .failure(let message):
                    anyLineFailed = true
                    output.write(try Self.failureLine(message, line: number))
                }
            case .tooLong(let number):
                anyLineFailed = true
                output.write(
                    try Self.failureLine(
                        "the line is longer than \(reader.maximumLineLength) bytes and was skipped", line: number))
            case .failure(let error):
                output.flush()
                throw .input("cannot read \(file.displayName): \(error)", command: .decide)
            }
            output.write(CollectionOfOne(UInt8(ascii: "\n")))
        }
        return anyLineFailed ? .failure : .success
    }

    /// `{"error": …, "line": N}`, as `compare --jsonl` writes it.
    private static func failureLine(_ message: String, line: Int) throws(CommandLineError) -> [UInt8] {
        do {
            return try OrderedJSONEncoder().encode(CompareCommand.LineFailure(error: message, line: line))
        } catch {
            throw .output("a line could not be encoded as JSON")
        }
    }
}
