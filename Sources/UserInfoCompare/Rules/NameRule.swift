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
        UserInfoBytes.withFields(of: info, and: UserInfo()) { bytes, _ in tokenList(of: bytes).strings }
    }

    /// The token sequence of one side as bytes, empty when the name is Not Provided.
    func tokenList(of info: UserInfoBytes) -> TokenList {
        let byteCount = (info.firstName?.count ?? 0) + (info.middleName?.count ?? 0) + (info.lastName?.count ?? 0)
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
    func outcome(_ first: UserInfoBytes, _ second: UserInfoBytes) -> FieldOutcome {
        if let outcome = asciiOutcome(first, second) { return outcome }
        return Self.outcome(tokenList(of: first), tokenList(of: second))
    }

    /// The outcome for two token sequences: byte by byte when both are ASCII, otherwise as
    /// strings (canonical equivalence).
    static func outcome(_ first: TokenList, _ second: TokenList) -> FieldOutcome {
        if first.isEmpty || second.isEmpty { return .notProvided }
        guard first.isASCII && second.isASCII else { return outcome(first.strings, second.strings) }
        return first.bytes.withUnsafeBufferPointer { firstBytes in
            second.bytes.withUnsafeBufferPointer { secondBytes in
                outcome(
                    TokenBytes(bytes: firstBytes, count: first.count),
                    TokenBytes(bytes: secondBytes, count: second.count))
            }
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

    // MARK: ASCII fast path

    /// The outcome when every name field of both sides is ASCII, read in one temporary buffer
    /// without making a string or an array; `nil` when some field is not ASCII.
    private func asciiOutcome(_ first: UserInfoBytes, _ second: UserInfoBytes) -> FieldOutcome? {
        let capacity = Self.byteCount(first) + Self.byteCount(second) + 8
        let ascii = ASCIINormalizer(separators: .name, dropsApostrophes: normalizer.dropsApostrophes)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> FieldOutcome? in
            var length = 0
            guard let firstTokens = Self.asciiTokens(of: first, ascii, buffer, &length),
                let secondTokens = Self.asciiTokens(of: second, ascii, buffer, &length)
            else { return nil }
            if firstTokens.isEmpty || secondTokens.isEmpty { return .notProvided }
            return Self.outcome(firstTokens, secondTokens)
        }
    }

    /// The UTF-8 bytes of every name field of a side.
    private static func byteCount(_ info: UserInfoBytes) -> Int {
        (info.firstName?.count ?? 0) + (info.middleName?.count ?? 0) + (info.lastName?.count ?? 0)
            + (info.fullName?.count ?? 0)
    }

    /// The token sequence of one side (see ``tokenList(of:)``) written to `buffer` at `length`;
    /// `nil` when a field read is not ASCII.
    private static func asciiTokens(
        of info: UserInfoBytes, _ ascii: ASCIINormalizer, _ buffer: UnsafeMutableBufferPointer<UInt8>,
        _ length: inout Int
    ) -> TokenBytes? {
        let start = length
        var count = 0
        guard append(info.firstName, ascii, buffer, &length, &count) else { return nil }
        let firstCount = count
        guard append(info.middleName, ascii, buffer, &length, &count) else { return nil }
        let middleEnd = count
        guard append(info.lastName, ascii, buffer, &length, &count) else { return nil }
        let parts = TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[start..<length]), count: count)
        if firstCount > 0 || count > middleEnd { return parts }
        let fullStart = length
        count = 0
        guard append(info.fullName, ascii, buffer, &length, &count) else { return nil }
        if count == 0 { return parts }
        return TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[fullStart..<length]), count: count)
    }

    @inline(__always)
    private static func append(
        _ value: UnsafeBufferPointer<UInt8>?, _ ascii: ASCIINormalizer, _ buffer: UnsafeMutableBufferPointer<UInt8>,
        _ length: inout Int, _ count: inout Int
    ) -> Bool {
        guard let value else { return true }
        return ascii.append(value, layout: .terminated, to: buffer, length: &length, tokenCount: &count)
    }

    private func append(_ value: UnsafeBufferPointer<UInt8>?, to tokens: inout TokenList) {
        guard let value else { return }
        normalizer.appendTokens(of: value, splitting: .name, to: &tokens)
    }
}
