import Models

/// The name rule: Exact Match, Transposed, Partial Match or No Match over name tokens.
///
/// A side's tokens are its normalised first, middle and last names (in that order) split at
/// white space, hyphens, commas and full stops, when the first or the last name yields a
/// token; otherwise its full name's tokens; otherwise its middle name's tokens. A side with no
/// token is Not Provided.
struct NameRule: Sendable {
    let normalizer: TextNormalizer

    /// The token sequence of one side, empty when the name is Not Provided.
    func tokens(of info: UserInfo) -> [String] {
        let first = tokens(of: info.firstName)
        let last = tokens(of: info.lastName)
        if !first.isEmpty || !last.isEmpty {
            return first + tokens(of: info.middleName) + last
        }
        let full = tokens(of: info.fullName)
        return full.isEmpty ? tokens(of: info.middleName) : full
    }

    /// The outcome for two sides.
    func outcome(_ first: UserInfo, _ second: UserInfo) -> FieldOutcome {
        Self.outcome(tokens(of: first), tokens(of: second))
    }

    /// The outcome for two token sequences.
    static func outcome(_ first: [String], _ second: [String]) -> FieldOutcome {
        if first.isEmpty || second.isEmpty { return .notProvided }
        if first == second { return .exactMatch }
        if first.count == second.count && first.sorted() == second.sorted() { return .transposed }
        return TokenOverlap(first, second).sharesAToken ? .partialMatch : .noMatch
    }

    private func tokens(of value: String?) -> [String] {
        guard let value else { return [] }
        return normalizer.tokens(of: value, splitting: .name)
    }
}
