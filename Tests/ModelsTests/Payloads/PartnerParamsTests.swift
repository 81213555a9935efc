import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct PartnerParamsTests {
    @Test func keepsExtraKeysAndEncodesThemAtTheSameLevel() throws {
        let json = #"""
            {"user_id": "u-1", "job_id": "j-1", "job_type": "9", "channel": "web",
             "attempt": 2, "score": 0.75, "flags": [true, null], "meta": {"a": {"b": "c"}}}
            """#
        let params = try decode(PartnerParams.self, json)
        #expect(params.userID == "u-1")
        #expect(params.jobID == "j-1")
        #expect(params.jobType == .compareUserInfo)
        #expect(
            params.additionalParameters == [
                "channel": .string("web"), "attempt": .integer(2), "score": .number(0.75),
                "flags": .array([.bool(true), .null]), "meta": .object(["a": .object(["b": .string("c")])]),
            ])
        let reencoded = try jsonValue(JSONEncoder().encode(params))
        guard case .object(var expected) = try jsonValue(Data(json.utf8)) else {
            Issue.record("not an object")
            return
        }
        expected["job_type"] = .integer(9)  // a numeric string encodes back as a number
        #expect(reencoded == .object(expected))
    }

    @Test(arguments: ["user_id", "job_id", "job_type"])
    func eachModelledKeyIsRequired(missing: String) {
        var object = ["user_id": "\"u\"", "job_id": "\"j\"", "job_type": "1"]
        object[missing] = nil
        let json = "{" + object.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        let error = #expect(throws: DecodingError.self) { try decode(PartnerParams.self, json) }
        #expect(error.flatMap(DecodingFailure.init) == DecodingFailure(kind: "keyNotFound", path: missing))
    }
}

extension DecodingFailure {
    init(kind: String, path: String) {
        self.kind = kind
        self.path = path
    }
}
