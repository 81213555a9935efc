import Foundation
import ResultCodes
import SmileIDInternals
import TestSupport
import Testing

@testable import Models

/// `PayloadDocument` (the package's one-pass decoder) against `JSONDecoder` on the same bytes:
/// every fixture (each line of a JSON Lines fixture too), every input of the bad-input
/// catalogue and the generated bodies of `DecodingEquivalenceTests`, as each of the package's
/// types. Both give the same value, or the same `DecodingFailure` (kind, path, text) and the
/// same `DecodingError` case, type and coding path; and the document's repeated key is the one
/// `JSONPath.firstDuplicateKey(in:)` finds.
@Suite struct PayloadDocumentTests {
    /// Every fixture file, and every line of each JSON Lines fixture.
    static let fixtureInputs: [(label: String, bytes: [UInt8])] = {
        guard let enumerator = FileManager.default.enumerator(atPath: Fixtures.root.path) else { return [] }
        var inputs: [(String, [UInt8])] = []
        for case let path as String in enumerator where path.hasSuffix(".json") || path.hasSuffix(".jsonl") {
            guard let data = try? Fixtures.data(path) else { continue }
            inputs.append((path, Array(data)))
            if path.hasSuffix(".jsonl") {
                for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
                    inputs.append(("\(path):\(number + 1)", Array(line)))
                }
            }
        }
        return inputs.sorted { $0.0 < $1.0 }
    }()

    @Test func everyFixtureIsSeen() {
        #expect(Self.fixtureInputs.count > 160)
    }

    @Test func everyFixtureDecodesAlike() {
        for input in Self.fixtureInputs {
            expectSameDecodingAsEveryType(input.bytes, input.label)
        }
    }

    @Test func everyBadInputDecodesAlike() throws {
        for badCase in try BadInputCatalogue.cases() {
            expectSameDecodingAsEveryType(badCase.bytes, badCase.id)
        }
    }

    @Test func generatedBodiesDecodeAlike() {
        for field in DecodingEquivalenceTests.fields {
            for value in DecodingEquivalenceTests.values {
                let body = DecodingEquivalenceTests.body(replacing: field, with: value)
                expectSameDecodingAsEveryType(Array(body.utf8), "\(field): \(value)")
            }
        }
        for value in DecodingEquivalenceTests.values {
            for body in [
                DecodingEquivalenceTests.body(
                    partnerParams: #"{"user_id": "u", "job_id": "j", "job_type": \#(value)}"#),
                DecodingEquivalenceTests.body(partnerParams: #"{"user_id": \#(value), "job_id": "j", "job_type": 1}"#),
                #"{"Liveness_Check": "Passed", "Name": \#(value), "Future_Check": "Maybe"}"#,
                #"{"code": \#(value), "error": "Invalid"}"#,
                #"{"job_complete": \#(value), "job_success": "false", "code": \#(value)}"#,
                #"{"job_complete": true, "job_success": true, "code": "2302", "result": \#(value)}"#,
                #"{"timestamp": \#(value), "signature": "c2ln"}"#,
                #"{"first_name": \#(value), "dob": "1990-01-01"}"#,
                #"{"provisional": \#(value)}"#,
            ] {
                expectSameDecodingAsEveryType(Array(body.utf8), body)
            }
        }
        for key in DecodingEquivalenceTests.extraKeys {
            let body = DecodingEquivalenceTests.body(replacing: key, with: #"{"nested": [1, "two", null, 1.5e300]}"#)
            expectSameDecodingAsEveryType(Array(body.utf8), "key \(key)")
        }
    }

    @Test func repeatedKeysAreFoundAsTheScannerFindsThem() {
        for json in [
            #"{"ResultCode": "1012", "ResultCode": "0810"}"#, #"{"a": 1, "\u0061": 2}"#, #"{"é": 1, "\u00e9": 2}"#,
            #"{"é": 1, "é": 2}"#, #"{"x": {"y": [[{"k\"q": 1, "k\"q": 1}]]}}"#, #"{"a": {"b": 1, "b": 2}, "a": 3}"#,
            #"{"a": 1, "a": 2, "b": {"c": 1, "c": 2}}"#, #"{"a\uD800":1,"a\uD800":2}"#, #"{"k":"\uDFFF","k":2}"#,
            #"{"k": 1, "k": 2, "z": "\u0001"}"#, #"{"z": "\x", "k": 1, "k": 2}"#, #"[{"a": 1}, {"b": 1, "b": 2}]"#,
            #"{"a": 1, "a": 2"#, #"{"a": 1, "a": 2} x"#, #"{"a": 1 "a": 2}"#, "\u{FEFF}{\"a\": 1, \"a\": 2}",
            #"{"K": 1, "\u212A": 2}"#,
            #"{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "a": 0}"#,
        ] {
            let bytes = Array(json.utf8)
            let found = PayloadDocument.read(bytes) { $0.repeatedKey }
            #expect(found == JSONPath.firstDuplicateKey(in: bytes), "\(json)")
        }
    }

    @Test func strictKeysReachTheTypes() {
        let body = Array(#"{"first_name": "A", "firstName": "B"}"#.utf8)
        let strict: [CodingUserInfoKey: any Sendable] = [.rejectsUnknownKeys: true]
        expectSame(UserInfo.self, body, "strict", userInfo: strict)
        #expect(throws: Models.DecodingFailure.self) {
            try PayloadDocument.decode(UserInfo.self, from: body, userInfo: strict)
        }
    }
}

// MARK: - Comparing

/// Every type of the package decoded from `bytes` both ways.
func expectSameDecodingAsEveryType(
    _ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectSame(JobResult.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(JobStatusResponse.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(JobStatusResult.self, bytes, label, sourceLocation: sourceLocation)
    expectSame([JobResult].self, bytes, label, sourceLocation: sourceLocation)
    expectSame(PartnerParams.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(APIErrorResponse.self, bytes, label, sourceLocation: sourceLocation)
    // An object with several values that are not strings fails as Actions at whichever of them
    // comes first in `allKeys`, whose order JSONDecoder takes from a Dictionary: compared only
    // where at most one value can fail.
    let values = try? JSONDecoder().decode([String: JSONValue].self, from: Data(bytes)).values
    if let values, values.count(where: { $0.stringValue == nil }) <= 1 {
        expectSame(Actions.self, bytes, label, sourceLocation: sourceLocation)
    }
    expectSame(CompareUserInfoRequest.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(CompareUserInfoResponse.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(UserInfo.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(UserInfo.self, bytes, label, userInfo: [.rejectsUnknownKeys: true], sourceLocation: sourceLocation)
    // SignedFields was here: it is gone, the intake scans the two fields; a type with them instead.
    expectSame(JobStatusRequest.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(JSONValue.self, bytes, label, sourceLocation: sourceLocation)
    expectSame(DecisionPolicy.self, bytes, label, sourceLocation: sourceLocation)
    let repeated = PayloadDocument.read(bytes) { $0.repeatedKey }
    #expect(repeated == JSONPath.firstDuplicateKey(in: bytes), "repeated key, \(label)", sourceLocation: sourceLocation)
}

/// Expects the same value or the same error from `PayloadDocument` and `JSONDecoder`.
///
/// `JSONDecoder` lists an object's keys in the order of a `Dictionary`, which changes from one
/// decoding to the next; where two unknown keys both fail, which one its error names changes
/// too. So a differing error is looked for again in a few more `JSONDecoder` runs.
func expectSame<Value: Decodable & Equatable>(
    _: Value.Type, _ bytes: [UInt8], _ label: String, userInfo: [CodingUserInfoKey: any Sendable] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let fast = Result { () throws(Models.DecodingFailure) in
        try PayloadDocument.decode(Value.self, from: bytes, userInfo: userInfo)
    }
    let fastError = fastDecodingError(Value.self, bytes, userInfo: userInfo)
    func reference() -> Result<Value, any Error> {
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        return Result { try decoder.decode(Value.self, from: Data(bytes)) }
    }
    for attempt in 0..<12 {
        let expected = reference()
        switch (fast, expected) {
        case (.success(let value), .success(let reference)):
            #expect(value == reference, "\(Value.self), \(label)", sourceLocation: sourceLocation)
            return
        case (.failure(let failure), .failure(let error)):
            let expectedFailure = (error as? DecodingError).map(Models.DecodingFailure.init)
            var sameFailure = failure == expectedFailure
            var sameError = fastError.map(summary) == summary(error)
            if !(error is DecodingError) {
                // A type's own error (such as DecisionPolicyError): the same error, and the
                // failure every other error maps to.
                sameError = fastError.map { String(describing: $0) } == String(describing: error)
                sameFailure = failure.requirement == "could not be decoded"
            }
            if !sameFailure, attempt == 11, let expectedFailure,
                isAnotherMemberOfTheSameObject(failure, expectedFailure)
            {
                // Both name a member of one object that fails the same way: which one JSONDecoder
                // names depends on its dictionary's order (see above).
                return
            }
            if (sameFailure && sameError) || attempt == 11 {
                #expect(
                    sameFailure && sameError,
                    "\(Value.self), \(label): \(failure) [\(fastError.map(summary) ?? "")] but JSONDecoder: \(summary(error))",
                    sourceLocation: sourceLocation)
                return
            }
        default:
            Issue.record(
                "\(Value.self), \(label): \(fast) but JSONDecoder gives \(expected)", sourceLocation: sourceLocation)
            return
        }
    }
}

/// Whether two failures may both be `JSONDecoder`'s: they name two members of one object (which
/// fails first follows the order of `allKeys`, a `Dictionary`'s in `JSONDecoder`), or one names a
/// member and the other is "not valid JSON" (a string or number met first that cannot be read).
private func isAnotherMemberOfTheSameObject(_ a: Models.DecodingFailure, _ b: Models.DecodingFailure) -> Bool {
    func isMember(_ failure: Models.DecodingFailure) -> Bool {
        if case .key = failure.path.components.last { return true }
        return false
    }
    func isDocument(_ failure: Models.DecodingFailure) -> Bool {
        failure.kind == .invalidJSON && failure.path.components.isEmpty
    }
    if isDocument(a) { return isMember(b) }
    if isDocument(b) { return isMember(a) }
    return isMember(a) && isMember(b) && a.path.components.dropLast() == b.path.components.dropLast()
}

/// The `DecodingError` of `JSONMapDecoder` itself for `bytes`, or `nil` when it decodes (or the
/// bytes are not UTF-8).
private func fastDecodingError<Value: Decodable>(
    _: Value.Type, _ bytes: [UInt8], userInfo: [CodingUserInfoKey: any Sendable]
) -> (any Error)? {
    bytes.withUnsafeBufferPointer { buffer in
        do throws(JSONMapError) {
            let map = try JSONMap.read(buffer)
            do {
                _ = try JSONMapDecoder(userInfo: userInfo).decode(Value.self, from: map)
                return nil
            } catch {
                return error
            }
        } catch .notUTF8 {
            // PayloadDocument decodes such bytes with JSONDecoder.
            let decoder = JSONDecoder()
            decoder.userInfo = userInfo
            do {
                _ = try decoder.decode(Value.self, from: Data(bytes))
                return nil
            } catch {
                return error
            }
        } catch {
            return DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: ""))
        }
    }
}

/// A decoding error as its case, type or key, and coding path.
private func summary(_ error: any Error) -> String {
    func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }.joined(separator: ".")
    }
    switch error as? DecodingError {
    case .typeMismatch(let type, let context): return "typeMismatch(\(type)) at \(path(context.codingPath))"
    case .valueNotFound(let type, let context): return "valueNotFound(\(type)) at \(path(context.codingPath))"
    case .keyNotFound(let key, let context): return "keyNotFound(\(key.stringValue)) at \(path(context.codingPath))"
    case .dataCorrupted(let context): return "dataCorrupted at \(path(context.codingPath))"
    default: return "not a DecodingError: \(type(of: error))"
    }
}
