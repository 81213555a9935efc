import Models
import ResultCodes
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Replays `FuzzTesting/FailCases/ResolveResultCode/` without the fuzzer, through the target's
/// logic: first byte → job type (0: none; n: `JobType(rawValue: n - 1)`), the rest → the code.
/// The code keeps the string received, and only four ASCII digits ever resolve.
@Suite struct FuzzFailCasesTests {
    static func resolve(_ bytes: [UInt8]) -> (text: String, code: ResultCode)? {
        guard let first = bytes.first else { return nil }
        let jobType = first == 0 ? nil : JobType(rawValue: Int(first) - 1)
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        return (text, ResultCode(text, jobType: jobType))
    }

    @Test func replay() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases/ResolveResultCode")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(file)))
            let resolved = try #require(Self.resolve(bytes))
            #expect(resolved.code.code == resolved.text)
            let isFourDigits =
                resolved.text.utf8.count == 4 && resolved.text.utf8.allSatisfy { (0x30...0x39).contains($0) }
            if case .unknown = resolved.code {} else { #expect(isFourDigits, "\(file) resolved") }
            _ = resolved.code.description
        }
    }

    @Test func handMadeCasesBehaveAsDefined() {
        #expect(Self.resolve([0x02] + Array("０８１２".utf8))?.code == .unknown("０８１２"))
        #expect(
            Self.resolve([0x00] + Array("2211".utf8))?.code
                == .ambiguous(code: "2211", candidates: [.smartSelfieAuthentication, .updatePhoto, .enhancedKYC]))
    }
}
