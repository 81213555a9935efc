extension UnsafeBufferPointer<UInt8> {
    /// Whether both buffers hold the same bytes: eight bytes a step, with no generic iteration
    /// (`elementsEqual` goes one element at a time through the `Sequence` protocol).
    @inline(__always)
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard let base = baseAddress, let otherBase = other.baseAddress else { return true }
        var index = 0
        while index &+ 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard word == UnsafeRawPointer(otherBase + index).loadUnaligned(as: UInt64.self) else { return false }
            index &+= 8
        }
        while index < count {
            guard base[index] == otherBase[index] else { return false }
            index &+= 1
        }
        return true
    }
}
