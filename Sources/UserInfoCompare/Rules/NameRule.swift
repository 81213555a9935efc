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
        tokenList(of: info).strings
    }

    /// The token sequence of one side as bytes, empty when the name is Not Provided.
    func tokenList(of info: UserInfo) -> TokenList {
        let byteCount = (info.firstName?.utf8.count ?? 0) + (info.middleName?.utf8.count ?? 0) + (info.lastName?.utf8.count ?? 0)
        var tokens = TokenList(reservingBytes: byteCount)
        append(info.firstName, to: &tokens)
        let firstCount = tokens.count
        append(info.middleName, to: &tokens)
        let middleEnd = tokens.count
        append(info.lastName, to: &tokens)
        if firstCount > 0 || tokens.count > middleEnd {
            return tokens
        }
        var full = TokenList()
        append(info.fullName, to: &full)
        return full.isEmpty ? tokens : full
    }

    /// The outcome for two sides.
    func outcome(_ first: UserInfo, _ second: UserInfo) -> FieldOutcome {
        Self.outcome(tokenList(of: first), tokenList(of: second))
    }

    /// The outcome for two token sequences: byte by byte when both are ASCII, otherwise as
    /// strings (canonical equivalence).
    static func outcome(_ first: TokenList, _ second: TokenList) -> FieldOutcome {
        if first.isEmpty || second.isEmpty { return .notProvided }
        guard first.isASCII && second.isASCII else { return outcome(first.strings, second.strings) }
        if first == second { return .exactMatch }
        return TokenList.withTokenNumbers(first, second) { firstNumbers, secondNumbers, distinctCount in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: distinctCount) { counts in
                counts.initialize(repeating: 0)
                for number in firstNumbers { counts[Int(number)] += 1 }
                var shared = false
                var sameMultiset = firstNumbers.count == secondNumbers.count
                for number in secondNumbers {
                    if counts[Int(number)] > 0 {
                        shared = true
                        counts[Int(number)] -= 1
                    } else {
                        sameMultiset = false
                    }
                }
                if sameMultiset { return .transposed }
                return shared ? .partialMatch : .noMatch
            }
        }
    }

    /// The outcome for two token sequences.
    static func outcome(_ first: [String], _ second: [String]) -> FieldOutcome {
        if first.isEmpty || second.isEmpty { return .notProvided }
        if first == second { return .exactMatch }
        if first.count <= TokenOverlap.smallListLimit && second.count <= TokenOverlap.smallListLimit {
            if first.count == second.count && first.sorted() == second.sorted() { return .transposed }
            return TokenOverlap(first, second).sharesAToken ? .partialMatch : .noMatch
        }
        // Long lists: one hash-counting pass instead of sorting, so the cost stays linear.
        var counts: [String: Int] = [:]
        counts.reserveCapacity(first.count)
        for token in first { counts[token, default: 0] += 1 }
        var shared = false
        var sameMultiset = first.count == second.count
        for token in second {
            if let count = counts[token], count > 0 {
                shared = true
                counts[token] = count - 1
            } else {
                sameMultiset = false
                if shared { break }
            }
        }
        if sameMultiset { return .transposed }
        return shared ? .partialMatch : .noMatch
    }

    private func append(_ value: String?, to tokens: inout TokenList) {
        guard let value else { return }
        normalizer.appendTokens(of: value, splitting: .name, to: &tokens)
    }
}
