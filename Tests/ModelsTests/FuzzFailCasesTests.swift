import Models
import SmileIDInternals
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Replays `FuzzTesting/FailCases/<target>/` of the decode targets without the fuzzer, through
/// the same logic as `FuzzTesting/Sources/FuzzSupport` (`Fuzz.roundTrip`): bytes → JSONDecoder;
/// a value that decodes must survive an OrderedJSONEncoder round trip unchanged.
@Suite struct FuzzFailCasesTests {
    /// The files of one target's fail cases.
    static func failCases(_ target: String) throws -> [URL] {
        let folder = Fixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The round trip of `Fuzz.roundTrip`; returns whether the input decoded.
    static func roundTrip<T: Codable & Equatable>(
        _ type: T.Type, _ data: Data, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Bool {
        guard let first = try? JSONDecoder().decode(T.self, from: data) else { return false }
        _ = String(describing: first)
        let encoded = try OrderedJSONEncoder().encode(first)
        let second = try JSONDecoder().decode(T.self, from: Data(encoded))
        #expect(second == first, "changed in an OrderedJSONEncoder round trip", sourceLocation: sourceLocation)
        return true
    }

    @Test(arguments: [
        "DecodeJobResult", "DecodeJobStatusResponse", "DecodeCompareUserInfoRequest", "DecodeCompareUserInfoResponse",
    ])
    func replay(target: String) throws {
        let files = try Self.failCases(target)
        #expect(!files.isEmpty, "every target keeps at least one fail case")
        for file in files {
            let data = try Data(contentsOf: file)
            switch target {
            case "DecodeJobResult": _ = try Self.roundTrip(JobResult.self, data)
            case "DecodeJobStatusResponse": _ = try Self.roundTrip(JobStatusResponse.self, data)
            case "DecodeCompareUserInfoRequest": _ = try Self.roundTrip(CompareUserInfoRequest.self, data)
            default: _ = try Self.roundTrip(CompareUserInfoResponse.self, data)
            }
        }
    }

    /// The `DecodeAlike` target's property (`Fuzz.decodeAlikeViolation`): the one-pass decoder
    /// and `JSONDecoder` give the same value or error, and the same repeated key, as every type.
    @Test func replayDecodeAlike() throws {
        let files = try Self.failCases("DecodeAlike")
        #expect(!files.isEmpty, "every target keeps at least one fail case")
        for file in files {
            expectSameDecodingAsEveryType(Array(try Data(contentsOf: file)), file.lastPathComponent)
        }
    }

    /// The hand-made cases' defined behaviour, beyond not trapping.
    @Test func handMadeCasesBehaveAsDefined() throws {
        let folder = "FuzzTesting/FailCases/"
        func data(_ path: String) throws -> Data {
            try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(folder + path))
        }
        // A job type of 10^30 is an error at its path, not a trap or a silent unknown.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(JobResult.self, from: data("DecodeJobResult/hand-job-type-10e30.json"))
        }
        let lenient = try JSONDecoder().decode(
            JobResult.self, from: data("DecodeJobResult/hand-extra-fields-numbers.json"))
        #expect(lenient.confidenceValue == 99.5 && lenient.isFinalResult == true && lenient.jobType == .enhancedKYC)
        #expect(try Self.roundTrip(JobResult.self, data("DecodeJobResult/hand-extra-fields-numbers.json")))
        let status = try JSONDecoder().decode(
            JobStatusResponse.self, from: data("DecodeJobStatusResponse/hand-history-and-lenient-flags.json"))
        #expect(status.jobComplete && !status.jobSuccess && status.code == "2302" && status.history?.count == 1)
        let request = try JSONDecoder().decode(
            CompareUserInfoRequest.self, from: data("DecodeCompareUserInfoRequest/hand-nul-key-and-blank.json"))
        #expect(request.firstMissingParameter == "source_sdk_version")
        let response = try JSONDecoder().decode(
            CompareUserInfoResponse.self, from: data("DecodeCompareUserInfoResponse/hand-unknown-values.json"))
        #expect(response.actions.unknownKeys == ["Future"])
        #expect(response.actions[.name] == ActionResult(rawValue: "Fuzzy Match"))
    }
}
