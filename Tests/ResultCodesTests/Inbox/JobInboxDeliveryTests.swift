import Models
import ResultCodes
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One delivery of the inbox specification's section 2, with what it must get and record.
struct DeliveryRow: Sendable, CustomTestStringConvertible {
    /// The row of the table and what the delivery is.
    var name: String
    /// Deliveries made before this one, at `now` (their outcomes are not checked here).
    var earlier: [[UInt8]] = []
    var body: [UInt8]
    var now: Date = Inbox.at(0)
    var outcome: CallbackOutcome
    var status: Int
    var reason: String
    /// The trust of each result recorded for job 1 after the delivery (`nil`: no such job).
    var recorded: [Bool]?
    /// A store that fails every call.
    var storeDown = false

    var testDescription: String { name }
}

@Suite struct JobInboxDeliveryTests {
    static let job1 = Inbox.job(1)
    static let job2 = Inbox.job(2)
    static let fresh = Inbox.at(-60)
    static let signed1012 = Inbox.callback("1012", of: job1, signedAt: fresh)

    static func text(_ json: String) -> [UInt8] { Array(json.utf8) }

    /// A signed body whose fields are `fields` (JSON members without braces), signed at `fresh`.
    static func signedObject(_ fields: String, timestamp: String = Inbox.timestamp(fresh)) -> [UInt8] {
        let signature = Inbox.key.signature(timestamp: timestamp)
        return text(#"{\#(fields)"timestamp":"\#(timestamp)","signature":"\#(signature)"}"#)
    }

    static let largeBody: [UInt8] = {
        var result = Inbox.result("1012", of: job1)
        result.additionalFields["ImageLinks"] = .string(String(repeating: "x", count: 1_500_000))
        return Inbox.body(result, signedAt: fresh)
    }()

    static let rows: [DeliveryRow] = [
        DeliveryRow(
            name: "1: one byte over the 2 MiB limit", body: Array(repeating: 0x20, count: 2_097_153),
            outcome: .tooLarge(limit: 2_097_152), status: 413, reason: "too_large"),
        DeliveryRow(
            name: "1: a 1.5 MB body is under the limit, and accepted", body: largeBody, outcome: .accepted, status: 200,
            reason: "accepted", recorded: [true]),
        DeliveryRow(
            name: "2: empty", body: [],
            outcome: .malformed(failure("is empty; expected a job result or job-status JSON object")), status: 400,
            reason: "malformed"),
        DeliveryRow(
            name: "2: white space only", body: text(" \r\n\t"),
            outcome: .malformed(failure("is empty; expected a job result or job-status JSON object")), status: 400,
            reason: "malformed"),
        DeliveryRow(
            name: "2: not JSON", body: text("junk"), outcome: .malformed(failure("is not valid JSON (or not UTF-8)")),
            status: 400, reason: "malformed"),
        DeliveryRow(
            name: "2: a trailing comma is not JSON", body: text(#"{"ResultCode":"1012",}"#),
            outcome: .malformed(failure("is not valid JSON (or not UTF-8)")), status: 400, reason: "malformed"),
        DeliveryRow(
            name: "2: not an object", body: text("[1]"), outcome: .malformed(failure("must be an object")), status: 400,
            reason: "malformed"),
        DeliveryRow(
            name: "2: a repeated key, even under a valid signature",
            body: signedObject(#""ResultCode":"1012","ResultCode":"0810","#),
            outcome: .malformed(
                DecodingFailure(
                    kind: .duplicateKey, path: JSONPath([.key("ResultCode")]),
                    requirement: "appears more than once in the same object")), status: 400, reason: "duplicate_key"),
        DeliveryRow(
            name: "2: a timestamp of another type", body: text(#"{"timestamp":{},"signature":"x"}"#),
            outcome: .malformed(
                DecodingFailure(
                    kind: .wrongType, path: JSONPath([.key("timestamp")]),
                    requirement: "must be a string or a whole number")),
            status: 400, reason: "malformed"),
        DeliveryRow(
            name: "2: a signature of another type",
            body: text(#"{"timestamp":"2024-05-01T11:59:00.000Z","signature":7}"#),
            outcome: .malformed(
                DecodingFailure(kind: .wrongType, path: JSONPath([.key("signature")]), requirement: "must be a string")),
            status: 400, reason: "malformed"),
        DeliveryRow(
            name: "3: unsigned", body: text(#"{"ResultCode":"1012"}"#), outcome: .refused(.missingSignature),
            status: 401,
            reason: "missing_signature"),
        DeliveryRow(
            name: "3: signed with another key",
            body: Inbox.body(
                Inbox.result("1012", of: job1), signedAt: fresh,
                key: SignatureKey(partnerID: "085", apiKey: "another-api-key")),
            outcome: .refused(.mismatch), status: 401, reason: "mismatch"),
        DeliveryRow(
            name: "3: the legacy sec_key form",
            body: Inbox.body(
                Inbox.result("1012", of: job1), signedAt: fresh, signature: "c2Vj|" + String(repeating: "0f", count: 32)
            ),
            outcome: .refused(.legacySecKey), status: 401, reason: "legacy_sec_key"),
        DeliveryRow(
            name: "3: a signature that is not base64 of 32 bytes",
            body: Inbox.body(Inbox.result("1012", of: job1), signedAt: fresh, signature: "bm90LWEtc2lnbmF0dXJl"),
            outcome: .refused(.malformedSignature), status: 401, reason: "malformed_signature"),
        DeliveryRow(
            name: "3: a signature without its timestamp",
            body: text(#"{"ResultCode":"1012","signature":"\#(Inbox.key.signature(timestamp: "x"))"}"#),
            outcome: .refused(.missingTimestamp), status: 401, reason: "missing_timestamp"),
        DeliveryRow(
            name: "4: signed, but not a job result: the path only", body: signedObject(#""ResultText":"x","#),
            outcome: .notAResult(
                DecodingFailure(kind: .missingKey, path: JSONPath([.key("ResultCode")]), requirement: "is missing")),
            status: 400, reason: "not_a_result"),
        DeliveryRow(
            name: "4: signed, but not a job-status response",
            body: signedObject(#""job_complete":true,"code":"2302","#),
            outcome: .notAResult(
                DecodingFailure(kind: .missingKey, path: JSONPath([.key("job_success")]), requirement: "is missing")),
            status: 400, reason: "not_a_result"),
        DeliveryRow(
            name: "5: a redelivery of the same body", earlier: [signed1012], body: signed1012, outcome: .duplicate,
            status: 200, reason: "duplicate", recorded: [true]),
        DeliveryRow(
            name: "6: signed a minute ago", body: signed1012, outcome: .accepted, status: 200, reason: "accepted",
            recorded: [true]),
        DeliveryRow(
            name: "6: signed exactly 5 minutes ago (the window is inclusive)",
            body: Inbox.callback("1012", of: job1, signedAt: Inbox.at(-300)), outcome: .accepted, status: 200,
            reason: "accepted", recorded: [true]),
        DeliveryRow(
            name: "6: signed 4 minutes ahead of the clock",
            body: Inbox.callback("1012", of: job1, signedAt: Inbox.at(240)), outcome: .accepted, status: 200,
            reason: "accepted", recorded: [true]),
        DeliveryRow(
            name: "6: a signed job-status body",
            body: signedObject(
                #""job_complete":false,"job_success":false,"code":"2302","result":{"ResultCode":"1012","ResultText":"ID Verified","SmileJobID":"1","PartnerParams":{"user_id":"user-1","job_id":"job-1","job_type":1}},"#
            ), outcome: .accepted, status: 200, reason: "accepted", recorded: [true]),
        DeliveryRow(
            name: "6: a signed job-status body without a result records nothing",
            body: signedObject(
                #""job_complete":false,"job_success":false,"code":"2314","result":"No zip file received","#),
            outcome: .accepted, status: 200, reason: "accepted"),
        DeliveryRow(
            name: "7: delivered 20 minutes late", body: Inbox.callback("1012", of: job1, signedAt: Inbox.at(-1_200)),
            outcome: .unconfirmed(.stale(age: .seconds(1_200))), status: 200, reason: "unconfirmed", recorded: [false]),
        DeliveryRow(
            name: "7: signed 5 minutes and 1 ms ago",
            body: Inbox.callback("1012", of: job1, signedAt: Inbox.at(-300.001)),
            outcome: .unconfirmed(.stale(age: .milliseconds(300_001))), status: 200, reason: "unconfirmed",
            recorded: [false]),
        DeliveryRow(
            name: "7: signed 5 minutes and 1 second ahead",
            body: Inbox.callback("1012", of: job1, signedAt: Inbox.at(301)),
            outcome: .unconfirmed(.fromTheFuture(lead: .seconds(301))), status: 200, reason: "unconfirmed",
            recorded: [false]),
        DeliveryRow(
            name: "7: a signed timestamp in no known form",
            body: signedObject(
                #""ResultCode":"1012","ResultText":"x","SmileJobID":"1","PartnerParams":{"user_id":"user-1","job_id":"job-1","job_type":1},"#,
                timestamp: "yesterday"),
            outcome: .unconfirmed(.unreadableTimestamp), status: 200, reason: "unconfirmed", recorded: [false]),
        DeliveryRow(
            name: "7: another job signed in the same millisecond",
            earlier: [Inbox.callback("0810", of: job2, signedAt: fresh)], body: signed1012,
            outcome: .unconfirmed(.reusedSignature), status: 200, reason: "unconfirmed", recorded: [false]),
        DeliveryRow(
            name: "–: the store cannot be reached", body: signed1012, outcome: .storeUnavailable, status: 503,
            reason: "store_unavailable", storeDown: true),
    ]

    static func failure(_ requirement: String) -> DecodingFailure {
        DecodingFailure(kind: .invalidJSON, path: JSONPath([] as [JSONPath.Component]), requirement: requirement)
    }

    @Test(arguments: rows)
    func eachRow(_ row: DeliveryRow) async throws {
        let store = FlakyStore()
        let inbox = Inbox.inbox(store: store)
        for earlier in row.earlier { _ = await inbox.receive(body: earlier, now: row.now) }
        let before = store.base.replayRecordCount
        if row.storeDown { store.fail(.record, times: 100) }
        let outcome = await inbox.receive(body: row.body, now: row.now)
        #expect(outcome == row.outcome)
        #expect(outcome.httpStatus == row.status)
        #expect(outcome.reason == row.reason)
        let state = store.base.state(of: Self.job1)
        #expect(state?.results.map(\.isTrusted) == row.recorded)
        if row.status != 200 {
            #expect(store.base.replayRecordCount == before, "a refused delivery records nothing")
        }
        // Safe to log: never the signature.
        if let signature = try? JSONDecoder().decode(JobResult.self, from: Data(row.body)).signature {
            #expect(!"\(outcome)".contains(signature))
        }
    }

    @Test func descriptionsNameTheReasonNeverAValue() async {
        let inbox = Inbox.inbox()
        var result = Inbox.result("1012", of: Self.job1, fullName: "Ada Synthetic Person")
        result.idNumber = "00000000000"
        let body = Inbox.body(result, signedAt: Inbox.at(-1_200))
        let late = await inbox.receive(body: body, now: Inbox.at(0))
        #expect(
            "\(late)"
                == "unconfirmed (stale): the signed timestamp is 1200 s old; recorded, to be confirmed by job_status")
        let again = await inbox.receive(body: body, now: Inbox.at(1))
        #expect("\(again)" == "duplicate: this body was already recorded under this timestamp and signature")
        for outcome in [late, again] {
            for secret in [
                "Ada Synthetic Person", "00000000000",
                Inbox.key.signature(timestamp: Inbox.timestamp(Inbox.at(-1_200))),
            ] {
                #expect(!"\(outcome)".contains(secret) && !String(reflecting: outcome).contains(secret))
            }
        }
        #expect("\(CallbackOutcome.accepted)" == "accepted: recorded as trusted")
        #expect(
            "\(CallbackOutcome.unconfirmed(.reusedSignature))"
                == "unconfirmed (reused_signature): this timestamp and signature came with another body before; recorded, to be confirmed by job_status"
        )
        #expect("\(CallbackOutcome.storeUnavailable)".hasPrefix("not recorded (store_unavailable)"))
    }

    @Test func aNumericMillisecondTimestampIsSignedAsItsDigits() async {
        var result = Inbox.result("1012", of: Self.job1)
        result.timestamp = "1714564740000"
        result.timestampIsNumber = true
        result.signature = Inbox.key.signature(timestamp: "1714564740000")
        let body = Array((try? JSONEncoder().encode(result)) ?? Data())
        #expect(String(decoding: body, as: UTF8.self).contains(#""timestamp":1714564740000"#))
        let inbox = Inbox.inbox()
        #expect(await inbox.receive(body: body, now: Inbox.at(0)) == .accepted)
        #expect(await inbox.receive(body: body, now: Inbox.at(1)) == .duplicate)
        let fraction = Self.text(#"{"timestamp":1714564740000.5,"signature":"x"}"#)
        #expect(
            await inbox.receive(body: fraction, now: Inbox.at(0))
                == .malformed(
                    DecodingFailure(
                        kind: .wrongType, path: JSONPath([.key("timestamp")]),
                        requirement: "must be a string or a whole number")))
    }

    @Test func anEscapedSlashInTheSignatureIsTheSameSignature() async {
        // JSONEncoder writes "/" as "\/": the signature is compared after its escapes are decoded.
        var signedAt = Self.fresh
        var signature = Inbox.key.signature(timestamp: Inbox.timestamp(signedAt))
        while !signature.contains("/") {
            signedAt = signedAt.addingTimeInterval(0.001)
            signature = Inbox.key.signature(timestamp: Inbox.timestamp(signedAt))
        }
        let body = Inbox.callback("1012", of: Self.job1, signedAt: signedAt)
        #expect(String(decoding: body, as: UTF8.self).contains(#"\/"#))
        #expect(await Inbox.inbox().receive(body: body, now: Inbox.at(0)) == .accepted)
    }

    @Test func anUnsignedBodyChangesNothingAndAValidlySignedOneIsNeverThrownAway() async {
        let store = InMemoryJobInboxStore()
        let inbox = Inbox.inbox(store: store)
        var unsigned = Inbox.result("1210", of: Self.job1)
        unsigned.timestamp = Inbox.timestamp(Self.fresh)
        let body = Array((try? JSONEncoder().encode(unsigned)) ?? Data())
        #expect(await inbox.receive(body: body, now: Inbox.at(0)) == .refused(.missingSignature))
        #expect(store.jobCount == 0 && store.replayRecordCount == 0)
        // Late, ahead, unreadable or reused: each validly signed body is recorded.
        _ = await inbox.receive(
            body: Inbox.callback("1012", of: Self.job1, signedAt: Inbox.at(-3_600)), now: Inbox.at(0))
        _ = await inbox.receive(
            body: Inbox.callback("0812", of: Self.job1, signedAt: Inbox.at(3_600)), now: Inbox.at(0))
        #expect(store.state(of: Self.job1)?.results.map(\.result.resultCode) == ["1012", "0812"])
    }
}
