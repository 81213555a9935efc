/// What stopped the sandbox before or while it ran, in words for the person running it.
public enum SandboxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A command-line argument or scenario file that cannot be used; the text says which.
    case invalidArgument(String)
    /// The server could not be reached or answered something unusable; the text says what.
    case server(String)

    /// The message, without any key or signature.
    public var description: String {
        switch self {
        case .invalidArgument(let text): text
        case .server(let text): text
        }
    }
}
