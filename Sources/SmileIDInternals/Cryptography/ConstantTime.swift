/// Comparisons whose running time does not depend on where two secrets differ.
package enum ConstantTime {
    /// Whether `lhs` and `rhs` hold the same bytes, examining every byte of the longer one.
    ///
    /// There is no early exit: the time taken depends only on the two lengths, never on the
    /// position of the first differing byte. Bytes missing from the shorter input compare as
    /// zero, and a length difference is folded into the result rather than returned early, so it
    /// does not reveal how much of a prefix matched.
    package static func equals(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        let lhs = Array(lhs)
        let rhs = Array(rhs)
        var difference = UInt(bitPattern: lhs.count ^ rhs.count)
        lhs.withUnsafeBufferPointer { left in
            rhs.withUnsafeBufferPointer { right in
                for index in 0..<max(left.count, right.count) {
                    let leftByte = index < left.count ? left[index] : 0
                    let rightByte = index < right.count ? right[index] : 0
                    difference |= UInt(leftByte ^ rightByte)
                }
            }
        }
        return difference == 0
    }

    /// Whether two 32-byte values held as four words are equal, examining every word.
    package static func equals(
        _ lhs: (UInt64, UInt64, UInt64, UInt64), _ rhs: (UInt64, UInt64, UInt64, UInt64)
    ) -> Bool {
        ((lhs.0 ^ rhs.0) | (lhs.1 ^ rhs.1) | (lhs.2 ^ rhs.2) | (lhs.3 ^ rhs.3)) == 0
    }
}
