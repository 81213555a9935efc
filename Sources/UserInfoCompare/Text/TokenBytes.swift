/// Normalised tokens as UTF-8 bytes in borrowed memory (a rule's temporary buffer), so that
/// a rule compares them without making a `String` per token.
///
/// Each token is followed by ``terminator``, the byte 0xFF, which never occurs in UTF-8, so that
/// two sequences hold the same tokens exactly when their bytes are equal. Two sequences that
/// are both ASCII compare byte for byte, which for ASCII is exactly Unicode canonical
/// equivalence; otherwise the rules compare ``strings``, whose `==` follows canonical
/// equivalence ("é" as one scalar equals "e" + U+0301).
struct TokenBytes {
    /// The bytes of every token, each followed by ``TokenBytes/terminator``.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of tokens.
    let count: Int

    /// The byte after each token.
    static let terminator: UInt8 = 0xFF

    var isEmpty: Bool { count == 0 }

    /// The tokens as strings.
    var strings: [String] {
        bytes.split(separator: TokenBytes.terminator).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether two lists hold the same tokens in the same order.
    static func == (first: TokenBytes, second: TokenBytes) -> Bool {
        first.count == second.count && first.bytes.hasSameBytes(as: second.bytes)
    }

    /// Numbers the distinct tokens of two lists; see the token numbering below.
    static func withTokenNumbers<Result>(
        _ first: TokenBytes, _ second: TokenBytes,
        _ body: (_ first: UnsafeBufferPointer<Int32>, _ second: UnsafeBufferPointer<Int32>, _ distinctCount: Int) ->
            Result
    ) -> Result {
        let terminator = TokenBytes.terminator
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
