import Models
import TestSupport
import Testing

@Suite("SignatureKey: Smile ID's signature recipe")
struct SignatureKeyTests {
    @Test("The fixture covers non-ASCII input and keys around the 64-byte block")
    func fixtureCoverage() throws {
        let vectors = try SignatureVector.all()
        #expect(vectors.count >= 8)
        #expect(vectors.contains { $0.timestamp.unicodeScalars.contains { !$0.isASCII } })
        #expect(vectors.contains { $0.apiKey.unicodeScalars.contains { !$0.isASCII } })
        #expect(vectors.contains { $0.apiKeyUTF8Bytes == 64 })
        #expect(vectors.contains { $0.apiKeyUTF8Bytes > 64 })
        for vector in vectors {
            #expect(vector.apiKey.utf8.count == vector.apiKeyUTF8Bytes, "\(vector.name)")
        }
    }

    @Test("signature(timestamp:) matches the independent Python implementation", arguments: try SignatureVector.all())
    func matchesPython(vector: SignatureVector) {
        let key = SignatureKey(partnerID: vector.partnerID, apiKey: vector.apiKey)
        #expect(key.signature(timestamp: vector.timestamp) == vector.signature)
    }

    @Test("The same key signs many timestamps; each signature depends on the timestamp")
    func keyIsReusable() throws {
        let vectors = try SignatureVector.all().filter {
            $0.apiKey == "fake-api-key-0000-test-0000" && $0.partnerID == "085"
        }
        try #require(vectors.count >= 2)
        let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")
        for vector in vectors + vectors.reversed() {
            #expect(key.signature(timestamp: vector.timestamp) == vector.signature)
        }
        #expect(Set(vectors.map { key.signature(timestamp: $0.timestamp) }).count == vectors.count)
    }

    @Test("The partner ID is part of the signed message")
    func partnerIDIsSigned() throws {
        let vector = try #require(SignatureVector.all().first)
        let otherPartner = SignatureKey(partnerID: vector.partnerID + "0", apiKey: vector.apiKey)
        #expect(otherPartner.signature(timestamp: vector.timestamp) != vector.signature)
    }

    @Test("sign(_:timestamp:) sets partner_id, timestamp and signature and nothing else")
    func signRequest() throws {
        let vector = try #require(SignatureVector.all().first)
        let key = SignatureKey(partnerID: vector.partnerID, apiKey: vector.apiKey)
        var request = CompareUserInfoRequest(
            sourceSDKVersion: "1.0.0", partnerID: "stale", signature: "stale",
            userID: "user-adaeze-okonkwo-test", country: "NG", idType: "PASSPORT"
        )
        #expect(request.firstMissingParameter == "timestamp")
        key.sign(&request, timestamp: vector.timestamp)

        #expect(request.partnerID == vector.partnerID)
        #expect(request.timestamp == vector.timestamp)
        #expect(request.signature == vector.signature)
        #expect(request.sourceSDK == "rest_api")
        #expect(request.sourceSDKVersion == "1.0.0")
        #expect(request.userID == "user-adaeze-okonkwo-test")
        #expect(request.country == "NG")
        #expect(request.idType == "PASSPORT")
        #expect(request.firstMissingParameter == nil)
        #expect(key.verify(signature: request.signature, timestamp: request.timestamp) == .valid)
    }

    @Test(
        "description, debugDescription, interpolation and dump show the partner ID, never the API key",
        arguments: try SignatureVector.all())
    func apiKeyNeverShown(vector: SignatureVector) {
        let key = SignatureKey(partnerID: vector.partnerID, apiKey: vector.apiKey)
        var dumped = ""
        dump(key, to: &dumped)
        let renderings = [
            key.description, key.debugDescription, "\(key)", String(describing: key),
            String(reflecting: key), dumped, "\(Mirror(reflecting: key).children.map { "\($0)" })",
        ]
        for text in renderings {
            #expect(text.contains(vector.partnerID), "\(text)")
            #expect(!text.contains(vector.apiKey), "a rendering of SignatureKey contains the API key")
        }
        #expect(Mirror(reflecting: key).children.map(\.label) == ["partnerID"])
    }
}
