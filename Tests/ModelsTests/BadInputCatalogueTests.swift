import Models
import ResultCodes
public import TestSupport
public import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension BadInputCase: CustomTestStringConvertible {
    /// The case's identifier, as the test results name it.
    public var testDescription: String { id }
}

/// Feeds `Fixtures/bad-inputs/catalogue.json` through the decoders, `ResultCode(_:jobType:)` and
/// `SignatureKey.verify`, and checks each case's exact behaviour. The comparator's cases run in
/// UserInfoCompareTests' BadInputCatalogueTests.
@Suite struct BadInputCatalogueTests {
    /// The entry points this file runs.
    static let entries: Set<String> = [
        "JobResult", "JobStatusResponse", "CompareUserInfoRequest", "CompareUserInfoResponse",
        "APIErrorResponse", "UserInfo", "ResultCode", "SignatureKey.verify",
        "UserInfo.strict", "Date(smileIDTimestamp:)", "JobInbox.receive",
    ]

    /// The entry points UserInfoCompareTests runs.
    static let compareEntries: Set<String> = [
        "CompareCase", "UserInfoComparator.compare", "CompareLineProcessor.process",
    ]

    @Test func catalogueIsLargeUniqueAndEveryCaseRuns() throws {
        let cases = try BadInputCatalogue.cases()
        #expect(cases.count >= 60)
        #expect(Set(cases.map(\.id)).count == cases.count, "case ids must be unique")
        for badCase in cases {
            #expect(
                Self.entries.union(Self.compareEntries).contains(badCase.entry), "\(badCase.id): unknown entry point")
            #expect((badCase.input == nil) != (badCase.inputBase64 == nil), "\(badCase.id): give input or input_base64")
            let expect = badCase.expect
            let set = [
                expect.value != nil, expect.decodingError != nil, expect.lineError != nil,
                expect.comparisonError != nil,
            ]
            #expect(set.filter { $0 }.count == 1, "\(badCase.id): exactly one expected behaviour")
        }
        // Every public entry point has cases.
        #expect(Set(cases.map(\.entry)) == Self.entries.union(Self.compareEntries))
    }

    @Test(arguments: BadInputCatalogue.cases(for: entries))
    func behavesAsCatalogued(_ badCase: BadInputCase) async {
        let actual =
            badCase.entry == "JobInbox.receive"
            ? BadInputBehaviour(value: await Self.intakeSummary(of: badCase)) : Self.behaviour(of: badCase)
        #expect(actual == badCase.expect, "\(badCase.about)")
    }

    @Test func repeatMarkersExpand() {
        let nested = BadInputCase.expandForTesting("x{{repeat:3:[}}{{repeat:3:]}}y")
        #expect(nested == "x[[[]]]y")
    }

    // MARK: Running one case

    static func behaviour(of badCase: BadInputCase) -> BadInputBehaviour {
        let data = Data(badCase.bytes)
        do {
            switch badCase.entry {
            case "JobResult": return .init(value: summary(try JSONDecoder().decode(JobResult.self, from: data)))
            case "JobStatusResponse":
                return .init(value: summary(try JSONDecoder().decode(JobStatusResponse.self, from: data)))
            case "CompareUserInfoRequest":
                return .init(value: summary(try JSONDecoder().decode(CompareUserInfoRequest.self, from: data)))
            case "CompareUserInfoResponse":
                return .init(value: summary(try JSONDecoder().decode(CompareUserInfoResponse.self, from: data)))
            case "APIErrorResponse":
                return .init(value: summary(try JSONDecoder().decode(APIErrorResponse.self, from: data)))
            case "UserInfo": return .init(value: summary(try JSONDecoder().decode(UserInfo.self, from: data)))
            case "UserInfo.strict":
                let decoder = JSONDecoder()
                decoder.userInfo[.rejectsUnknownKeys] = true
                return .init(value: summary(try decoder.decode(UserInfo.self, from: data)))
            case "Date(smileIDTimestamp:)":
                let date = Date(smileIDTimestamp: badCase.text)
                return .init(
                    value: date.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded(.down))) } ?? "unreadable")
            case "ResultCode":
                let code = ResultCode(badCase.text, jobType: badCase.jobType.map(JobType.init(rawValue:)))
                return .init(value: code.code == badCase.text ? summary(code) : "lost the code received")
            case "SignatureKey.verify":
                let key = SignatureKey(partnerID: "085", apiKey: "catalogue-test-api-key")
                return .init(value: name(of: key.verify(signature: badCase.text, timestamp: badCase.timestamp)))
            default:
                return .init(value: "no runner for \(badCase.entry)")
            }
        } catch {
            return BadInputBehaviour(error: error)
        }
    }

    /// `<HTTP status> <reason>`, with why it is unconfirmed, the duplicated path or the decoding
    /// message when there is one; on a new inbox with an in-memory store at 2024-05-01T12:00:00Z.
    static func intakeSummary(of badCase: BadInputCase) async -> String {
        struct NoJobStatus: JobStatusTransport {
            func send(_ request: [UInt8]) async throws -> [UInt8] { [] }
        }
        let inbox = JobInbox(
            key: SignatureKey(partnerID: "085", apiKey: "catalogue-test-api-key"), store: InMemoryJobInboxStore(),
            transport: NoJobStatus())
        let outcome = await inbox.receive(body: badCase.bytes, now: Date(timeIntervalSince1970: 1_714_564_800))
        let head = "\(outcome.httpStatus) \(outcome.reason)"
        switch outcome {
        case .unconfirmed(.stale(let age)): return head + " stale \(age.components.seconds) s"
        case .unconfirmed(.fromTheFuture(let lead)): return head + " future \(lead.components.seconds) s"
        case .unconfirmed(let why): return head + " \(why.reason)"
        case .malformed(let failure) where failure.kind == .duplicateKey: return head + " \(failure.path)"
        case .malformed(let failure), .notAResult(let failure): return head + ": \(failure)"
        default: return head
        }
    }

    // MARK: Summaries: what a caller would check, short enough for the catalogue

    static func summary(_ result: JobResult) -> String {
        var text =
            "code \(result.resultCode.utf8.count <= 8 ? result.resultCode : "\(result.resultCode.utf8.count) bytes")"
        text += ", text \(result.resultText.utf8.count) bytes, job type \(result.jobType.rawValue)"
        if let confidence = result.confidenceValue { text += ", confidence \(confidence)" }
        if let isFinal = result.isFinalResult { text += ", final \(isFinal)" }
        if let isMachine = result.isMachineResult { text += ", machine \(isMachine)" }
        if let source = result.source { text += ", source \(source.utf8.count) bytes" }
        if let timestamp = result.timestamp {
            text += ", timestamp \(result.timestampIsNumber ? "number" : "string") \(timestamp)"
        }
        if let name = result.fullName { text += ", full name \(name.unicodeScalars.count) scalars" }
        if !result.actions.isEmpty { text += ", \(result.actions)" }
        if !result.additionalFields.isEmpty { text += ", kept \(result.additionalFields.keys.sorted())" }
        return text
    }

    static func summary(_ response: JobStatusResponse) -> String {
        var text = "complete \(response.jobComplete), success \(response.jobSuccess), code \(response.code)"
        if let result = response.result?.jobResult { text += ", result \(result.resultCode)" }
        if let message = response.result?.message { text += ", result message of \(message.count) characters" }
        if let history = response.history { text += ", history \(history.count)" }
        if !response.additionalFields.isEmpty { text += ", kept \(response.additionalFields.keys.sorted())" }
        return text
    }

    static func summary(_ request: CompareUserInfoRequest) -> String {
        do throws(APIErrorResponse) {
            try request.validate()
            return "valid"
        } catch {
            return "invalid: \(error)"
        }
    }

    static func summary(_ response: CompareUserInfoResponse) -> String {
        "\(response.resultCode) \(response.resultText), \(response.actions)"
    }

    static func summary(_ error: APIErrorResponse) -> String {
        error.additionalFields.isEmpty ? "\(error)" : "\(error), kept \(error.additionalFields.keys.sorted())"
    }

    static func summary(_ info: UserInfo) -> String { "\(info)" }

    static func name(of verification: SignatureVerification) -> String {
        switch verification {
        case .valid: "valid"
        case .missingSignature: "missingSignature"
        case .missingTimestamp: "missingTimestamp"
        case .malformedSignature: "malformedSignature"
        case .mismatch: "mismatch"
        case .legacySecKey: "legacySecKey"
        }
    }

    static func summary(_ code: ResultCode) -> String {
        switch code {
        case .unknown(let text): "unknown (\(text.utf8.count) bytes)"
        case .ambiguous(let text, let candidates):
            "\(text) ambiguous: \(candidates.map(\.title).joined(separator: ", "))"
        default: "\(code)"
        }
    }
}
