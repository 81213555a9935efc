import Models
import ResultCodes
import TestSupport
import Testing
import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One comparator, one `SignatureKey`, one inbox store and one `JobInbox`, each shared by
/// many tasks of a task group (thousands of operations): every result equals the sequential one.
/// Run under ThreadSanitizer with `swift test --sanitize=thread --filter SharedAcrossTasksTests`.
@Suite struct SharedAcrossTasksTests {
    static let operations = 4_000

    static func cases() throws -> [CompareCase] {
        try Fixtures.files(in: "compare").map { try Fixtures.decode(CompareCase.self, from: $0) }
    }

    /// The comparison of one case as a comparable string: the response's code and Actions, or
    /// the error.
    static func outcome(_ comparator: UserInfoComparator, _ compareCase: CompareCase) -> String {
        do {
            let comparison = try comparator.compare(
                idAuthority: compareCase.idAuthority, document: compareCase.document, country: compareCase.country)
            let response = comparison.response()
            return "\(response.resultCode) \(response.actions)"
        } catch {
            return "error: \(error)"
        }
    }

    @Test func oneComparatorSharedByManyTasks() async throws {
        let cases = try Self.cases()
        #expect(cases.count >= 100)
        let comparator = UserInfoComparator(options: .lenient)
        let sequential = (0..<Self.operations).map { Self.outcome(comparator, cases[$0 % cases.count]) }
        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for index in 0..<Self.operations {
                group.addTask { (index, Self.outcome(comparator, cases[index % cases.count])) }
            }
            var results = [String](repeating: "", count: Self.operations)
            for await (index, outcome) in group { results[index] = outcome }
            return results
        }
        #expect(concurrent == sequential)
    }

    @Test func oneSignatureKeySharedByManyTasks() async {
        let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")
        let timestamps = (0..<Self.operations).map { "2024-05-01T12:00:\(10 + $0 % 50).\($0)Z" }
        let sequential = timestamps.map { key.signature(timestamp: $0) }
        let concurrent = await withTaskGroup(of: (Int, String, SignatureVerification).self) { group in
            for (index, timestamp) in timestamps.enumerated() {
                group.addTask {
                    let signature = key.signature(timestamp: timestamp)
                    return (index, signature, key.verify(signature: signature, timestamp: timestamp))
                }
            }
            var results = [String](repeating: "", count: Self.operations)
            for await (index, signature, verification) in group {
                #expect(verification == .valid)
                results[index] = signature
            }
            return results
        }
        #expect(concurrent == sequential)
    }

    @Test func oneInboxStoreSharedByManyTasks() async throws {
        let store = InMemoryJobInboxStore()
        let now = Date(timeIntervalSince1970: 1_714_564_800)
        let digest = BodyDigest(bytes: [UInt8](repeating: 7, count: 32))!
        // Each pair is offered twice, concurrently: exactly one of the two is its first use,
        // as sequentially the first offer is and the second (the same body) a duplicate.
        let firstUses = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for offer in 0..<(2 * Self.operations) {
                group.addTask {
                    let index = offer / 2  // the two offers of a pair are added one after the other
                    let delivery = CallbackDelivery(
                        timestamp: "t\(index)", signature: "s\(index)", bodyDigest: digest,
                        replayExpiresAt: now.addingTimeInterval(601), isFresh: true, job: nil, results: [])
                    return (index, try store.record(delivery, now: now).replay == .first)
                }
            }
            var counts = [Int](repeating: 0, count: Self.operations)
            for try await (index, isFirst) in group where isFirst { counts[index] += 1 }
            return counts
        }
        #expect(firstUses == [Int](repeating: 1, count: Self.operations))
        #expect(store.replayRecordCount == Self.operations)
    }

    @Test func oneInboxSharedByManyTasks() async throws {
        struct NoJobStatus: JobStatusTransport {
            func send(_ request: [UInt8]) async throws -> [UInt8] { [] }
        }
        let key = SignatureKey(partnerID: "085", apiKey: "fake-api-key-0000-test-0000")
        let inbox = JobInbox(key: key, store: InMemoryJobInboxStore(), transport: NoJobStatus())
        let now = Date(timeIntervalSince1970: 1_714_564_800)
        let bodies: [[UInt8]] = (0..<500).map { index in
            let timestamp = "\(1_714_564_700_000 + index)"
            let body =
                #"{"ResultCode": "1012", "ResultText": "x", "SmileJobID": "\#(index)", "PartnerParams": {"user_id": "u", "job_id": "j\#(index)", "job_type": 5}, "timestamp": \#(timestamp), "signature": "\#(key.signature(timestamp: timestamp))"}"#
            return Array(body.utf8)
        }
        let reasons = await withTaskGroup(of: (Int, String).self) { group in
            for offer in 0..<(2 * bodies.count) {
                group.addTask {
                    (offer % bodies.count, await inbox.receive(body: bodies[offer % bodies.count], now: now).reason)
                }
            }
            var reasons = [[String]](repeating: [], count: bodies.count)
            for await (index, reason) in group { reasons[index].append(reason) }
            return reasons.map { $0.sorted() }
        }
        #expect(reasons == [[String]](repeating: ["accepted", "duplicate"], count: bodies.count))
    }
}
