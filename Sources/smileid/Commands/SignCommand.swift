import Models
import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `smileid sign`: a test signature for a timestamp, or a callback body signed as Smile ID signs
/// it (its `timestamp` and `signature` set, every other byte kept). Its usage and help:
/// ``syntax``.
///
/// The API key comes from `--api-key`, else `SMILE_API_KEY`, and is never printed; the partner
/// ID from `--partner-id`, else `SMILE_PARTNER_ID`.
struct SignCommand {
    /// The body to sign (a file, or `-` for standard input), or `nil` to print the signature of
    /// ``timestamp`` alone.
    var input: String?
    /// The partner ID and API key.
    var key: SignatureKey
    /// The timestamp to sign, exactly as it is sent; `nil` for the clock's time (a body only).
    var timestamp: String?

    /// The command from its parsed arguments and the environment (`SMILE_API_KEY`,
    /// `SMILE_PARTNER_ID`).
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when there is neither a body nor
    ///   `--timestamp`, `--timestamp` is empty, or no API key or partner ID is given.
    init(_ arguments: ParsedArguments, environment: (String) -> String?) throws(CommandLineError) {
        input = arguments.positionals.first
        timestamp = arguments.value(of: Self.timestamp)
        if input == nil, timestamp == nil {
            throw .usage("'sign' needs <file | -> to sign a body, or \(Self.timestamp.label)", command: .sign)
        }
        if timestamp?.isEmpty == true {
            throw .invalidValue(
                "", for: Self.timestamp, of: .sign, expected: "a timestamp such as 2024-05-01T12:00:00.000Z")
        }
        key = try SigningCredentials.key(
            in: arguments, apiKeyOption: Self.apiKey, environment: environment, command: .sign)
    }

    /// Prints the signature of ``timestamp``, or the signed body.
    ///
    /// - Throws: ``CommandLineError/input(_:command:)`` when the body cannot be read or is not a
    ///   JSON object whose `timestamp` and `signature` can be replaced.
    func run(output: inout OutputWriter) throws(CommandLineError) -> ExitStatus {
        guard let input else {
            output.writeLine(key.signature(timestamp: timestamp ?? ""))
            return .success
        }
        let file = try InputFile(argument: input, command: .sign)
        let bytes = try file.readAll(command: .sign)
        // The same checks as verify's: an object, each key once, usable field types.
        _ = try VerifyCommand.signedFields(of: bytes, from: file.displayName, command: .sign)
        let signedAt = timestamp ?? Date().smileIDTimestamp
        let signed = BodySigning.sign(bytes, timestamp: signedAt, signature: key.signature(timestamp: signedAt))
        output.write(signed)
        if signed.last != UInt8(ascii: "\n") { output.writeLine("") }
        return .success
    }
}

// MARK: - Command line

extension SignCommand {
    /// `--timestamp TIMESTAMP`: the timestamp to sign.
    static let timestamp = CommandOption.value(
        "--timestamp", "TIMESTAMP",
        help: """
            The timestamp to sign, byte for byte (Smile ID sends ISO 8601
            such as 2024-05-01T12:00:00.000Z). Without a body, the
            signature of it is printed; with one, it is the body's new
            timestamp (the clock's time, to the millisecond, by default).
            """)

    /// `--api-key KEY`: the API key, instead of `SMILE_API_KEY`.
    static let apiKey = CommandOption.value(
        "--api-key", "KEY",
        help: """
            The API key; SMILE_API_KEY by default. A key on the command
            line is seen by other users (ps) and kept in shell history:
            use it for test keys only.
            """)

    /// What `smileid sign` accepts, and its help.
    static let syntax = CommandSyntax(
        argument: "file | -", argumentIsOptional: true,
        options: [timestamp, SigningCredentials.partnerID, apiKey],
        summary: """
            Make a test signature for a timestamp, or sign a callback body (set its
            timestamp and signature) as Smile ID does.
            """,
        description: """
            Signs as Smile ID signs its callbacks: base64(HMAC-SHA256 of timestamp + partner ID +
            "sid_request" under the API key), for tests and for the sandbox. The API key comes
            from --api-key, else SMILE_API_KEY, and is never printed; the partner ID from
            --partner-id, else SMILE_PARTNER_ID.

            With --timestamp and no body, prints the signature of that timestamp. With a body (a
            file, or - for standard input: a JSON object, at most 16 MiB), prints the body with its
            top-level timestamp and signature set (replaced where present, else added at the end)
            and every other byte as it was; 'smileid verify' then finds it valid.

            The signature covers only the timestamp and the partner ID, not the body: a signed
            body whose ResultCode is then changed still verifies.
            """,
        epilogue: """
            Exit status: 0 signed; 1 the body is not a JSON object whose timestamp and signature
            can be set; 2 the command line is wrong, or no API key or partner ID is given.

            Examples:
              smileid sign --timestamp 2024-05-01T12:00:00.000Z --partner-id 085 --api-key test-key
              SMILE_API_KEY=... SMILE_PARTNER_ID=085 smileid sign callback.json > signed.json
            """)
}
