import SmileIDInternals
import Testing

@Suite("HMAC-SHA256 (RFC 2104, RFC 4231 vectors)")
struct HMACTests {
    @Test("The fixture holds RFC 4231 cases 1 to 7")
    func fixtureIsComplete() throws {
        #expect(try HMACVector.all().map(\.case) == Array(1...7))
    }

    @Test("Authentication code matches RFC 4231", arguments: try HMACVector.all())
    func rfc4231(vector: HMACVector) throws {
        let key = try #require(Hex.bytes(vector.key))
        let data = try #require(Hex.bytes(vector.data))
        let code = HMACSHA256.authenticationCode(for: data, key: key)
        #expect(code.count == 32)
        #expect(Hex.string(code.prefix(vector.truncatedToBytes)) == vector.mac)
    }

    @Test("Streaming the message byte by byte gives the same code", arguments: try HMACVector.all())
    func streaming(vector: HMACVector) throws {
        let key = try #require(Hex.bytes(vector.key))
        let data = try #require(Hex.bytes(vector.data))
        var hmac = HMACSHA256(key: key)
        for byte in data { hmac.update(CollectionOfOne(byte)) }
        #expect(Hex.string(hmac.finalize().prefix(vector.truncatedToBytes)) == vector.mac)
    }

    @Test("A keyed value can be copied and reused for several messages")
    func reuseKeyedState() {
        let keyed = HMACSHA256(key: Array("Jefe".utf8))
        var first = keyed
        first.update("what do ya want for nothing?".utf8)
        var second = keyed
        second.update("something else".utf8)
        #expect(Hex.string(first.finalize()) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(second.finalize() == HMACSHA256.authenticationCode(for: "something else".utf8, key: "Jefe".utf8))
    }

    @Test("A key longer than 64 bytes is replaced by its hash (RFC 2104)")
    func longKeyIsHashed() {
        let longKey = [UInt8](repeating: 0xaa, count: 131)
        let message = Array("message".utf8)
        #expect(
            HMACSHA256.authenticationCode(for: message, key: longKey)
                == HMACSHA256.authenticationCode(for: message, key: SHA256.hash(longKey)))
        // A 64-byte key is used as is, not hashed.
        let blockKey = [UInt8](repeating: 0xaa, count: 64)
        #expect(
            HMACSHA256.authenticationCode(for: message, key: blockKey)
                != HMACSHA256.authenticationCode(for: message, key: SHA256.hash(blockKey)))
    }
}
