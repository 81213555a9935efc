/// The gender rule: Exact Match or No Match.
///
/// "m", "male" and "man" mean male; "f", "female" and "woman" mean female; any other value is
/// compared as normalised text.
struct GenderRule: Sendable {
    let normalizer: TextNormalizer

    /// The outcome for two values.
    func outcome(_ first: String?, _ second: String?) -> FieldOutcome {
        guard let first = canonical(first), let second = canonical(second) else { return .notProvided }
        return first == second ? .exactMatch : .noMatch
    }

    /// The canonical text of a value, or `nil` when it is Not Provided.
    func canonical(_ value: String?) -> String? {
        guard let value else { return nil }
        let text = normalizer.normalizedText(of: value)
        switch text {
        case "": return nil
        case "m", "male", "man": return "male"
        case "f", "female", "woman": return "female"
        default: return text
        }
    }
}
