// Dispatch: the libFuzzer entry point is synchronous; the inbox is async.
import Dispatch
@_spi(SmileIDTesting) import Models
import ResultCodes

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// MARK: - Running async code from the fuzzer's thread

extension Fuzz {
    /// A result handed from a task to the waiting thread.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        var value: Value?
    }

    /// Runs `body` on the concurrency runtime and waits for it on the calling (fuzzer) thread,
    /// which is not one of the runtime's.
    public static func wait<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        guard let value = box.value else { fuzzFailure("the task returned nothing") }
        return value
    }
}

// MARK: - ReceiveCallback

extension Fuzz {
    /// The partner's key of the inbox targets.
    public static let inboxKey = SignatureKey(partnerID: "085", apiKey: "fuzz-api-key-0000")
    /// The inbox targets' clock: 2024-05-01T12:00:00Z.
    public static let inboxNow = Date(timeIntervalSince1970: 1_714_564_800)

    /// The `timestamp` a `ReceiveCallback` input's first byte chooses (bits 0–2): its JSON text,
    /// and whether it is inside the freshness window at ``inboxNow``.
    public static let timestamps: [(json: String, isFresh: Bool)?] = [
        (#""2024-05-01T11:59:00.000Z""#, true),  // a minute old
        (#""2024-05-01T11:40:00.000Z""#, false),  // 20 minutes late
        (#""2024-05-01T12:06:00.000Z""#, false),  // 6 minutes ahead
        ("1714564740000", true),  // epoch milliseconds, a number
        (#""yesterday""#, false),  // unreadable
        (#""2024-05-01T11:55:00.000Z""#, true),  // exactly 5 minutes old
        nil,  // no timestamp
        (#""1714564800""#, true),  // epoch seconds, a string
    ]

    /// A `ReceiveCallback` input as a body signed for real: the bytes after the first are an
    /// object left open (a fixture without its closing brace), closed by the chosen `timestamp`
    /// and its real `signature`, so that the fuzzer gets past the signature.
    public static func signedBody(_ input: [UInt8]) -> (body: [UInt8], signature: String?) {
        guard let mode = input.first else { return ([], nil) }
        var body = Array(input.dropFirst())
        while let last = body.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { body.removeLast() }
        let isOpenObject = body.last == UInt8(ascii: "{")
        var members: [String] = []
        var signature: String?
        if let timestamp = timestamps[Int(mode & 7)] {
            members.append(#""timestamp":\#(timestamp.json)"#)
            let signed = timestamp.json.hasPrefix("\"") ? String(timestamp.json.dropFirst().dropLast()) : timestamp.json
            signature = inboxKey.signature(timestamp: signed)
            members.append(#""signature":"\#(signature ?? "")""#)
        }
        let suffix = members.joined(separator: ",") + "}"
        body.append(contentsOf: Array(((isOpenObject || members.isEmpty ? "" : ",") + suffix).utf8))
        return (body, signature)
    }

    /// `job_status` as the fuzzed body would have it: the body's own results, signed at the
    /// request's time; an error body for a body that is not a result.
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
                timestamp: timestamp, signature: Fuzz.inboxKey.signature(timestamp: timestamp), jobComplete: true,
                jobSuccess: true, code: "2302", result: mine.last.map(JobStatusResult.jobResult), history: mine)
            return Array(try JSONEncoder().encode(response))
        }
    }

    /// The property of the `ReceiveCallback` target, on the body ``signedBody(_:)`` makes:
    ///
    /// - no delivery gets a 5xx (the store is in memory and far from full), and the answer's
    ///   description never holds the signature;
    /// - `accepted` only for a fresh timestamp, `unconfirmed` only for one outside the window
    ///   or unreadable (each body is delivered to a new inbox, so its pair is new);
    /// - the same body again is a `duplicate` after a 200, and gets the same answer otherwise;
    /// - ticks confirm with a `job_status` that echoes the body's results, and each job's
    ///   emitted kinds never repeat one after the other; a second tick emits nothing.
    ///
    /// - Returns: What does not hold, or `nil`.
    public static func receiveCallbackViolation(_ input: [UInt8]) -> String? {
        guard let mode = input.first else { return nil }
        let (body, signature) = signedBody(input)
        let timestamp = timestamps[Int(mode & 7)]
        var results: [JobResult] = []
        if let result = try? JSONDecoder().decode(JobResult.self, from: Data(body)) { results = [result] }
        if let status = try? JSONDecoder().decode(JobStatusResponse.self, from: Data(body)) {
            results = (status.history ?? []) + (status.result?.jobResult.map { [$0] } ?? [])
        }
        let inbox = JobInbox(
            key: inboxKey, store: InMemoryJobInboxStore(), transport: EchoJobStatus(results: results),
            configuration: JobInbox.Configuration(
                confirmation: mode & 8 == 0 ? .always : .whenUntrusted, concurrentConfirmations: 1))
        return wait { () async -> String? in
            let first = await inbox.receive(body: body, now: inboxNow)
            guard [200, 400, 401, 413].contains(first.httpStatus) else {
                return "answered \(first.httpStatus): \(first)"
            }
            if let signature, "\(first)".contains(signature) || String(reflecting: first).contains(signature) {
                return "the description holds the signature"
            }
            switch first {
            case .accepted where timestamp?.isFresh != true: return "accepted a timestamp outside the window"
            case .unconfirmed(.reusedSignature): return "a new inbox saw the pair before"
            case .unconfirmed where timestamp?.isFresh == true: return "a fresh timestamp was unconfirmed: \(first)"
            default: break
            }
            let second = await inbox.receive(body: body, now: inboxNow.addingTimeInterval(0.001))
            if first.httpStatus == 200 ? second != .duplicate : second != first {
                return "the same body again got \(second) after \(first)"
            }
            let ticked = await inbox.tick(now: inboxNow.addingTimeInterval(1))
            if ticked.storeErrors > 0 { return "the in-memory store failed: \(ticked)" }
            let again = await inbox.tick(now: inboxNow.addingTimeInterval(2))
            if !again.emitted.isEmpty { return "a second tick emitted \(again.emitted.map(\.kind))" }
            guard let entries = try? await inbox.outbox(after: 0, limit: 1_000) else { return "the outbox failed" }
            var last: [JobKey: Decision.Kind] = [:]
            for entry in entries {
                if last[entry.job] == entry.kind { return "\(entry.kind) emitted twice in a row" }
                if entry.kind == .wait { return "wait was emitted" }
                last[entry.job] = entry.kind
            }
            return nil
        }
    }
}
