import SmileIDInternals
import Testing

@Suite("Constant-time comparison")
struct ConstantTimeTests {
    @Test("Equal byte strings compare equal")
    func equal() {
        #expect(ConstantTime.equals([UInt8](), [UInt8]()))
        #expect(ConstantTime.equals([1, 2, 3] as [UInt8], [1, 2, 3] as [UInt8]))
        #expect(ConstantTime.equals(Array(0...255) as [UInt8], (0...255).map { UInt8($0) }))
    }

    @Test("A difference at any position is detected", arguments: [0, 1, 15, 16, 30, 31])
    func differenceAtPosition(position: Int) {
        let base = [UInt8](repeating: 0x42, count: 32)
        for bit in 0..<8 {
            var changed = base
            changed[position] ^= 1 << UInt8(bit)
            #expect(!ConstantTime.equals(base, changed), "byte \(position), bit \(bit)")
        }
    }

    @Test("Different lengths never compare equal, even when one is a prefix or zero-padded")
    func differentLengths() {
        #expect(!ConstantTime.equals([1, 2, 3] as [UInt8], [1, 2] as [UInt8]))
        #expect(!ConstantTime.equals([1, 2] as [UInt8], [1, 2, 3] as [UInt8]))
        // Missing bytes compare as zero, so only the folded length difference catches these.
        #expect(!ConstantTime.equals([1, 2, 0] as [UInt8], [1, 2] as [UInt8]))
        #expect(!ConstantTime.equals([UInt8](), [0] as [UInt8]))
    }
}
