/// Normalised tokens stored as UTF-8 bytes in one buffer, so that a rule compares them without
/// making a `String` per token.
///
/// Each token is followed by the byte 0xFF, which never occurs in UTF-8, so that two lists hold
/// the same token sequence exactly when their bytes are equal. Two lists that are both ASCII
/// compare byte for byte, which for ASCII is exactly Unicode canonical equivalence; otherwise
/// the rules compare ``strings``, whose `==` follows canonical equivalence ("é" as one scalar
/// equals "e" + U+0301).
struct TokenList: Sendable, Hashable {
    /// The bytes of every token, each followed by ``terminator``.
    private(set) var bytes: [UInt8] = []
    /// The number of tokens.
    private(set) var count = 0
    /// Whether every token byte is ASCII.
    private(set) var isASCII = true

    /// The byte after each token.
    static let terminator: UInt8 = 0xFF

    init() {}

    /// Creates a list with room for `byteCount` bytes without reallocating.
    init(reservingBytes byteCount: Int) {
        bytes.reserveCapacity(byteCount)
    }

    var isEmpty: Bool { count == 0 }

    /// Appends one token.
    mutating func append(_ token: UnsafeBufferPointer<UInt8>) {
        var ascii = true
        for byte in token where byte >= 0x80 {
            ascii = false
            break
        }
        isASCII = isASCII && ascii
        bytes.append(contentsOf: token)
        bytes.append(Self.terminator)
        count += 1
    }

    /// Appends `count` tokens already encoded as this list stores them (each followed by
    /// ``terminator``).
    mutating func append(encoded: UnsafeBufferPointer<UInt8>, count: Int, isASCII: Bool) {
        bytes.append(contentsOf: encoded)
        self.count += count
        self.isASCII = self.isASCII && isASCII
    }

    /// The tokens as strings, for comparing non-ASCII tokens by canonical equivalence.
    var strings: [String] {
        bytes.split(separator: Self.terminator).map { String(decoding: $0, as: UTF8.self) }
    }
}

// MARK: Comparing ASCII lists

extension TokenList {
    /// Numbers the distinct tokens of two lists by their bytes and calls `body` with each
    /// list's token numbers (`0..<distinctCount`) and the number of distinct tokens.
    ///
    /// One pass over the bytes with an open-addressing hash table held in temporary storage:
    /// linear in the input size, and without heap allocation for short lists.
    static func withTokenNumbers<Result>(
        _ first: TokenList, _ second: TokenList,
        _ body: (_ first: UnsafeBufferPointer<Int32>, _ second: UnsafeBufferPointer<Int32>, _ distinctCount: Int) ->
            Result
    ) -> Result {
        first.bytes.withUnsafeBufferPointer { firstBytes in
            second.bytes.withUnsafeBufferPointer { secondBytes in
                TokenBytes.withTokenNumbers(
                    TokenBytes(bytes: firstBytes, count: first.count),
                    TokenBytes(bytes: secondBytes, count: second.count),
                    body)
            }
        }
    }
}

/// Tokens in borrowed memory, each followed by ``TokenList/terminator``, as a ``TokenList``
/// stores them: what the ASCII fast paths build in temporary storage.
struct TokenBytes {
    /// The bytes of every token, each followed by ``TokenList/terminator``.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of tokens.
    let count: Int

    var isEmpty: Bool { count == 0 }

    /// Whether two lists hold the same tokens in the same order.
    static func == (first: TokenBytes, second: TokenBytes) -> Bool {
        first.count == second.count && first.bytes.hasSameBytes(as: second.bytes)
    }

    /// Numbers the distinct tokens of two lists; see ``TokenList/withTokenNumbers(_:_:_:)``.
    static func withTokenNumbers<Result>(
        _ first: TokenBytes, _ second: TokenBytes,
        _ body: (_ first: UnsafeBufferPointer<Int32>, _ second: UnsafeBufferPointer<Int32>, _ distinctCount: Int) ->
            Result
    ) -> Result {
        let terminator = TokenList.terminator
        let total = first.count + second.count
        var capacity = 16
        while capacity < 2 * total { capacity <<= 1 }
        // Slots, then each token's number, then each number's representative (list, start, end).
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity + 4 * total) { storage in
            let slots = UnsafeMutableBufferPointer(rebasing: storage[..<capacity])
            let numbers = UnsafeMutableBufferPointer(rebasing: storage[capacity..<(capacity + total)])
            let representatives = UnsafeMutableBufferPointer(rebasing: storage[(capacity + total)...])
            slots.initialize(repeating: -1)
            var distinct: Int32 = 0
            var index = 0
            do {
                let firstBytes = first.bytes
                let secondBytes = second.bytes
                do {
                    for list in 0..<2 {
                        let bytes = list == 0 ? firstBytes : secondBytes
                        var start = 0
                        while start < bytes.count {
                            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                            var end = start
                            while bytes[end] != terminator {
                                hash = (hash ^ UInt64(bytes[end])) &* 0x100_0000_01B3
                                end += 1
                            }
                            let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
                            while true {
                                let number = Int(slots[slot])
                                if number < 0 {
                                    slots[slot] = distinct
                                    representatives[3 * Int(distinct)] = Int32(list)
                                    representatives[3 * Int(distinct) + 1] = Int32(start)
                                    representatives[3 * Int(distinct) + 2] = Int32(end)
                                    numbers[index] = distinct
                                    distinct += 1
                                    break
                                }
                                let other = representatives[3 * number] == 0 ? firstBytes : secondBytes
                                let seen = UnsafeBufferPointer(
                                    rebasing: other[
                                        Int(representatives[3 * number + 1])..<Int(representatives[3 * number + 2])])
                                if seen.hasSameBytes(as: token) {
                                    numbers[index] = Int32(number)
                                    break
                                }
                                slot = (slot + 1) & (capacity - 1)
                            }
                            index += 1
                            start = end + 1
                        }
                    }
                }
            }
            return body(
                UnsafeBufferPointer(rebasing: numbers[..<first.count]),
                UnsafeBufferPointer(rebasing: numbers[first.count...]), Int(distinct))
        }
    }
}
