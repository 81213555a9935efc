import Models
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row of `Fixtures/job-results/expectations.json`.
struct JobResultExpectation: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var jobType: Int
    var resultCode: String
    var confidenceValue: Double?
    var isFinalResult: Bool?
    var actionCount: Int
    var unknownActionKeys: [String]
    var unknownActionValues: [String]
    var additionalPartnerParams: [String]
    var additionalFields: [String]
    var personalFields: [String]

    var testDescription: String { file }

    enum CodingKeys: String, CodingKey {
        case file
        case jobType = "job_type"
        case resultCode = "result_code"
        case confidenceValue = "confidence_value"
        case isFinalResult = "is_final_result"
        case actionCount = "action_count"
        case unknownActionKeys = "unknown_action_keys"
        case unknownActionValues = "unknown_action_values"
        case additionalPartnerParams = "additional_partner_params"
        case additionalFields = "additional_fields"
        case personalFields = "personal_fields"
    }

    static func all() throws -> [JobResultExpectation] {
        try Fixtures.decode([JobResultExpectation].self, from: "job-results/expectations.json")
    }
}

/// One row of `Fixtures/job-results/invalid/expectations.json`.
struct InvalidJobResult: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var path: String
    var kind: String
    var testDescription: String { file }

    static func all() throws -> [InvalidJobResult] {
        try Fixtures.decode([InvalidJobResult].self, from: "job-results/invalid/expectations.json")
    }
}

@Suite struct JobResultTests {
    @Test func everyFixtureHasAnExpectation() throws {
        let files = try Fixtures.files(in: "job-results").filter { !$0.hasSuffix("expectations.json") }
        #expect(files.sorted() == (try JobResultExpectation.all()).map { "job-results/" + $0.file }.sorted())
    }

    @Test(arguments: try JobResultExpectation.all())
    func decodesSyntheticResults(expected: JobResultExpectation) throws {
        let result = try Fixtures.decode(JobResult.self, from: "job-results/" + expected.file)
        #expect(result.jobType.rawValue == expected.jobType)
        #expect(result.resultCode == expected.resultCode)
        #expect(result.confidenceValue == expected.confidenceValue)
        #expect(result.isFinalResult == expected.isFinalResult)
        #expect(result.actions.count == expected.actionCount)
        #expect(result.actions.unknownKeys == expected.unknownActionKeys)
        #expect(result.actions.unknownValues.map(\.key.rawValue) == expected.unknownActionValues)
        #expect(result.partnerParams.additionalParameters.keys.sorted() == expected.additionalPartnerParams)
        #expect(result.additionalFields.keys.sorted() == expected.additionalFields)
        #expect(result.presentPersonalFields == expected.personalFields)
    }

    @Test(arguments: try JobResultExpectation.all())
    func reEncodingKeepsEveryValue(expected: JobResultExpectation) throws {
        let data = try Fixtures.data("job-results/" + expected.file)
        let result = try JSONDecoder().decode(JobResult.self, from: data)
        let reencoded = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(JobResult.self, from: reencoded) == result)
        // Nothing is dropped: every key of the input is in the output.
        guard case .object(let input) = try jsonValue(data), case .object(let output) = try jsonValue(reencoded) else {
            Issue.record("not an object")
            return
        }
        #expect(Set(input.keys) == Set(output.keys))
        #expect(input["PartnerParams"].map(keys) == output["PartnerParams"].map(keys))
        #expect(input["NewTopLevelField"] == output["NewTopLevelField"])
    }

    private func keys(_ value: JSONValue) -> Set<String> {
        if case .object(let object) = value { return Set(object.keys) }
        return []
    }

    @Test(arguments: try InvalidJobResult.all())
    func strictFieldsFailWithThePath(expected: InvalidJobResult) throws {
        let data = try Fixtures.data("job-results/invalid/" + expected.file)
        let error = #expect(throws: DecodingError.self) { try JSONDecoder().decode(JobResult.self, from: data) }
        let failure = try #require(error.flatMap(DecodingFailure.init))
        #expect(failure.path == expected.path)
        #expect(failure.kind == expected.kind)
    }

    @Test func lenientBooleansAcceptOnlyTrueAndFalseInAnyCase() throws {
        for (text, value) in [("\"true\"", true), ("\"FALSE\"", false), ("true", true), ("false", false)] {
            let result = try decode(JobResult.self, Self.minimal(extra: "\"IsFinalResult\": \(text)"))
            #expect(result.isFinalResult == value)
        }
        for text in ["\"1\"", "\"yes\"", "1", "\"\""] {
            #expect(throws: DecodingError.self) {
                try decode(JobResult.self, Self.minimal(extra: "\"IsFinalResult\": \(text)"))
            }
        }
    }

    @Test func nullOptionalFieldsAreAbsent() throws {
        let result = try decode(
            JobResult.self, Self.minimal(extra: "\"ConfidenceValue\": null, \"DOB\": null, \"Actions\": null"))
        #expect(result.confidenceValue == nil)
        #expect(result.dob == nil)
        #expect(result.actions.isEmpty)
    }

    @Test func descriptionsNeverShowPersonalValues() throws {
        let result = try Fixtures.decode(JobResult.self, from: "job-results/biometric-kyc-strings.json")
        var dumped = ""
        dump(result, to: &dumped)
        let renderings = [String(describing: result), String(reflecting: result), "\(result)", dumped]
        let personal = [result.fullName, result.dob, result.phoneNumber, result.idNumber].compactMap { $0 }
        #expect(personal.count == 4)
        for rendering in renderings {
            for value in personal {
                #expect(!rendering.contains(value), "a personal value leaked into \(rendering.prefix(40))…")
            }
            #expect(rendering.contains("<redacted>"))
            #expect(rendering.contains("1012"))
        }
        #expect(result.fullName == "ADAEZE TESTPERSON OKONKWO")
    }

    @Test func unmodelledFieldValuesAreRedactedToo() throws {
        let result = try decode(JobResult.self, Self.minimal(extra: "\"Email\": \"someone@example.invalid\""))
        #expect(!String(describing: result).contains("someone@example.invalid"))
        #expect(String(describing: result).contains("Email: <redacted>"))
        #expect(result.additionalFields["Email"] == .string("someone@example.invalid"))
    }

    static func minimal(extra: String) -> String {
        """
        {"PartnerParams": {"job_id": "j", "job_type": 5, "user_id": "u"}, "ResultCode": "1012",
         "ResultText": "ID Number Validated", "SmileJobID": "0000000001", \(extra)}
        """
    }
}
