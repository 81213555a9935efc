import Models
import SmileIDInternals
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite("OrderedJSONEncoder round trips through JSONDecoder and agrees with JSONEncoder")
struct OrderedJSONEncoderRoundTripTests {
    /// Checks that `value` decodes back equal from this encoder's output, compact and pretty,
    /// and that the output is the same JSON as `JSONEncoder`'s (compared as ``JSONValue``s,
    /// whose objects ignore key order).
    private func expectRoundTrip<Value: Codable & Equatable>(
        _ value: Value, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for formatting: OrderedJSONEncoder.OutputFormatting in [[], .prettyPrinted, .sortedKeys] {
            let data = try OrderedJSONEncoder(outputFormatting: formatting).encodeToData(value)
            #expect(try JSONDecoder().decode(Value.self, from: data) == value, sourceLocation: sourceLocation)
            let ours = try JSONDecoder().decode(JSONValue.self, from: data)
            let theirs = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
            #expect(ours == theirs, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: try Fixtures.decode([JSONValue].self, from: "orderedjson/round-trip-documents.json"))
    func jsonDocumentsRoundTrip(document: JSONValue) throws {
        try expectRoundTrip(document)
    }

    @Test(arguments: [
        "", "plain", "quote \" backslash \\ slash /", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}",
        "emoji 😀👍🏽", "e\u{301}", "\u{2028}\u{2029}", "Ñandú 日本語",
    ])
    func stringsRoundTrip(text: String) throws {
        try expectRoundTrip(text)
        try expectRoundTrip([text: [text]])
    }

    @Test(arguments: [
        0.1, 99.0, 1e300, -0.0, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, 1e-7, -2.5, Double.pi,
    ])
    func doublesRoundTrip(value: Double) throws {
        try expectRoundTrip(value)
        try expectRoundTrip(["value": value])
    }

    @Test func integersRoundTrip() throws {
        try expectRoundTrip([Int.min, Int.max, 0])
        try expectRoundTrip([UInt64.max, 0])
        try expectRoundTrip([Int8.min, Int8.max])
        try expectRoundTrip([Int128.min, Int128.max])
        try expectRoundTrip([UInt128.max])
    }

    @Test func optionalsAndNestedCollectionsRoundTrip() throws {
        try expectRoundTrip([Int?.none, 1, nil])
        try expectRoundTrip([[String: [Int?]]]([["a": [1, nil]], [:], ["": []]]))
        try expectRoundTrip([7: "seven", -3: "minus three"])
    }

    @Test(arguments: Self.partnerParams)
    func partnerParamsRoundTrip(params: PartnerParams) throws {
        try expectRoundTrip(params)
    }

    @Test func jobResultRoundTrips() throws {
        let result = JobResult(
            resultCode: "1012",
            resultText: "ID Number Validated",
            resultType: "ID Verification",
            smileJobID: "0000000999",
            jsonVersion: "1.0.0",
            isFinalResult: true,
            isMachineResult: false,
            source: "test",
            partnerParams: Self.partnerParams[1],
            confidenceValue: 99.0,
            actions: Actions([
                .verifyIDNumber: .verified, .returnPersonalInfo: .returned,
                ActionKey(rawValue: "New_Step"): ActionResult(rawValue: "Brand New"),
            ]),
            timestamp: "2024-01-02T03:04:05.678Z",
            signature: "c2lnbmF0dXJlLXRlc3Q=",
            fullName: "Adaeze Okonkwo-Test",
            dob: "1990-01-31",
            gender: "F",
            phoneNumber: "+234 000 000 0000",
            address: "1 Test Street, Testville",
            idNumber: "00000000000",
            idType: "NIN",
            country: "NG",
            expirationDate: "2030-12-31",
            additionalFields: ["Extra": .array([.integer(1), .null])]
        )
        try expectRoundTrip(result)
    }

    @Test func compareUserInfoResponseRoundTrips() throws {
        try expectRoundTrip(
            try Fixtures.decode(CompareUserInfoResponse.self, from: "orderedjson/seed-sample-response.json"))
        try expectRoundTrip(
            CompareUserInfoResponse(resultText: "No Match", resultCode: "1022", actions: Actions([.name: .noMatch])))
    }

    static let partnerParams: [PartnerParams] = [
        PartnerParams(userID: "user-test-001", jobID: "job-test-001", jobType: .enhancedKYC),
        PartnerParams(
            userID: "user-test-002",
            jobID: "job-test-002",
            jobType: .biometricKYC,
            additionalParameters: [
                "zeta": .string("z"), "alpha": .number(0.5), "nested": .object(["k": .array([.bool(false)])]),
            ]
        ),
        PartnerParams(userID: "", jobID: "ü/\"\n", jobType: JobType(rawValue: 42), additionalParameters: ["": .null]),
    ]
}
