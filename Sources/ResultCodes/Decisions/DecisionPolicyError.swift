public import Models

/// Why a policy document was refused: the place in it and what is allowed there.
///
/// ```text
/// partial_match.require.Nmae is not a key of partial_match.require; allowed: Name, DOB, Gender, PhoneNumber, Address, ExpirationDate
/// ```
///
/// The message names keys and the allowed values; it never repeats a value of the document.
public struct DecisionPolicyError: Error, Sendable, Hashable {
    /// Where in the document: `partial_match.require.Nmae`; empty for the document itself.
    public let path: JSONPath
    /// What is wrong and what is allowed, after the path.
    public let problem: String

    /// An error at `path`.
    public init(path: JSONPath, problem: String) {
        self.path = path
        self.problem = problem
    }
}

extension DecisionPolicyError: CustomStringConvertible {
    /// The path and the problem, such as `provisional must be one of approve, review, reject`.
    public var description: String {
        path.components.isEmpty ? "the policy \(problem)" : "\(path) \(problem)"
    }
}
