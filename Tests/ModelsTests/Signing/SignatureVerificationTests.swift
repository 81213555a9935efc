import Models
import TestSupport
import Testing

@Suite("SignatureVerification and SignatureKey.verify")
struct SignatureVerificationTests {
    static func fixture() throws -> (key: SignatureKey, vector: SignatureVector) {
        let vector = try #require(SignatureVector.all().first)
        return (SignatureKey(partnerID: vector.partnerID, apiKey: vector.apiKey), vector)
    }

    @Test("Every Python-made signature verifies", arguments: try SignatureVector.all())
    func validSignatures(vector: SignatureVector) {
        let key = SignatureKey(partnerID: vector.partnerID, apiKey: vector.apiKey)
        let verification = key.verify(signature: vector.signature, timestamp: vector.timestamp)
        #expect(verification == .valid)
        #expect(verification.isValid)
    }

    @Test("A missing or empty signature is missingSignature, checked before the timestamp")
    func missingSignature() throws {
        let (key, vector) = try Self.fixture()
        #expect(key.verify(signature: nil, timestamp: vector.timestamp) == .missingSignature)
        #expect(key.verify(signature: "", timestamp: vector.timestamp) == .missingSignature)
        #expect(key.verify(signature: nil, timestamp: nil) == .missingSignature)
    }

    @Test("A missing or empty timestamp is missingTimestamp")
    func missingTimestamp() throws {
        let (key, vector) = try Self.fixture()
        #expect(key.verify(signature: vector.signature, timestamp: nil) == .missingTimestamp)
        #expect(key.verify(signature: vector.signature, timestamp: "") == .missingTimestamp)
    }

