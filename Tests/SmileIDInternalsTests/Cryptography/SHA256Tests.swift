import SmileIDInternals
import Testing

@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
    @Test("The fixture holds every FIPS 180-4 example and the edge cases")
    func fixtureIsComplete() throws {
        let vectors = try SHA256Vector.all()
        #expect(vectors.count == 5)
        let lengthsInBits = Set(vectors.map { $0.message.utf8.count * $0.repeat * 8 })
        #expect(lengthsInBits == [0, 24, 448, 896, 8_000_000])
    }

    @Test("One-shot hash matches the expected digest", arguments: try SHA256Vector.all())
    func oneShot(vector: SHA256Vector) {
        #expect(Hex.string(SHA256.hash(vector.messageBytes)) == vector.digest)
    }

    @Test("Streaming in odd chunk sizes equals one-shot", arguments: [1, 3, 7, 13, 55, 63, 64, 65, 127, 1_000])
    func streamingChunks(chunkSize: Int) throws {
        for vector in try SHA256Vector.all() where vector.repeat == 1 || chunkSize >= 55 {
            let message = vector.messageBytes
            var hasher = SHA256()
            var start = 0
            while start < message.count {
                let end = min(start + chunkSize, message.count)
                hasher.update(message[start..<end])
                start = end
            }
            #expect(Hex.string(hasher.finalize()) == vector.digest, "\(vector.name), chunks of \(chunkSize)")
        }
    }

    @Test(
        "Non-contiguous sequences take the byte-by-byte path and agree",
        arguments: try SHA256Vector.all().filter { $0.repeat == 1 })
    func nonContiguousSequence(vector: SHA256Vector) {
        var hasher = SHA256()
        // A lazy map has no contiguous storage, so update(_:) iterates it.
        hasher.update(vector.message.utf8.lazy.map { $0 })
        #expect(Hex.string(hasher.finalize()) == vector.digest)
    }

    @Test("Mixing contiguous and byte-by-byte updates agrees with one-shot")
    func mixedPaths() {
        let message =
            Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8) + Array(repeating: 0x61, count: 200)
        var hasher = SHA256()
        var index = 0
        var contiguous = false
        while index < message.count {
            let end = min(index + 11, message.count)
            if contiguous {
                hasher.update(message[index..<end])
            } else {
                hasher.update(message[index..<end].lazy.map { $0 })
            }
            contiguous.toggle()
            index = end
        }
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test("finalize() leaves the hasher usable for a longer message")
    func finalizeDoesNotConsume() {
        var hasher = SHA256()
        hasher.update("ab".utf8)
        let prefixDigest = hasher.finalize()
        hasher.update("c".utf8)
        #expect(prefixDigest == SHA256.hash("ab".utf8))
        #expect(Hex.string(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("Padding boundaries: every length from 0 to 130 bytes differs and is stable")
    func paddingBoundaries() {
        // Lengths 55, 56 and 64 are where the length field spills into an extra block; a
        // padding bug changes the digest of one length but the streamed result must still
        // agree with one-shot for every length.
        var seen = Set<[UInt8]>()
        for length in 0...130 {
            let message = [UInt8](repeating: 0x5a, count: length)
            let oneShot = SHA256.hash(message)
            var streamed = SHA256()
            for byte in message { streamed.update(CollectionOfOne(byte)) }
            #expect(streamed.finalize() == oneShot, "length \(length)")
            #expect(oneShot.count == 32)
            seen.insert(oneShot)
        }
        #expect(seen.count == 131)
    }
}
