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
/// The API key is read only from `SMILE_API_KEY` and never printed; the partner ID comes from
/// `--partner-id`, else `SMILE_PARTNER_ID`.
///
/// What a valid signature proves is said with it: it covers the timestamp and the partner ID,
/// not the body, so a body whose `ResultCode` was changed still verifies.
struct VerifyCommand {
    /// The file to read, or `-` for standard input.
    var input: String
    /// The partner ID and API key.
    var key: SignatureKey
    /// The freshness window, when `--max-age` was given.
    var freshness: FreshnessWindow?
    /// The time to check freshness against (`--now`), or `nil` for the clock.
    var now: Date?
    /// Whether to print `{"valid": …, "reason": …, "covers": …, "age_checked": …}`.
    var printsJSON: Bool

    /// The command from its parsed arguments and the environment (`SMILE_API_KEY`,
    /// `SMILE_PARTNER_ID`).
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when `SMILE_API_KEY` is unset or empty,
    ///   neither `--partner-id` nor `SMILE_PARTNER_ID` gives a partner ID, `--max-age` is not a
    ///   whole number of seconds, or `--now` is not a timestamp.
    init(_ arguments: ParsedArguments, environment: (String) -> String?) throws(CommandLineError) {
        key = try SigningCredentials.key(in: arguments, environment: environment, command: .verify)
        input = arguments.positionals.first ?? "-"
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
        let fields = try Self.signedFields(of: bytes, from: file.displayName, command: .verify)
        let reason = reason(timestamp: fields.timestamp, signature: fields.signature)
        let isValid = reason == "valid"
        if printsJSON {
            output.writeLine(
                #"{"valid": \#(isValid), "reason": "\#(reason)", "covers": ["timestamp", "partner_id"], "#
                    + #""age_checked": \#(freshness != nil)}"#)
        } else if isValid {
            for line in validLines { output.writeLine(line) }
        } else {
            output.writeLine("not valid: \(reason)")
        }
        return isValid ? .success : .failure
    }

    /// What a valid signature says, and what it does not: the signed fields, the age (checked or
    /// not), and the body, which the signature does not cover.
    var validLines: [String] {
        var lines = ["valid: the signature is the API key's over the timestamp and partner ID \(key.partnerID)"]
        if let freshness {
            let seconds = freshness.maximumAge.components.seconds
            lines.append("fresh: the timestamp is within \(seconds) seconds of \(now == nil ? "the clock" : "--now")")
        } else {
            lines.append("not checked: the timestamp's age (--max-age SECONDS checks it)")
        }
        lines.append(
            "not covered: the rest of the body (a changed ResultCode still verifies); confirm results with job_status")
        return lines
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
    static func signedFields(of bytes: [UInt8], from name: String, command: Command) throws(CommandLineError) -> (
        timestamp: String?, signature: String?
    ) {
        guard !JSONWhitespace.isBlank(bytes) else {
            throw .input("\(name) is empty; expected a callback body (a JSON object)", command: command)
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
                    command: command)
            case .malformed(let failure):
                throw .input("\(name): \(failure)", command: command)
            default:
                throw .input("\(name): the input could not be read", command: command)
            }
        }
    }
}

// MARK: - Command line

extension VerifyCommand {
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

    /// `--json`: `{"valid": …, "reason": …, "covers": …, "age_checked": …}` instead of text.
    static let json = CommandOption.flag(
        "--json",
        help: """
            Print {"valid": true|false, "reason": R,
                   "covers": ["timestamp", "partner_id"],
                   "age_checked": true|false}.
            """)

    /// What `smileid verify` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "file | -", options: [SigningCredentials.partnerID, maximumAge, now, json],
        summary: "Check a callback body's signature (API key from SMILE_API_KEY) and its age.",
        description: """
            Checks the signature of a callback body or job-status response: base64(HMAC-SHA256 of
            timestamp + partner ID + "sid_request" under the API key). The API key is read only
            from the SMILE_API_KEY environment variable and never printed; the partner ID from
            --partner-id, else SMILE_PARTNER_ID. The body's timestamp and signature are the only
            fields read (timestamp a string or a whole number).

            The signature does not cover the body: a valid signature says that a callback was sent
            at that time by someone holding the API key or a captured signature, not that this
            body is theirs. Confirm results that matter with a job_status request.
            """,
        epilogue: """
            R is one of valid, missing_signature, missing_timestamp, malformed_signature,
            legacy_sec_key, mismatch, stale, future, unreadable_timestamp. The text output is
            "not valid: R", or three lines: "valid: ..." (what the signature covers), "fresh: ..."
            or "not checked: ..." (the timestamp's age), and "not covered: ..." (the body).

            Exit status: 0 valid; 1 not valid, or the input is not a JSON object with a usable
            timestamp and signature; 2 the command line is wrong, SMILE_API_KEY is not set, or
            no partner ID is given.

            Example:
              SMILE_API_KEY=... smileid verify callback.json --partner-id 085 --max-age 300
              smileid sign callback.json | smileid verify - --max-age 300   (test keys)
            """)
}
