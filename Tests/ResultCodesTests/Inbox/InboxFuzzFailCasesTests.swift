@_spi(SmileIDTesting) import Models
import ResultCodes
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Replays `FuzzTesting/FailCases/{ReceiveCallback,VerifySignature,ParseTimestamp}/` without the
/// fuzzer, through the same logic as `FuzzTesting/Sources/FuzzSupport` (`InboxProperties.swift`,
/// `SignatureProperties.swift`), and checks what the hand-made cases are about.
@Suite struct InboxFuzzFailCasesTests {
    static let key = SignatureKey(partnerID: "085", apiKey: "fuzz-api-key-0000")
    static let now = Date(timeIntervalSince1970: 1_714_564_800)

    static func failCases(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = Fixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0))))
        }
    }

    // MARK: ReceiveCallback

    /// `Fuzz.timestamps`.
    static let timestamps: [(json: String, isFresh: Bool)?] = [
        (#""2024-05-01T11:59:00.000Z""#, true), (#""2024-05-01T11:40:00.000Z""#, false),
        (#""2024-05-01T12:06:00.000Z""#, false), ("1714564740000", true), (#""yesterday""#, false),
        (#""2024-05-01T11:55:00.000Z""#, true), nil, (#""1714564800""#, true),
    ]

    /// `Fuzz.signedBody`.
    static func signedBody(_ input: [UInt8]) -> [UInt8] {
        guard let mode = input.first else { return [] }
        var body = Array(input.dropFirst())
        while let last = body.last, [0x20, 0x0A, 0x0D, 0x09].contains(last) { body.removeLast() }
        let isOpenObject = body.last == UInt8(ascii: "{")
        var members: [String] = []
        if let timestamp = timestamps[Int(mode & 7)] {
            members.append(#""timestamp":\#(timestamp.json)"#)
            let signed = timestamp.json.hasPrefix("\"") ? String(timestamp.json.dropFirst().dropLast()) : timestamp.json
            members.append(#""signature":"\#(key.signature(timestamp: signed))""#)
        }
        body.append(
            contentsOf: Array(
                ((isOpenObject || members.isEmpty ? "" : ",") + members.joined(separator: ",") + "}").utf8))
        return body
    }

    /// What the target checks, and the outcome of the first delivery.
    static func receive(_ input: [UInt8]) async throws -> CallbackOutcome {
        let mode = try #require(input.first)
        let body = signedBody(input)
        var results: [JobResult] = []
        if let result = try? JSONDecoder().decode(JobResult.self, from: Data(body)) { results = [result] }
        if let status = try? JSONDecoder().decode(JobStatusResponse.self, from: Data(body)) {
            results = (status.history ?? []) + (status.result?.jobResult.map { [$0] } ?? [])
        }
        let inbox = JobInbox(
            key: key, store: InMemoryJobInboxStore(), transport: EchoJobStatus(results: results),
            configuration: JobInbox.Configuration(
                confirmation: mode & 8 == 0 ? .always : .whenUntrusted, concurrentConfirmations: 1))
        let first = await inbox.receive(body: body, now: now)
        #expect([200, 400, 401, 413].contains(first.httpStatus))
        let timestamp = timestamps[Int(mode & 7)]
        if first == .accepted { #expect(timestamp?.isFresh == true) }
        if case .unconfirmed(let why) = first {
            #expect(why != .reusedSignature && timestamp?.isFresh == false)
        }
        let second = await inbox.receive(body: body, now: now.addingTimeInterval(0.001))
        #expect(first.httpStatus == 200 ? second == .duplicate : second == first)
        let ticked = await inbox.tick(now: now.addingTimeInterval(1))
        #expect(ticked.storeErrors == 0)
        #expect(await inbox.tick(now: now.addingTimeInterval(2)).emitted.isEmpty)
        var last: [JobKey: Decision.Kind] = [:]
        for entry in try await inbox.outbox(after: 0, limit: 1_000) {
            #expect(last[entry.job] != entry.kind && entry.kind != .wait)
            last[entry.job] = entry.kind
        }
        return first
    }

    @Test func receiveCallback() async throws {
        let cases = try Self.failCases("ReceiveCallback")
        #expect(!cases.isEmpty)
        var outcomes: [String: CallbackOutcome] = [:]
        for failCase in cases { outcomes[failCase.name] = try await Self.receive(failCase.bytes) }
        #expect(outcomes["hand-open-object.bin"]?.reason == "not_a_result")
        #expect(outcomes["hand-job-result-twenty-minutes-late.bin"] == .unconfirmed(.stale(age: .seconds(1_200))))
        #expect(outcomes["hand-job-result-when-untrusted.bin"] == .accepted)
        #expect(outcomes["hand-job-status-epoch-milliseconds.bin"] == .accepted)
        #expect(outcomes["hand-repeated-timestamp.bin"]?.reason == "duplicate_key")
        #expect(outcomes["hand-no-timestamp.bin"] == .refused(.missingSignature))
    }

    /// `Fuzz.EchoJobStatus`: the body's own results, signed at the request's time.
    struct EchoJobStatus: JobStatusTransport {
        var results: [JobResult]

        func send(_ request: [UInt8]) async throws -> [UInt8] {
            let asked = try JSONDecoder().decode(JobStatusRequest.self, from: Data(request))
            let mine = results.filter {
                $0.partnerParams.userID == asked.userID && $0.partnerParams.jobID == asked.jobID
            }
            guard !mine.isEmpty else { return Array(#"{"code":"2204","error":"no such job"}"#.utf8) }
            let timestamp = asked.timestamp ?? ""
            let response = JobStatusResponse(
                timestamp: timestamp, signature: InboxFuzzFailCasesTests.key.signature(timestamp: timestamp),
                jobComplete: true, jobSuccess: true, code: "2302", result: mine.last.map(JobStatusResult.jobResult),
                history: mine)
            return Array(try JSONEncoder().encode(response))
        }
    }

    // MARK: VerifySignature

    /// `Fuzz.signatureCase`.
    static func signatureCase(_ input: [UInt8]) -> (signature: String, timestamp: String) {
        guard let mode = input.first else { return ("", "") }
        let rest = input.dropFirst()
        let split = rest.firstIndex(of: 0) ?? rest.endIndex
        let timestamp = String(decoding: rest[split...].dropFirst(), as: UTF8.self)
        var signature = String(decoding: rest[..<split], as: UTF8.self)
        if mode % 3 != 0 { signature = key.signature(timestamp: timestamp) }
        if mode % 3 == 2 {
            var characters = Array(signature.utf8)
            let position = Int(mode) % characters.count
            characters[position] = characters[position] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            signature = String(decoding: characters, as: UTF8.self)
        }
        return (signature, timestamp)
    }

    @Test func verifySignature() async throws {
        let cases = try Self.failCases("VerifySignature")
        #expect(!cases.isEmpty)
        var verdicts: [String: SignatureVerification] = [:]
        for failCase in cases {
            let (signature, timestamp) = Self.signatureCase(failCase.bytes)
            let verification = Self.key.verify(signature: signature, timestamp: timestamp)
            #expect(
                verification.isValid == (signature == Self.key.signature(timestamp: timestamp) && !timestamp.isEmpty))
            let body = try JSONEncoder().encode(["timestamp": timestamp, "signature": signature])
            let inbox = JobInbox(key: Self.key, store: InMemoryJobInboxStore(), transport: EchoJobStatus(results: []))
            let outcome = await inbox.receive(body: Array(body), now: Self.now)
            if verification.isValid {
                #expect(outcome.reason == "not_a_result", "\(failCase.name)")
            } else {
                #expect(outcome == .refused(verification), "\(failCase.name)")
            }
            verdicts[failCase.name] = verification
        }
        #expect(verdicts["hand-real-signature.bin"] == .valid)
        #expect(
            verdicts["hand-one-character-changed.bin"].map { [.mismatch, .malformedSignature].contains($0) } == true)
        #expect(verdicts["hand-legacy-sec-key.bin"] == .legacySecKey)
        #expect(verdicts["hand-unpadded.bin"] == .malformedSignature)
        #expect(verdicts["hand-unicode-timestamp.bin"] == .valid)
        #expect(verdicts["hand-empty-timestamp.bin"] == .missingTimestamp)
    }

    // MARK: ParseTimestamp

    @Test func parseTimestamp() throws {
        let cases = try Self.failCases("ParseTimestamp")
        #expect(!cases.isEmpty)
        var read: [String: Int64?] = [:]
        for failCase in cases {
            let text = String(decoding: failCase.bytes, as: UTF8.self)
            let milliseconds = FuzzingSupport.smileIDTimestampMilliseconds(text)
            if let milliseconds, (-62_135_596_800_000...253_402_300_799_999).contains(milliseconds) {
                let written = FuzzingSupport.smileIDTimestamp(milliseconds: milliseconds)
                #expect(FuzzingSupport.smileIDTimestampMilliseconds(written) == milliseconds, "\(written)")
            }
            read[failCase.name] = milliseconds
        }
        #expect(read["hand-leap-day.bin"] == 1_709_251_199_999)
        #expect(read["hand-seed-offset.bin"] == 1_621_376_083_000)
        #expect(read["hand-epoch-milliseconds.bin"] == 1_715_000_000_123)
        #expect(read["hand-february-30.bin"] == .some(nil))
        #expect(read["hand-year-zero.bin"] == -62_167_219_200_000)
        #expect(read["hand-long-fraction.bin"] == 1_714_564_801_000)
        #expect(read["hand-offset-with-colon.bin"] == 1_714_559_400_500)
        #expect(read["hand-surrounding-space.bin"] == .some(nil))
        // The fuzzer's first find: the year 1 in the proleptic Gregorian calendar, as ISO 8601
        // counts it (the target's reference, Foundation's Calendar, counted it Julian).
        #expect(read["crash-35b898887f6fd7289336b7da2e5f0052adabbee9"] == -62_135_596_800_000)
    }
}
