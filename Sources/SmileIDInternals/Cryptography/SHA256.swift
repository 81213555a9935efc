/// SHA-256 as specified by FIPS 180-4, computed incrementally.
///
/// A value type: copy it to fork a computation (HMAC keeps its padded-key states this way).
/// Input is processed in 64-byte blocks held in a fixed-size inline buffer; hashing allocates
/// nothing but the 32-byte digest array (``finalizeWords()`` not even that).
///
/// Internal to `Models`: it exists to sign and verify Smile ID signatures, not as a general
/// cryptography API (use swift-crypto for that).
package struct SHA256: Sendable {
    /// The size of a digest in bytes.
    package static let byteCount = 32
    /// The size of a block in bytes.
    package static let blockByteCount = 64

    /// The eight 32-bit words of the running hash value.
    private var state = State.initial
    /// Bytes received but not yet compressed; only the first `bufferCount` bytes are meaningful.
    private var buffer = Block()
    /// How many bytes of `buffer` are filled, always less than 64 between calls.
    private var bufferCount = 0
    /// The total number of bytes received so far.
    private var messageByteCount: UInt64 = 0

    /// Starts a new hash computation.
    package init() {}
}

// MARK: - Hashing

extension SHA256 {
    /// The SHA-256 digest of `bytes`.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Adds `bytes` to the message; contiguous collections (arrays, native strings' UTF-8
    /// views) are read in place.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { elements in
            update(bytes: UnsafeRawBufferPointer(elements))
        }
        guard handled == nil else { return }
        for byte in bytes {
            update(byte: byte)
        }
    }

    /// Adds the bytes of a raw buffer to the message.
    package mutating func update(bytes input: UnsafeRawBufferPointer) {
        guard let inputBase = input.baseAddress, !input.isEmpty else { return }
        messageByteCount &+= UInt64(input.count)

        var state = self.state
        var buffer = self.buffer
        var bufferCount = self.bufferCount
        var offset = 0

        withUnsafeMutableBytes(of: &buffer) { blockBytes in
            // Top up a partially filled block first.
            if bufferCount > 0 {
                let take = min(Self.blockByteCount - bufferCount, input.count)
                blockBytes.baseAddress?.advanced(by: bufferCount)
                    .copyMemory(from: inputBase, byteCount: take)
                bufferCount += take
                offset = take
                guard bufferCount == Self.blockByteCount else { return }
                Self.compress(&state, block: UnsafeRawBufferPointer(blockBytes))
                bufferCount = 0
            }
            // Whole blocks straight from the input.
            while input.count - offset >= Self.blockByteCount {
                Self.compress(&state, block: UnsafeRawBufferPointer(rebasing: input[offset...]))
                offset += Self.blockByteCount
            }
            // Keep the tail for later.
            let rest = input.count - offset
            if rest > 0 {
                blockBytes.baseAddress?
                    .copyMemory(from: inputBase.advanced(by: offset), byteCount: rest)
                bufferCount = rest
            }
        }

        self.state = state
        self.buffer = buffer
        self.bufferCount = bufferCount
    }

    /// The digest of everything added so far. The hasher itself is unchanged, so more bytes may
    /// still be added to compute the digest of a longer message.
    package func finalize() -> [UInt8] {
        finalizeWords().bytes
    }

    /// The digest of everything added so far, held inline (no allocation); the hasher is
    /// unchanged.
    package func finalizeWords() -> Digest {
        var state = self.state
        var buffer = self.buffer
        let count = bufferCount
        let bitLength = messageByteCount &* 8
        // 0x80, then zeros until 8 bytes remain in a block, then the length in bits, written
        // into the block in place (a second block when fewer than 9 bytes are left in this one).
        withUnsafeMutableBytes(of: &buffer) { block in
            block[count] = 0x80
            var next = count &+ 1
            if next > Self.blockByteCount &- 8 {
                while next < Self.blockByteCount {
                    block[next] = 0
                    next &+= 1
                }
                Self.compress(&state, block: UnsafeRawBufferPointer(block))
                next = 0
            }
            while next < Self.blockByteCount &- 8 {
                block[next] = 0
                next &+= 1
            }
            block.storeBytes(of: bitLength.bigEndian, toByteOffset: Self.blockByteCount &- 8, as: UInt64.self)
            Self.compress(&state, block: UnsafeRawBufferPointer(block))
        }
        let h = state
        return Digest(
            words: (
                UInt64(h.h0) << 32 | UInt64(h.h1), UInt64(h.h2) << 32 | UInt64(h.h3),
                UInt64(h.h4) << 32 | UInt64(h.h5), UInt64(h.h6) << 32 | UInt64(h.h7)
            ))
    }

    /// A digest held inline: its 32 bytes as four words, each big-endian (the digest's first byte
    /// is the first word's highest).
    package struct Digest: Sendable {
        /// The four words.
        package var words: (UInt64, UInt64, UInt64, UInt64)

        /// The digest of the four words.
        package init(words: (UInt64, UInt64, UInt64, UInt64)) {
            self.words = words
        }

        /// Runs `body` with the 32 bytes, in order, without allocating.
        package func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            var bigEndian = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
            return try Swift.withUnsafeBytes(of: &bigEndian) { try body($0) }
        }

        /// The 32 bytes.
        package var bytes: [UInt8] {
            withUnsafeBytes { Array($0) }
        }
    }

    /// Adds a single byte; the path for sequences that are not contiguous.
    private mutating func update(byte: UInt8) {
        let index = bufferCount
        withUnsafeMutableBytes(of: &buffer) { $0[index] = byte }
        bufferCount += 1
        messageByteCount &+= 1
        if bufferCount == Self.blockByteCount {
            var state = self.state
            withUnsafeBytes(of: buffer) { Self.compress(&state, block: $0) }
            self.state = state
            bufferCount = 0
        }
    }
}

