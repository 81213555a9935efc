import Models

/// The partner ID and API key of `smileid verify` and `smileid sign`, from the command line or
/// the environment variables both server snippets read (`SMILE_PARTNER_ID`, `SMILE_API_KEY`).
///
/// The API key is never printed: ``SignatureKey`` does not show it, and no error repeats it.
enum SigningCredentials {
    /// The environment variable that holds the API key.
    static let apiKeyVariable = "SMILE_API_KEY"
    /// The environment variable that holds the partner ID, when `--partner-id` is not given.
    static let partnerIDVariable = "SMILE_PARTNER_ID"

    /// `--partner-id ID`: the partner ID, else `SMILE_PARTNER_ID`.
    static let partnerID = CommandOption.value(
        "--partner-id", "ID",
        help: """
            The partner ID the signature is made for; SMILE_PARTNER_ID
            by default.
            """)

    /// The partner ID of `--partner-id`, else of `SMILE_PARTNER_ID`.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when neither gives a non-empty ID.
    static func partnerID(
        in arguments: ParsedArguments, environment: (String) -> String?, command: Command
    ) throws(CommandLineError) -> String {
        if let given = arguments.value(of: partnerID) {
            guard !given.isEmpty else {
                throw .usage(
                    "'\(command.rawValue)' needs a partner ID, and \(partnerID.name) is empty", command: command)
            }
            return given
        }
        guard let fromEnvironment = environment(partnerIDVariable), !fromEnvironment.isEmpty else {
            throw .usage(
                "'\(command.rawValue)' needs \(partnerID.label) or the \(partnerIDVariable) environment variable",
                command: command)
        }
        return fromEnvironment
    }

    /// The API key of `option` when the command has one and it was given, else of
    /// `SMILE_API_KEY`.
    ///
    /// - Throws: ``CommandLineError/usage(_:command:)`` when neither gives a non-empty key (the
    ///   message never contains a key).
    static func apiKey(
        in arguments: ParsedArguments, option: CommandOption?, environment: (String) -> String?, command: Command
    ) throws(CommandLineError) -> String {
        if let option, let given = arguments.value(of: option) {
            guard !given.isEmpty else {
                throw .usage("'\(command.rawValue)' needs an API key, and \(option.name) is empty", command: command)
            }
            return given
        }
        guard let fromEnvironment = environment(apiKeyVariable), !fromEnvironment.isEmpty else {
            let message =
                option == nil
                ? "\(apiKeyVariable) is not set; \(command.rawValue) reads the API key from that environment variable only"
                : "\(apiKeyVariable) is not set; \(command.rawValue) reads the API key from it or from \(option?.label ?? "")"
            throw .usage(message, command: command)
        }
        return fromEnvironment
    }

    /// The key of a command's arguments and environment.
    static func key(
        in arguments: ParsedArguments, apiKeyOption: CommandOption? = nil, environment: (String) -> String?,
        command: Command
    ) throws(CommandLineError) -> SignatureKey {
        let apiKey = try apiKey(in: arguments, option: apiKeyOption, environment: environment, command: command)
        let partnerID = try partnerID(in: arguments, environment: environment, command: command)
        return SignatureKey(partnerID: partnerID, apiKey: apiKey)
    }
}
