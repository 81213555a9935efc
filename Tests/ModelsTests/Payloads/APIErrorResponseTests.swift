import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct APIErrorResponseTests {
    @Test(arguments: [
        (#"{"code": "2413", "error": "user_id is missing"}"#, "2413"),
        (#"{"code": 2205, "error": "You are not authorized to do that."}"#, "2205"),
    ])
    func decodesCodeAsStringOrNumber(json: String, code: String) throws {
        let response = try decode(APIErrorResponse.self, json)
        #expect(response.code == code)
        #expect(response.description.hasPrefix(code + ": "))
    }

    @Test func missingErrorIsNamed() {
        let error = #expect(throws: DecodingError.self) { try decode(APIErrorResponse.self, #"{"code": "2413"}"#) }
        #expect(error.flatMap(DecodingFailure.init)?.path == "error")
    }
}