    @Test("Signatures that are not padded standard base64 are malformed")
    func malformedBase64() throws {
        let (key, vector) = try Self.fixture()
        let urlSafe = String(vector.signature.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
        let malformed = [
            "not base64!",
            String(vector.signature.dropLast()),  // padding removed
            " " + vector.signature,  // surrounding whitespace
            vector.signature + "\n",
            urlSafe == vector.signature ? "-" + vector.signature.dropFirst() : urlSafe,
        ]
        for signature in malformed {
            #expect(key.verify(signature: signature, timestamp: vector.timestamp) == .malformedSignature)
        }
    }

    @Test("Valid base64 of anything but 32 bytes is malformed", arguments: [0, 1, 16, 31, 33, 64])
    func wrongLength(byteCount: Int) throws {
        let (key, vector) = try Self.fixture()
        guard byteCount > 0 else {
            // Zero bytes encode as the empty string, which counts as missing.
            #expect(key.verify(signature: "", timestamp: vector.timestamp) == .missingSignature)
            return
        }
        let signature = encodeStandardBase64((0..<byteCount).map { UInt8(truncatingIfNeeded: $0 &* 29) })
        try #require(signature.utf8.count == (byteCount + 2) / 3 * 4)
        #expect(key.verify(signature: signature, timestamp: vector.timestamp) == .malformedSignature)
        // The truncated or extended real signature is malformed too, not a mismatch.
        #expect(key.verify(signature: vector.signature + "AAAA", timestamp: vector.timestamp) == .malformedSignature)
    }

    @Test("Flipping any single bit of the signature is a mismatch", arguments: [0, 7, 100, 255])
    func oneBitFlipped(bitIndex: Int) throws {
        let (key, vector) = try Self.fixture()
        var bytes = try #require(decodeStandardBase64(vector.signature))
        try #require(bytes.count == 32)
        bytes[bitIndex / 8] ^= 1 << UInt8(bitIndex % 8)
        let flipped = encodeStandardBase64(bytes)
        #expect(flipped != vector.signature)
        #expect(key.verify(signature: flipped, timestamp: vector.timestamp) == .mismatch)
    }

    @Test("A different API key, partner ID or timestamp is a mismatch")
    func wrongKey() throws {
        let (key, vector) = try Self.fixture()
        let wrongAPIKey = SignatureKey(partnerID: vector.partnerID, apiKey: vector.apiKey + "x")
        let wrongPartner = SignatureKey(partnerID: "999", apiKey: vector.apiKey)
        #expect(wrongAPIKey.verify(signature: vector.signature, timestamp: vector.timestamp) == .mismatch)
        #expect(wrongPartner.verify(signature: vector.signature, timestamp: vector.timestamp) == .mismatch)
        #expect(key.verify(signature: vector.signature, timestamp: vector.timestamp + " ") == .mismatch)
        #expect(!key.verify(signature: vector.signature, timestamp: vector.timestamp + " ").isValid)
    }

    @Test("verify(_:) reads signature and timestamp from JobResult, CompareUserInfoResponse and JobStatusResponse")
    func verifyModels() throws {
        let (key, vector) = try Self.fixture()
        var result = JobResult(
            resultCode: "1012", resultText: "ID Number Validated", smileJobID: "0000000001",
            partnerParams: PartnerParams(userID: "user-1", jobID: "job-1", jobType: .enhancedKYC),
            timestamp: vector.timestamp, signature: vector.signature
        )
        #expect(key.verify(result) == .valid)
        result.signature = nil
        #expect(key.verify(result) == .missingSignature)

        var compare = CompareUserInfoResponse(
            resultText: "Exact Match", resultCode: "1020", actions: Actions(),
            signature: vector.signature, timestamp: vector.timestamp
        )
        #expect(key.verify(compare) == .valid)
        compare.timestamp = nil
        #expect(key.verify(compare) == .missingTimestamp)

        var status = JobStatusResponse(
            timestamp: vector.timestamp, signature: vector.signature,
            jobComplete: true, jobSuccess: true, code: "2302"
        )
        #expect(key.verify(status) == .valid)
        status.signature = "AAAA"
        #expect(key.verify(status) == .malformedSignature)
    }

    @Test("Every case's description says what is wrong without the API key or the signature")
    func descriptions() throws {
        let (key, vector) = try Self.fixture()
        let outcomes: [SignatureVerification] = [
            key.verify(signature: vector.signature, timestamp: vector.timestamp),
            key.verify(signature: nil, timestamp: vector.timestamp),
            key.verify(signature: vector.signature, timestamp: nil),
            key.verify(signature: "AAAA", timestamp: vector.timestamp),
            SignatureKey(partnerID: vector.partnerID, apiKey: "other-fake-key")
                .verify(signature: vector.signature, timestamp: vector.timestamp),
        ]
        #expect(outcomes == [.valid, .missingSignature, .missingTimestamp, .malformedSignature, .mismatch])
        #expect(outcomes.map(\.isValid) == [true, false, false, false, false])
        #expect(Set(outcomes.map(\.description)).count == outcomes.count)
        for outcome in outcomes {
            #expect(!outcome.description.contains(vector.apiKey))
            #expect(!outcome.description.contains(vector.signature))
            #expect(!"\(outcome)".contains(vector.apiKey))
        }
        #expect(SignatureVerification.mismatch.description.contains("API key"))
        #expect(SignatureVerification.mismatch.description.contains("environment"))
        #expect(SignatureVerification.malformedSignature.description.contains("base64"))
        #expect(SignatureVerification.missingTimestamp.description.contains("timestamp"))
        #expect(SignatureVerification.missingSignature.description.contains("signature"))
    }
}

// MARK: - Independent base64 for building test inputs

/// Decodes standard base64 with Foundation-free arithmetic, for tampering with test signatures.
private func decodeStandardBase64(_ text: String) -> [UInt8]? {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var bits: UInt32 = 0
    var bitCount = 0
    var bytes: [UInt8] = []
    for character in text.utf8 where character != UInt8(ascii: "=") {
        guard let value = alphabet.firstIndex(of: character) else { return nil }
        bits = bits << 6 | UInt32(value)
        bitCount += 6
        if bitCount >= 8 {
            bitCount -= 8
            bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(bitCount)))
        }
    }
    return bytes
}

/// Encodes standard base64 with padding, bit by bit.
private func encodeStandardBase64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    var bits: UInt32 = 0
    var bitCount = 0
    for byte in bytes {
        bits = bits << 8 | UInt32(byte)
        bitCount += 8
        while bitCount >= 6 {
            bitCount -= 6
            output.append(alphabet[Int(bits >> UInt32(bitCount) & 0x3f)])
        }
    }
    if bitCount > 0 {
        output.append(alphabet[Int(bits << UInt32(6 - bitCount) & 0x3f)])
    }
    while output.count % 4 != 0 { output.append(UInt8(ascii: "=")) }
    return String(decoding: output, as: UTF8.self)
}
