import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `smileid verify`: whether a callback body's `signature` is valid for its `timestamp`, and
/// (with `--max-age`) whether that timestamp is fresh. Its usage and help: ``syntax``.
///
/// The API key is read only from `SMILE_API_KEY` and never printed.
struct VerifyCommand {
    /// The environment variable that holds the API key.
    static let apiKeyVariable = "SMILE_API_KEY"

    /// The file to read, or `-` for standard input.
    var input: String
    /// The partner ID and API key.
    var key: SignatureKey
    /// The freshness window, when `--max-age` was given.
    var freshness: FreshnessWindow?
    /// The time to check freshness against (`--now`), or `nil` for the clock.
    var now: Date?
    /// Whether to print `{"valid": …, "reason": …}`.
    var printsJSON: Bool

    /// The command from its parsed arguments and the API key from the environment.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when `SMILE_API_KEY` is unset or empty,
    ///   `--partner-id` is missing or empty, `--max-age` is not a whole number of seconds, or
    ///   `--now` is not a timestamp.
    init(_ arguments: ParsedArguments, apiKey: String?) throws(CommandLineError) {
        guard let apiKey, !apiKey.isEmpty else {
            throw .usage(
                "\(Self.apiKeyVariable) is not set; verify reads the API key from that environment variable only",
                command: .verify)
        }
        guard let partnerID = arguments.value(of: Self.partnerID), !partnerID.isEmpty else {
            throw .usage("'verify' needs \(Self.partnerID.label)", command: .verify)
        }
        input = arguments.positionals.first ?? "-"
        key = SignatureKey(partnerID: partnerID, apiKey: apiKey)
        printsJSON = arguments.has(Self.json)
        if let text = arguments.value(of: Self.maximumAge) {
            let seconds = try ArgumentParser.wholeNumber(
                text, maximumDigits: 9, for: Self.maximumAge, of: .verify,
                expected: "a whole number of seconds such as 300")
            freshness = FreshnessWindow(maximumAge: .seconds(seconds), maximumLead: .seconds(seconds))
        }
        if let text = arguments.value(of: Self.now) {
            guard let date = Date(smileIDTimestamp: text) else {
                throw .invalidValue(
                    text, for: Self.now, of: .verify,
                    expected: "ISO 8601 with a zone, or seconds or milliseconds since 1970")
            }
            now = date
        }
    }

    /// Reads the body, checks it, prints the verdict.
    ///
    /// - Returns: ``ExitStatus/success`` when valid, ``ExitStatus/failure`` otherwise.
    /// - Throws: ``CommandLineError/input(_:command:)`` when the input cannot be read or is not
    ///   a JSON object with a usable `timestamp` and `signature` type.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        let file = try InputFile(argument: input, command: .verify)
        let bytes = try file.readAll(command: .verify)
        let fields = try Self.signedFields(of: bytes, from: file.displayName)
        let reason = reason(timestamp: fields.timestamp, signature: fields.signature)
        let isValid = reason == "valid"
        if printsJSON {
            output.writeLine(#"{"valid": \#(isValid), "reason": "\#(reason)"}"#)
        } else {
            output.writeLine(isValid ? "valid" : "not valid: \(reason)")
        }
        return isValid ? .success : .failure
    }

    /// `valid`, a ``SignatureVerification/reason``, or `unreadable_timestamp`, `stale`, `future`.
    func reason(timestamp: String?, signature: String?) -> String {
        let verification = key.verify(signature: signature, timestamp: timestamp)
        guard verification.isValid, let timestamp, let freshness else { return verification.reason }
        switch freshness.check(timestamp, now: now ?? Date()) {
        case .fresh: return "valid"
        case .stale: return "stale"
        case .fromTheFuture: return "future"
        case .unreadable: return "unreadable_timestamp"
        }
    }

    /// The `timestamp` (a string, or a whole number's digits) and `signature` of a JSON object,
    /// read as the job inbox reads them (one scan of the bytes, no decode).
    static func signedFields(of bytes: [UInt8], from name: String) throws(CommandLineError) -> (
        timestamp: String?, signature: String?
    ) {
        guard !JSONWhitespace.isBlank(bytes) else {
            throw .input("\(name) is empty; expected a callback body (a JSON object)", command: .verify)
        }
        let fields = bytes.withUnsafeBufferPointer { CallbackChecks.signedFields(of: $0) }
        switch fields {
        case .success(let fields):
            return fields
        case .failure(let refusal):
            switch refusal.outcome {
            case .malformed(let failure) where failure.kind == .duplicateKey:
                throw .input(
                    "\(name): \(failure.path) appears more than once in the same object; Smile ID sends each key once",
                    command: .verify)
            case .malformed(let failure):
                throw .input("\(name): \(failure)", command: .verify)
            default:
                throw .input("\(name): the input could not be read", command: .verify)
            }
        }
    }
}

// MARK: - Command line

extension VerifyCommand {
    /// `--partner-id ID`: the partner ID the signature was made for (required).
    static let partnerID = CommandOption.value(
        "--partner-id", "ID", isRequired: true,
        help: "The partner ID the signature was made for (required).")

    /// `--max-age SECONDS`: also check that the timestamp is fresh.
    static let maximumAge = CommandOption.value(
        "--max-age", "SECONDS",
        help: """
            Also refuse a timestamp more than SECONDS old or ahead of the
            clock (ISO 8601 with a zone, or seconds or milliseconds since
            1970). Without it, freshness is not checked.
            """)

    /// `--now TIMESTAMP`: the time to check `--max-age` against.
    static let now = CommandOption.value(
        "--now", "TIMESTAMP",
        help: """
            The time to check --max-age against, in the same forms;
            the clock by default.
            """)

    /// `--json`: `{"valid": …, "reason": …}` instead of text.
    static let json = CommandOption.flag(
        "--json",
        help: "Print {\"valid\": true|false, \"reason\": R}.")

    /// What `smileid verify` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "file | -", options: [partnerID, maximumAge, now, json],
        summary: "Check a callback body's signature (API key from SMILE_API_KEY) and its age.",
        description: """
            Checks the signature of a callback body or job-status response: base64(HMAC-SHA256 of
            timestamp + partner ID + "sid_request" under the API key). The API key is read only
            from the SMILE_API_KEY environment variable and never printed; the body's timestamp
            and signature are the only fields read (timestamp a string or a whole number).

            The signature does not cover the body: a valid signature says that a callback was sent
            at that time by someone holding the API key or a captured signature, not that this
            body is theirs. Confirm results that matter with a job_status request.
            """,
        epilogue: """
            R is one of valid, missing_signature, missing_timestamp, malformed_signature,
            legacy_sec_key, mismatch, stale, future, unreadable_timestamp. The text output is
            "valid" or "not valid: R".

            Exit status: 0 valid; 1 not valid, or the input is not a JSON object with a usable
            timestamp and signature; 2 the command line is wrong or SMILE_API_KEY is not set.

            Example:
              SMILE_API_KEY=... smileid verify callback.json --partner-id 085 --max-age 300
            """)
}
