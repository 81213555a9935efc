import SmileIDInternals
import Testing

@Suite("Strict standard base64")
struct Base64Tests {
    /// RFC 4648 section 10 test vectors.
    static let rfc4648: [(String, String)] = [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ]

    @Test("Encodes and decodes the RFC 4648 vectors", arguments: rfc4648)
    func rfc4648Vectors(plain: String, encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test("Round-trips every length up to 70 and every byte value")
    func roundTrip() {
        for length in 0...70 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 200) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes, "length \(length)")
        }
        let all = (0...255).map { UInt8($0) }
        #expect(Base64.decode(Base64.encode(all)) == all)
        #expect(Base64.encode([0xfb, 0xff, 0xbf]) == "+/+/")
    }

    @Test(
        "Rejects anything but canonical padded standard base64",
        arguments: [
            "Zm8",  // missing padding
            "Zg=",  // not a multiple of 4
            "Zg",  // unpadded
            "Zh==",  // non-zero trailing bits (one byte)
            "Zm9=",  // non-zero trailing bits (two bytes)
            "Zm9v\n",  // whitespace
            " Zm9v",  // leading space
            "-_-_",  // URL-safe alphabet
            "Zg==Zm9v",  // padding in the middle
            "Z===",  // three padding characters
            "====",  // padding only
            "Zm=v",  // padding before a data character
            "Zm\u{00e9}",  // non-ASCII (4 UTF-8 bytes)
        ])
    func rejects(text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
