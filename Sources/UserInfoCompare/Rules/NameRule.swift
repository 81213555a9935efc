import Models

/// The name rule: Exact Match, Transposed, Partial Match or No Match over name tokens.
///
/// A side's tokens are its normalised first, middle and last names (in that order) split at
/// white space, hyphens, commas and full stops, when the first or the last name yields a
/// token; otherwise its full name's tokens; otherwise its middle name's tokens. A side with no
/// token is Not Provided.
struct NameRule: Sendable {
    let normalizer: TextNormalizer

    /// The token sequence of one side, empty when the name is Not Provided or a field is over
    /// the comparison's byte limit.
    func tokens(of info: UserInfo) -> [String] {
        let sequence = try? UserInfoBytes.withFields(of: info, and: UserInfo()) { bytes, _ in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.generalCapacity(bytes)) { buffer in
                var length = 0
                var isASCII = true
                return tokens(of: bytes, buffer, &length, &isASCII).strings
            }
        }
        return sequence ?? []
    }

    /// The outcome for two sides.
    ///
    /// Both sides are normalised into one temporary buffer, each field by the ASCII fast path
    /// when it is ASCII; tokens are compared as bytes when both sides came out ASCII, otherwise
    /// as strings (canonical equivalence).
    func outcome(_ first: UserInfoBytes, _ second: UserInfoBytes) -> FieldOutcome {
        let capacity = Self.generalCapacity(first) + Self.generalCapacity(second)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var length = 0
            var isASCII = true
            let firstTokens = tokens(of: first, buffer, &length, &isASCII)
            let secondTokens = tokens(of: second, buffer, &length, &isASCII)
            if firstTokens.isEmpty || secondTokens.isEmpty { return .notProvided }
            if isASCII { return Self.outcome(firstTokens, secondTokens) }
            return Self.outcome(firstTokens.strings, secondTokens.strings)
        }
    }

    /// The outcome for two non-empty ASCII token sequences.
    static func outcome(_ first: TokenBytes, _ second: TokenBytes) -> FieldOutcome {
        if first == second { return .exactMatch }
        return TokenBytes.withTokenNumbers(first, second) { firstNumbers, secondNumbers, distinctCount in
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

    // MARK: Reading a side's tokens

    /// The UTF-8 bytes of every name field of a side.
    private static func byteCount(_ info: UserInfoBytes) -> Int {
        (info.firstName?.count ?? 0) + (info.middleName?.count ?? 0) + (info.lastName?.count ?? 0)
            + (info.fullName?.count ?? 0)
    }

    /// The token sequence of one side (first, middle and last names; else the full name; else
    /// what the parts gave) written to `buffer` at `length`, each token followed by
    /// ``TokenBytes/terminator``; clears `isASCII` when a token is not ASCII.
    private func tokens(
        of info: UserInfoBytes, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ length: inout Int,
        _ isASCII: inout Bool
    ) -> TokenBytes {
        let ascii = ASCIINormalizer(separators: .name, dropsApostrophes: normalizer.dropsApostrophes)
        return Self.tokens(of: info, buffer, &length) { value, length, count in
            let valueIsASCII = normalizer.appendTerminatedTokens(
                of: value, splitting: .name, trying: ascii, to: buffer, length: &length, tokenCount: &count)
            isASCII = isASCII && valueIsASCII
        }
    }

    /// The selection of ``tokens(of:_:_:_:)``, with `append` writing one field's tokens.
    @inline(__always)
    private static func tokens(
        of info: UserInfoBytes, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ length: inout Int,
        appending append: (_ value: UnsafeBufferPointer<UInt8>, _ length: inout Int, _ count: inout Int) -> Void
    ) -> TokenBytes {
        func appendField(_ value: UnsafeBufferPointer<UInt8>?, _ count: inout Int) {
            guard let value else { return }
            append(value, &length, &count)
        }
        let start = length
        var count = 0
        appendField(info.firstName, &count)
        let firstCount = count
        appendField(info.middleName, &count)
        let middleEnd = count
        appendField(info.lastName, &count)
        let parts = TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[start..<length]), count: count)
        if firstCount > 0 || count > middleEnd { return parts }
        let fullStart = length
        count = 0
        appendField(info.fullName, &count)
        if count == 0 { return parts }
        return TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[fullStart..<length]), count: count)
    }

    /// The room ``tokens(of:_:_:_:)`` may need for a side: each of its four fields.
    private static func generalCapacity(_ info: UserInfoBytes) -> Int {
        TextNormalizer.terminatedTokensCapacity(forByteCount: byteCount(info)) + 3 * 8
    }
}
