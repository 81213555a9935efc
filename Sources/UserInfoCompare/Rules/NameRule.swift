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
        UserInfoBytes.withFields(of: info, and: UserInfo()) { bytes, _ in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.generalCapacity(bytes)) { buffer in
                var length = 0
                var isASCII = true
                return generalTokens(of: bytes, buffer, &length, &isASCII).strings
            }
        }
    }

    /// The outcome for two sides.
    func outcome(_ first: UserInfoBytes, _ second: UserInfoBytes) -> FieldOutcome {
        if let outcome = asciiOutcome(first, second) { return outcome }
        return generalOutcome(first, second)
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

    /// The token sequence of one side (first, middle and last names; else the full name; else
    /// what the parts gave) written to `buffer` at `length`, each token followed by
    /// ``TokenBytes/terminator``; `nil` when `append` declines a field.
    @inline(__always)
    private static func tokens(
        of info: UserInfoBytes, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ length: inout Int,
        appending append: (_ value: UnsafeBufferPointer<UInt8>, _ length: inout Int, _ count: inout Int) -> Bool
    ) -> TokenBytes? {
        func appendField(_ value: UnsafeBufferPointer<UInt8>?, _ count: inout Int) -> Bool {
            guard let value else { return true }
            return append(value, &length, &count)
        }
        let start = length
        var count = 0
        guard appendField(info.firstName, &count) else { return nil }
        let firstCount = count
        guard appendField(info.middleName, &count) else { return nil }
        let middleEnd = count
        guard appendField(info.lastName, &count) else { return nil }
        let parts = TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[start..<length]), count: count)
        if firstCount > 0 || count > middleEnd { return parts }
        let fullStart = length
        count = 0
        guard appendField(info.fullName, &count) else { return nil }
        if count == 0 { return parts }
        return TokenBytes(bytes: UnsafeBufferPointer(rebasing: buffer[fullStart..<length]), count: count)
    }

    /// The UTF-8 bytes of every name field of a side.
    private static func byteCount(_ info: UserInfoBytes) -> Int {
        (info.firstName?.count ?? 0) + (info.middleName?.count ?? 0) + (info.lastName?.count ?? 0)
            + (info.fullName?.count ?? 0)
    }

    // MARK: ASCII fast path

    /// The outcome when every name field of both sides is ASCII, read in one temporary buffer
    /// without making a string or an array; `nil` when some field is not ASCII.
    private func asciiOutcome(_ first: UserInfoBytes, _ second: UserInfoBytes) -> FieldOutcome? {
        let capacity = Self.byteCount(first) + Self.byteCount(second) + 8
        let ascii = ASCIINormalizer(separators: .name, dropsApostrophes: normalizer.dropsApostrophes)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> FieldOutcome? in
            func append(_ value: UnsafeBufferPointer<UInt8>, _ length: inout Int, _ count: inout Int) -> Bool {
                ascii.append(value, layout: .terminated, to: buffer, length: &length, tokenCount: &count)
            }
            var length = 0
            guard let firstTokens = Self.tokens(of: first, buffer, &length, appending: append),
                let secondTokens = Self.tokens(of: second, buffer, &length, appending: append)
            else { return nil }
            if firstTokens.isEmpty || secondTokens.isEmpty { return .notProvided }
            return Self.outcome(firstTokens, secondTokens)
        }
    }

    // MARK: Any text

    /// The outcome for any text, normalised by ``TextNormalizer`` into one temporary buffer;
    /// tokens are compared as bytes when both sides came out ASCII, otherwise as strings.
    private func generalOutcome(_ first: UserInfoBytes, _ second: UserInfoBytes) -> FieldOutcome {
        let capacity = Self.generalCapacity(first) + Self.generalCapacity(second)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var length = 0
            var isASCII = true
            let firstTokens = generalTokens(of: first, buffer, &length, &isASCII)
            let secondTokens = generalTokens(of: second, buffer, &length, &isASCII)
            if firstTokens.isEmpty || secondTokens.isEmpty { return .notProvided }
            if isASCII { return Self.outcome(firstTokens, secondTokens) }
            return Self.outcome(firstTokens.strings, secondTokens.strings)
        }
    }

    /// One side's tokens by ``TextNormalizer``; clears `isASCII` when a token is not ASCII.
    private func generalTokens(
        of info: UserInfoBytes, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ length: inout Int,
        _ isASCII: inout Bool
    ) -> TokenBytes {
        let tokens = Self.tokens(of: info, buffer, &length) { value, length, count in
            let ascii = normalizer.appendTerminatedTokens(
                of: value, splitting: .name, to: buffer, length: &length, tokenCount: &count)
            isASCII = isASCII && ascii
            return true
        }
        // The general normaliser never declines a field.
        return tokens ?? TokenBytes(bytes: UnsafeBufferPointer(start: nil, count: 0), count: 0)
    }

    /// The room ``generalTokens(of:_:_:_:)`` may need for a side: each of its four fields.
    private static func generalCapacity(_ info: UserInfoBytes) -> Int {
        TextNormalizer.terminatedTokensCapacity(forByteCount: byteCount(info)) + 3 * 8
    }
}
