import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct JobStatusRequestTests {
    @Test func signingSetsThePartnerTimestampAndSignature() throws {
        let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")
        var request = JobStatusRequest(userID: "user-1", jobID: "job-1", imageLinks: true)
        key.sign(&request, timestamp: "2024-05-01T12:00:00.000Z")
        #expect(request.partnerID == "085")
        #expect(request.timestamp == "2024-05-01T12:00:00.000Z")
        #expect(key.verify(signature: request.signature, timestamp: request.timestamp) == .valid)
        let json = try JSONDecoder().decode([String: JSONValue].self, from: JSONEncoder().encode(request))
        #expect(
            Set(json.keys) == ["partner_id", "timestamp", "signature", "user_id", "job_id", "image_links", "history"])
        #expect(json["image_links"] == .bool(true))
        #expect(json["history"] == .bool(false))
        #expect(try JSONDecoder().decode(JobStatusRequest.self, from: JSONEncoder().encode(request)) == request)
    }
}
