import Foundation
import TestSupport
import Testing

@testable import Models

/// The decoders of `JobResult`, `PartnerParams`, `Actions`, `APIErrorResponse` and
/// `JobStatusResponse` read each object from one container (`ObjectKey`), try the common form of
/// a lenient field and of an Actions value before the nested decoder, and read a string
/// `timestamp` in one look-up. These tests decode the same bytes with the decoders as they were
/// before (two containers per object, every lenient field through `Lenient`, every Actions value
/// through `ActionResult`; kept below as the reference) and require the same value, or the same
/// error: the same `DecodingFailure` (kind, path, message) and the same `DecodingError` text.
@Suite struct DecodingEquivalenceTests {
    /// Every JSON fixture, whatever it holds: for most of them one decoder or both throw.
    static let fixtures: [String] = {
        guard let enumerator = FileManager.default.enumerator(atPath: Fixtures.root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test func everyFixtureIsSeen() {
        #expect(Self.fixtures.count > 100)
    }

    @Test("Every fixture decodes alike", arguments: fixtures)
    func fixture(_ path: String) throws {
        try expectSameDecoding(Fixtures.data(path), path)
    }

    @Test func everyBadInputDecodesAlike() throws {
        for badCase in try BadInputCatalogue.cases() {
            expectSameDecoding(Data(badCase.bytes), badCase.id)
        }
    }

    /// The values tried in each lenient field, in `timestamp`, in `job_type` and as an Actions
    /// value: the accepted forms and their neighbours.
    static let values = [
        #""true""#, #""false""#, #"" TRUE ""#, #""False""#, #""\ttrue\n""#, #""yes""#, #""""#, #""1""#, "true",
        "false", "0", "1", "87", "-3", "87.5", "1e3", "1.0", "1e400", "12345678901234567890", #""87""#,
        #"" 87 ""#, #""87.5""#, #""0x10""#, #""inf""#, #""Infinity""#, #""-infinity""#, #""nan""#, #""1e400""#,
        #""+5""#, #""5 5""#, "null", "[]", "{}", #"["true"]"#, #"{"a": 1}"#, #""Passed""#, #""Not Provided""#,
        #""\u00e9""#, #""2024-05-01T12:00:00.000Z""#, "1714564800000", "1714564800000.5",
    ]

    /// The fields those values go in.
    static let fields = [
        "IsFinalResult", "IsMachineResult", "ConfidenceValue", "timestamp", "ResultCode", "DOB", "Source",
    ]

    @Test("Lenient fields, timestamp and strings decode alike", arguments: fields)
    func field(_ field: String) {
        for value in Self.values {
            let body = Self.body(replacing: field, with: value)
            expectSameDecoding(Data(body.utf8), "\(field): \(value)")
        }
    }

    @Test func partnerParamsAndActionsDecodeAlike() {
        for value in Self.values {
            let jobType = Self.body(partnerParams: #"{"user_id": "u", "job_id": "j", "job_type": \#(value)}"#)
            expectSameDecoding(Data(jobType.utf8), "job_type: \(value)")
            let userID = Self.body(partnerParams: #"{"user_id": \#(value), "job_id": "j", "job_type": 1}"#)
            expectSameDecoding(Data(userID.utf8), "user_id: \(value)")
            let actions = #"{"Liveness_Check": "Passed", "Name": \#(value), "Future_Check": "Maybe"}"#
            expectSameDecoding(Data(actions.utf8), "Actions value: \(value)", asActions: true)
            let action = Self.body(replacing: "Actions", with: actions)
            expectSameDecoding(Data(action.utf8), "Actions value in a result: \(value)")
            let error = #"{"code": \#(value), "error": "Invalid"}"#
            expectSameDecoding(Data(error.utf8), "APIErrorResponse code: \(value)")
            let status = #"{"job_complete": \#(value), "job_success": "false", "code": \#(value)}"#
            expectSameDecoding(Data(status.utf8), "JobStatusResponse: \(value)")
        }
    }

    /// Keys near the modelled ones (same length, another case, a prefix, longer than any) and
    /// keys of every other kind: each is kept, and a modelled key is never kept.
    static let extraKeys = [
        "ResultCodX", "resultcode", "RESULTCODE", "ResultCode ", "Result", "R", "", "IDNumbers", "DO",
        "ConfidenceValues", "ExpirationDateAndTime", "NewTopLevelField", "Résult", "\\u0000", "job_id",
        "Liveness_Check",
    ]

    @Test("Keys that are not modelled are kept alike", arguments: extraKeys)
    func extraKey(_ key: String) throws {
        let body = Self.body(replacing: key, with: #"{"nested": [1, "two", null]}"#)
        expectSameDecoding(Data(body.utf8), "top-level key \(key)")
        let params = Self.body(partnerParams: #"{"user_id": "u", "job_id": "j", "job_type": 1, "\#(key)": 2}"#)
        expectSameDecoding(Data(params.utf8), "PartnerParams key \(key)")
        let result = try JSONDecoder().decode(JobResult.self, from: Data(body.utf8))
        let decodedKey = try JSONDecoder().decode(String.self, from: Data(#""\#(key)""#.utf8))
        #expect(result.additionalFields.keys.sorted() == [decodedKey])
        let kept = try JSONDecoder().decode(JobResult.self, from: Data(params.utf8)).partnerParams
        let isParameter = PartnerParams.CodingKeys(stringValue: decodedKey) != nil
        #expect(kept.additionalParameters.keys.sorted() == (isParameter ? [] : [decodedKey]))
    }

    @Test func aModelledKeyGivenTwiceKeepsTheFirstValueAlike() {
        let body = Self.body(replacing: "ResultCode", with: #""9999""#)  // appended after the first
        expectSameDecoding(Data(body.utf8), "ResultCode twice")
        let actions = #"{"Name": "Exact Match", "Name": "No Match"}"#
        expectSameDecoding(Data(actions.utf8), "an Actions key twice", asActions: true)
        expectSameDecoding(Data(Self.body(replacing: "Actions", with: actions).utf8), "an Actions key twice")
    }

    // MARK: - Bodies

    /// A callback with every field, `field` replaced by (or, when absent, added with) `value`.
    static func body(replacing field: String, with value: String) -> String {
        var fields: [(String, String)] = [
            ("ResultCode", #""1012""#), ("ResultText", #""ID Verified""#), ("ResultType", #""ID Verification""#),
            ("SmileJobID", #""0000000001""#), ("JSONVersion", #""1.0.0""#), ("IsFinalResult", #""true""#),
            ("PartnerParams", #"{"user_id": "u", "job_id": "j", "job_type": 5}"#), ("ConfidenceValue", #""99""#),
            ("Actions", #"{"Verify_ID_Number": "Verified", "Return_Personal_Info": "Returned"}"#),
            ("timestamp", #""2024-05-01T12:00:00.000Z""#), ("signature", #""c2lnbmF0dXJl""#),
            ("FullName", #""Test Person""#), ("DOB", #""1990-01-01""#), ("Country", #""NG""#),
        ]
        if let index = fields.firstIndex(where: { $0.0 == field }), field != "ResultCode" || value != #""9999""# {
            fields[index].1 = value
        } else {
            fields.append((field, value))
        }
        return "{" + fields.map { #""\#($0.0)": \#($0.1)"# }.joined(separator: ", ") + "}"
    }

    /// A callback whose `PartnerParams` is `params`.
    static func body(partnerParams params: String) -> String {
        body(replacing: "PartnerParams", with: params)
    }
}

// MARK: - Comparing

/// Expects the reference and the current decoder of each type to give the same result for `data`.
///
/// `Actions` are decoded on their own only when asked: when several values of an object are not
/// strings, which one an `Actions` decoder reports depends on the order of `allKeys`, which
/// `JSONDecoder` takes from a `Dictionary` (so it varies from one decoding to the next, before and
/// after the change alike).
private func expectSameDecoding(
    _ data: Data, _ label: String, asActions: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) {
    if asActions {
        expectSame(Actions.self, ReferenceActions.self, data, label, sourceLocation)
        return
    }
    expectSame(JobResult.self, ReferenceJobResult.self, data, label, sourceLocation)
    expectSame(PartnerParams.self, ReferencePartnerParams.self, data, label, sourceLocation)
    expectSame(APIErrorResponse.self, ReferenceAPIErrorResponse.self, data, label, sourceLocation)
    expectSame(JobStatusResponse.self, ReferenceJobStatusResponse.self, data, label, sourceLocation)
}

private func expectSame<Value: Decodable & Equatable, Reference: ReferenceDecoding>(
    _: Value.Type, _: Reference.Type, _ data: Data, _ label: String, _ sourceLocation: SourceLocation
) where Reference.Value == Value {
    let current = Result { try JSONDecoder().decode(Value.self, from: data) }
    let reference = Result { try JSONDecoder().decode(Reference.self, from: data).value }
    switch (current, reference) {
    case (.success(let value), .success(let expected)):
        #expect(value == expected, "\(Value.self), \(label)", sourceLocation: sourceLocation)
    case (.failure(let error), .failure(let expected)):
        #expect(
            failure(error) == failure(expected), "\(Value.self), \(label)", sourceLocation: sourceLocation)
        #expect(
            String(reflecting: error) == String(reflecting: expected), "\(Value.self), \(label)",
            sourceLocation: sourceLocation)
        #expect(printedPath(error) == printedPath(expected), "\(Value.self), \(label)", sourceLocation: sourceLocation)
    default:
        Issue.record(
            "\(Value.self), \(label): \(current) but the reference gives \(reference)", sourceLocation: sourceLocation)
    }
}

/// The coding path of a decoding error (with the missing key) as Swift prints it, with each key's
/// own description, such as `[CodingKeys(stringValue: "ResultCode", intValue: nil)]`.
private func printedPath(_ error: any Error) -> String? {
    switch error as? DecodingError {
    case .keyNotFound(let key, let context): "\(context.codingPath + [key])"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
        "\(context.codingPath)"
    default: nil
    }
}

/// The library's description of a decoding error (this test module has a `DecodingFailure` of its own).
private func failure(_ error: any Error) -> Models.DecodingFailure? {
    (error as? DecodingError).map { Models.DecodingFailure($0) }
}

// MARK: - The decoders before (commit b7e0cb2)

private protocol ReferenceDecoding: Decodable {
    associatedtype Value
    var value: Value { get }
}

private enum Reference {
    static func additionalFields<Keys: CodingKey & CaseIterable>(
        from decoder: any Decoder, excluding _: Keys.Type
    ) throws -> [String: JSONValue] {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var fields: [String: JSONValue] = [:]
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
            fields[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return fields
    }

    static func lenient<Value: ReferenceLenientlyDecodable, Key>(
        _: Value.Type, _ container: KeyedDecodingContainer<Key>, _ key: Key
    ) throws -> Value {
        try container.decode(ReferenceLenient<Value>.self, forKey: key).value
    }

    static func lenientIfPresent<Value: ReferenceLenientlyDecodable, Key>(
        _: Value.Type, _ container: KeyedDecodingContainer<Key>, _ key: Key
    ) throws -> Value? {
        try container.decodeIfPresent(ReferenceLenient<Value>.self, forKey: key)?.value
    }

    static func signedTimestamp<Key>(
        _ container: KeyedDecodingContainer<Key>, _ key: Key
    ) throws -> (text: String, isNumber: Bool)? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        if let text = try? container.decode(String.self, forKey: key) {
            return (text, false)
        }
        if let number = try? container.decode(Int.self, forKey: key) {
            return (String(number), true)
        }
        throw DecodingError.typeMismatch(
            String.self,
            DecodingError.Context(
                codingPath: container.codingPath + [key],
                debugDescription: "\(key.stringValue) must be a string or a whole number",
                underlyingError: FieldExpectation("must be a string or a whole number")))
    }
}

private struct ReferenceActions: ReferenceDecoding {
    var value: Actions

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var entries: [ActionKey: ActionResult] = [:]
        entries.reserveCapacity(container.allKeys.count)
        for key in container.allKeys {
            entries[ActionKey(rawValue: key.stringValue)] = try container.decode(ActionResult.self, forKey: key)
        }
        value = Actions(entries)
    }
}

private struct ReferencePartnerParams: ReferenceDecoding {
    var value: PartnerParams

    init(from decoder: any Decoder) throws {
        typealias Keys = PartnerParams.CodingKeys
        let container = try decoder.container(keyedBy: Keys.self)
        value = PartnerParams(
            userID: try container.decode(String.self, forKey: .userID),
            jobID: try container.decode(String.self, forKey: .jobID),
            jobType: JobType(rawValue: try container.decode(ReferenceLenient<Int>.self, forKey: .jobType).value),
            additionalParameters: try Reference.additionalFields(from: decoder, excluding: Keys.self))
    }
}

private struct ReferenceJobResult: ReferenceDecoding {
    var value: JobResult

    init(from decoder: any Decoder) throws {
        typealias Keys = JobResult.CodingKeys
        let container = try decoder.container(keyedBy: Keys.self)
        let resultCode = try container.decode(String.self, forKey: .resultCode)
        let resultText = try container.decode(String.self, forKey: .resultText)
        let resultType = try container.decodeIfPresent(String.self, forKey: .resultType)
        let smileJobID = try container.decode(String.self, forKey: .smileJobID)
        let jsonVersion = try container.decodeIfPresent(String.self, forKey: .jsonVersion)
        let isFinalResult = try Reference.lenientIfPresent(Bool.self, container, .isFinalResult)
        let isMachineResult = try Reference.lenientIfPresent(Bool.self, container, .isMachineResult)
        let source = try container.decodeIfPresent(String.self, forKey: .source)
        let partnerParams = try container.decode(ReferencePartnerParams.self, forKey: .partnerParams).value
        let confidenceValue = try Reference.lenientIfPresent(Double.self, container, .confidenceValue)
        let actions = try container.decodeIfPresent(ReferenceActions.self, forKey: .actions)?.value ?? Actions()
        let signedTimestamp = try Reference.signedTimestamp(container, .timestamp)
        value = JobResult(
            resultCode: resultCode, resultText: resultText, resultType: resultType, smileJobID: smileJobID,
            jsonVersion: jsonVersion, isFinalResult: isFinalResult, isMachineResult: isMachineResult,
            source: source, partnerParams: partnerParams, confidenceValue: confidenceValue, actions: actions,
            timestamp: signedTimestamp?.text, timestampIsNumber: signedTimestamp?.isNumber ?? false,
            signature: try container.decodeIfPresent(String.self, forKey: .signature),
            fullName: try container.decodeIfPresent(String.self, forKey: .fullName),
            dob: try container.decodeIfPresent(String.self, forKey: .dob),
            gender: try container.decodeIfPresent(String.self, forKey: .gender),
            phoneNumber: try container.decodeIfPresent(String.self, forKey: .phoneNumber),
            address: try container.decodeIfPresent(String.self, forKey: .address),
            idNumber: try container.decodeIfPresent(String.self, forKey: .idNumber),
            idType: try container.decodeIfPresent(String.self, forKey: .idType),
            country: try container.decodeIfPresent(String.self, forKey: .country),
            expirationDate: try container.decodeIfPresent(String.self, forKey: .expirationDate),
            additionalFields: try Reference.additionalFields(from: decoder, excluding: Keys.self))
    }
}

private struct ReferenceAPIErrorResponse: ReferenceDecoding {
    var value: APIErrorResponse

    init(from decoder: any Decoder) throws {
        typealias Keys = APIErrorResponse.CodingKeys
        let container = try decoder.container(keyedBy: Keys.self)
        value = APIErrorResponse(
            code: try Reference.lenient(String.self, container, .code),
            error: try container.decode(String.self, forKey: .error),
            additionalFields: try Reference.additionalFields(from: decoder, excluding: Keys.self))
    }
}

private struct ReferenceJobStatusResponse: ReferenceDecoding {
    var value: JobStatusResponse

    init(from decoder: any Decoder) throws {
        typealias Keys = JobStatusResponse.CodingKeys
        let container = try decoder.container(keyedBy: Keys.self)
        let signedTimestamp = try Reference.signedTimestamp(container, .timestamp)
        let signature = try container.decodeIfPresent(String.self, forKey: .signature)
        let jobComplete = try Reference.lenient(Bool.self, container, .jobComplete)
        let jobSuccess = try Reference.lenient(Bool.self, container, .jobSuccess)
        let code = try Reference.lenient(String.self, container, .code)
        let latest = try container.decodeIfPresent(JobStatusResult.self, forKey: .result)
        let history = try container.decodeIfPresent([JobResult].self, forKey: .history)
        value = JobStatusResponse(
            timestamp: signedTimestamp?.text, signature: signature, jobComplete: jobComplete, jobSuccess: jobSuccess,
            code: code, history: history,
            additionalFields: try Reference.additionalFields(from: decoder, excluding: Keys.self))
        value.timestampIsNumber = signedTimestamp?.isNumber ?? false
        value.result = latest
    }
}

/// `Lenient` and its helpers as they were.
private struct ReferenceLenient<Value: ReferenceLenientlyDecodable>: Decodable {
    let value: Value

    init(from decoder: any Decoder) throws {
        value = try Value.decodeLeniently(from: decoder.singleValueContainer())
    }
}

private protocol ReferenceLenientlyDecodable {
    static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Self
}

extension Int: ReferenceLenientlyDecodable {
    fileprivate static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Int {
        if let value = try? container.decode(Int.self) {
            return value
        }
        if let text = try? container.decode(String.self) {
            let trimmed = text.trimmingASCIIWhitespace()
            guard let value = Int(trimmed) else {
                throw corrupted(
                    container, "must be a whole number or a numeric string; this string is not a whole number")
            }
            return value
        }
        if (try? container.decode(Double.self)) != nil {
            do {
                return try container.decode(Int.self)
            } catch {
                throw corrupted(
                    container,
                    "must be a whole number or a numeric string; this number is not whole or is out of range")
            }
        }
        throw mismatch(container, Int.self, "must be a whole number or a numeric string")
    }
}

extension Double: ReferenceLenientlyDecodable {
    fileprivate static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Double {
        if let text = try? container.decode(String.self) {
            guard let value = Double(text.trimmingASCIIWhitespace()), value.isFinite else {
                throw corrupted(container, "must be a number or a numeric string; this string is not a finite number")
            }
            return value
        }
        if let value = try? container.decode(Double.self) {
            return value
        }
        throw mismatch(container, Double.self, "must be a number or a numeric string")
    }
}

extension Bool: ReferenceLenientlyDecodable {
    fileprivate static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> Bool {
        if let text = try? container.decode(String.self) {
            switch text.trimmingASCIIWhitespace().lowercased() {
            case "true": return true
            case "false": return false
            default:
                throw corrupted(container, "must be a boolean or \"true\"/\"false\"; this string is neither")
            }
        }
        if let value = try? container.decode(Bool.self) {
            return value
        }
        throw mismatch(container, Bool.self, "must be a boolean or \"true\"/\"false\"")
    }
}

extension String: ReferenceLenientlyDecodable {
    fileprivate static func decodeLeniently(from container: any SingleValueDecodingContainer) throws -> String {
        if let text = try? container.decode(String.self) {
            return text
        }
        if let number = try? container.decode(Int.self) {
            return String(number)
        }
        throw mismatch(container, String.self, "must be a string or a whole number")
    }
}

private func corrupted(_ container: any SingleValueDecodingContainer, _ requirement: String) -> DecodingError {
    let field = container.codingPath.last?.stringValue ?? "value"
    return .dataCorrupted(
        .init(
            codingPath: container.codingPath, debugDescription: "\(field) \(requirement)",
            underlyingError: FieldExpectation(requirement)))
}

private func mismatch(
    _ container: any SingleValueDecodingContainer, _ type: Any.Type, _ requirement: String
) -> DecodingError {
    let field = container.codingPath.last?.stringValue ?? "value"
    return .typeMismatch(
        type,
        .init(
            codingPath: container.codingPath, debugDescription: "\(field) \(requirement)",
            underlyingError: FieldExpectation(requirement)))
}
