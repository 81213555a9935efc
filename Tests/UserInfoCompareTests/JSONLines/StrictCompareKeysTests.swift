import Models
import ResultCodes
import Testing

@_spi(SmileIDTesting) @testable import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Unknown keys in compare input: refused by `CompareCase(json:)` and `CompareLineProcessor`, on
/// the fast path and through `JSONDecoder` alike.
@Suite struct StrictCompareKeysTests {
    @Test(
        "misspelt keys at every level are refused with a hint",
        arguments: [
            (
                #"{"id_authority": {"firstName": "Ada"}, "document": {"first_name": "Ada"}}"#,
                "id_authority.firstName", #"is not a key of UserInfo; did you mean "first_name"?"#
            ),
            (
                #"{"id_authority": {"dob": "1990-01-01"}, "document": {"dob_": "1990-01-01"}}"#,
                "document.dob_", #"is not a key of UserInfo; did you mean "dob"?"#
            ),
            (
                #"{"Country": "NG", "id_authority": {}, "document": {}}"#,
                "Country", #"is not a key of CompareCase; did you mean "country"?"#
            ),
            (
                #"{"id_authority": {}, "document": {}, "option": {}}"#,
                "option", #"is not a key of CompareCase; did you mean "options"?"#
            ),
            (
                #"{"id_authority": {}, "document": {}, "options": {"fold_diacritics": true}}"#,
                "options.fold_diacritics", #"is not a key of CompareOptions; did you mean "folds_diacritics"?"#
            ),
        ])
    func refused(_ line: String, _ path: String, _ hint: String) {
        let expected = DecodingFailure(
            kind: .unknownKey, path: JSONPath(path.split(separator: ".").map { .key(String($0)) }), requirement: hint,
            documentName: CompareLineProcessor.documentName)
        #expect(CompareLineProcessor().process(line: Array(line.utf8)) == .failure(.decoding(expected)))
        // The public reader refuses it alike, calling the document the input.
        var publicFailure = expected
        publicFailure.documentName = "the input"
        #expect(throws: publicFailure) { try CompareCase(json: Array(line.utf8)) }
    }

    @Test func theMessageNamesTheKeyAndTheHint() {
        let line = #"{"id_authority": {"firstName": "Ada"}, "document": {"first_name": "Ada"}}"#
        guard case .failure(let error) = CompareLineProcessor().process(line: Array(line.utf8)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description == #"id_authority.firstName is not a key of UserInfo; did you mean "first_name"?"#)
    }

    @Test func aMisspeltKeyNoLongerGivesAnExactMatch() throws {
        let line =
            #"{"id_authority": {"first_name": "Ada", "dob": "1990-01-01"}, "document": {"first_name": "Ada", "dob_": "1991-12-31"}}"#
        var lenient = CompareLineProcessor()
        lenient.rejectsUnknownKeys = false
        // The silent Exact Match the issue reports, on the line path and through JSONDecoder.
        #expect((try? lenient.process(line: Array(line.utf8)).get())?.resultCode == "1020")
        let decoded = try? JSONDecoder().decode(CompareCase.self, from: Data(line.utf8))
        #expect(try decoded.map { try UserInfoComparator().compare($0).resultCode } == .exactMatch)
        let refusal = CompareLineProcessor().process(line: Array(line.utf8)).failure?.decodingFailure
        #expect(refusal?.kind == .unknownKey && refusal?.path.description == "document.dob_")
        #expect(refusal?.requirement == #"is not a key of UserInfo; did you mean "dob"?"#)
    }

    @Test func annotationsAreAllowed() {
        let line =
            #"{"description": "x", "expected": {}, "expected_error": "y", "id_authority": {"first_name": "Ada"}, "document": {"first_name": "Ada"}}"#
        #expect((try? CompareLineProcessor().process(line: Array(line.utf8)).get())?.resultCode == "1020")
    }

    @Test func theFastPathFallsBackForUnknownKeysOnlyWhenStrict() {
        let line = Array(
            #"{"id_authority": {"first_name": "Ada", "nickname": "A"}, "document": {"first_name": "Ada"}}"#.utf8)
        line.withUnsafeBufferPointer { bytes in
            #expect(CompareCaseReader.read(bytes, rejectingUnknownKeys: true) == nil)
            #expect(CompareCaseReader.read(bytes, rejectingUnknownKeys: false) != nil)
        }
        let known = Array(#"{"id_authority": {"first_name": "Ada"}, "document": {"first_name": "Ada"}}"#.utf8)
        known.withUnsafeBufferPointer { bytes in
            #expect(CompareCaseReader.read(bytes, rejectingUnknownKeys: true) != nil)
        }
        // The case's annotations are not unknown keys: the strict reader keeps such a line on
        // the fast path (the case's own objects stay strict).
        let annotated = Array(
            #"{"description": "x", "expected": {"a": [1]}, "expected_error": "y", "id_authority": {"first_name": "Ada"}, "document": {"first_name": "Ada"}}"#
                .utf8)
        annotated.withUnsafeBufferPointer { bytes in
            #expect(CompareCaseReader.read(bytes, rejectingUnknownKeys: true) != nil)
        }
        let annotatedInside = Array(
            #"{"id_authority": {"first_name": "Ada", "description": "x"}, "document": {"first_name": "Ada"}}"#.utf8)
        annotatedInside.withUnsafeBufferPointer { bytes in
            #expect(CompareCaseReader.read(bytes, rejectingUnknownKeys: true) == nil)
        }
    }

    @Test func aStrictDecoderRefusesCaseAndOptionsKeys() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[.rejectsUnknownKeys] = true
        let line = Data(#"{"id_authority": {}, "document": {}, "options": {"date_oder": "day_first"}}"#.utf8)
        let error = try #require(throws: DecodingError.self) { try decoder.decode(CompareCase.self, from: line) }
        #expect(
            DecodingFailure(error).description
                == #"options.date_oder is not a key of CompareOptions; did you mean "date_order"?"#)
        #expect(try JSONDecoder().decode(CompareCase.self, from: line).options == .default)
    }
}