// MARK: - Compression function

extension SHA256 {
    /// The hash value H(i): eight 32-bit words.
    struct State: Sendable {
        var h0, h1, h2, h3, h4, h5, h6, h7: UInt32

        /// H(0), FIPS 180-4 section 5.3.3.
        static let initial = State(
            h0: 0x6a09_e667, h1: 0xbb67_ae85, h2: 0x3c6e_f372, h3: 0xa54f_f53a,
            h4: 0x510e_527f, h5: 0x9b05_688c, h6: 0x1f83_d9ab, h7: 0x5be0_cd19
        )
    }

    /// 64 bytes of inline storage for one block.
    struct Block: Sendable {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// The round constants K, FIPS 180-4 section 4.2.2.
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Processes one 64-byte block (the first 64 bytes of `block`), FIPS 180-4 section 6.2.2.
    ///
    /// Eight rounds a step, with the working variables renamed from round to round instead of
    /// moved (each round writes only `d` and `h` of its own naming), and the schedule's words in
    /// a stack buffer read through an unsafe pointer: no bounds checks, no copies.
    private static func compress(_ state: inout State, block: UnsafeRawBufferPointer) {
        assert(block.count >= blockByteCount, "SHA256.compress needs a whole block")
        roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                guard let w = schedule.baseAddress, let k = constants.baseAddress, let input = block.baseAddress
                else { return }
                for t in 0..<16 {
                    w[t] = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 4 &* t, as: UInt32.self))
                }
                var t = 16
                while t < 64 {
                    let x = w[t &- 15]
                    let y = w[t &- 2]
                    let s0 = x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x &>> 3)
                    let s1 = y.rotatedRight(17) ^ y.rotatedRight(19) ^ (y &>> 10)
                    w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
                    t &+= 1
                }

                var a = state.h0
                var b = state.h1
                var c = state.h2
                var d = state.h3
                var e = state.h4
                var f = state.h5
                var g = state.h6
                var h = state.h7
                t = 0
                while t < 64 {
                    round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                    round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
                    round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
                    round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
                    round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
                    round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
                    round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
                    round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
                    t &+= 8
                }

                state.h0 &+= a
                state.h1 &+= b
                state.h2 &+= c
                state.h3 &+= d
                state.h4 &+= e
                state.h5 &+= f
                state.h6 &+= g
                state.h7 &+= h
            }
        }
    }

    /// One round: with T1 = h + Σ1(e) + Ch(e, f, g) + K + W, `d` becomes d + T1 and `h`
    /// becomes T1 + Σ0(a) + Maj(a, b, c) (the next round names them `e` and `a`).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
    ) {
        let sigma1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
        let choose = g ^ (e & (f ^ g))
        let t1 = h &+ sigma1 &+ choose &+ constantAndWord
        let sigma0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
        let majority = (a & b) | (c & (a | b))
        d &+= t1
        h = t1 &+ sigma0 &+ majority
    }
}

extension UInt32 {
    /// The value rotated right by `count` bits (0 < count < 32).
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self &>> count) | (self &<< (32 &- count))
    }
}
