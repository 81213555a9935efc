// The plain baseline structs are named after the JSON keys they decode, as a plain struct is.
// swift-format-ignore-file: AlwaysUseLowerCamelCase

import Benchmark
import Foundation
import Models
import ResultCodes
import SyntheticRecords
import UserInfoCompare

// Every benchmark walks a pool of generated, varied inputs (never one input repeated) and does
// `scalingFactor` operations per measured iteration; the tables show metrics per operation
// (marked `*`). Names have no spaces or slashes, so that package-benchmark's threshold files
// (Thresholds/<target>.<name>.p90.json) are found again by `thresholds check`. See README.md.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .throughput],
        scalingFactor: .kilo,
        maxDuration: .seconds(2),
        maxIterations: 1_000,
        thresholds: [
            .instructions: .init(relative: [.p50: 5.0], absolute: [:]),
            .mallocCountTotal: .init(relative: [.p50: 1.0], absolute: [.p50: 2]),
        ]
    )
    resultCodeBenchmarks()
    decodingBenchmarks()
    compareBenchmarks()
    decisionBenchmarks()
    inboxBenchmarks()
}

// MARK: The job inbox

/// One signed ~1 KB callback through `JobInbox.receive` with the in-memory store: accepted (a new
/// job and a new pair each time: every iteration starts a new store, outside the measurement),
/// and a duplicate (a redelivery of one already accepted).
func inboxBenchmarks() {
    struct NoJobStatus: JobStatusTransport {
        func send(_ request: [UInt8]) async throws -> [UInt8] { [] }
    }
    let key = SignatureKey(partnerID: "085", apiKey: "benchmark-api-key-0000")
    let now = Date(timeIntervalSince1970: 1_714_564_800)
    let bodies = ResultJSON.signedCallbacks(1_000, seed: 8, key: key)
    let configuration = Benchmark.Configuration(scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 200)
    Benchmark("Inbox.Receive.Accepted", configuration: configuration) { benchmark async in
        let inbox = JobInbox(key: key, store: InMemoryJobInboxStore(), transport: NoJobStatus())
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(await inbox.receive(body: bodies[index % bodies.count], now: now))
        }
        benchmark.stopMeasurement()
    }
    Benchmark("Inbox.Receive.Duplicate", configuration: configuration) { benchmark async in
        let inbox = JobInbox(key: key, store: InMemoryJobInboxStore(), transport: NoJobStatus())
        for body in bodies.prefix(256) { _ = await inbox.receive(body: body, now: now) }
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(await inbox.receive(body: bodies[index & 255], now: now))
        }
        benchmark.stopMeasurement()
    }
}

// MARK: Verdicts and decisions

/// A job's verdict and the default policy's decision: from one callback, and from a
/// three-result Biometric KYC trail arriving in any order.
func decisionBenchmarks() {
    let callbacks = TrailPools.callbacks(256, seed: 6)
    let trails = TrailPools.biometricKYCTrails(256, seed: 7)
    let policy = DecisionPolicy.default
    let configuration = Benchmark.Configuration(scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 1_000)
    Benchmark("Verdict.OneCallback", configuration: configuration) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(Verdict(ResultTrail(callbacks[index & 255])))
        }
    }
    Benchmark("Decision.OneCallback", configuration: configuration) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(policy.decide(Verdict(ResultTrail(callbacks[index & 255]))))
        }
    }
    Benchmark("Verdict.BiometricKYC.ThreeResults", configuration: configuration) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole((try? ResultTrail(trails[index & 255])).map(Verdict.init))
        }
    }
    Benchmark("Decision.BiometricKYC.ThreeResults", configuration: configuration) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole((try? ResultTrail(trails[index & 255])).map { policy.decide(Verdict($0)) })
        }
    }
}

// MARK: Result codes

/// Resolving result codes: known codes of every table and unknown strings, with and without
/// the job type they arrived with.
func resultCodeBenchmarks() {
    var random = SeededGenerator(seed: 1)
    let known = ResultCode.allKnownCodes().map { ($0.code, $0.table?.jobTypes.first) }
    let knownPool = (0..<4_096).map { _ in random.pick(known) }
    let unknownPool = (0..<4_096).map { _ in
        (
            String(format: "%04d", 3_000 + Int(random.next() % 6_000)),
            random.pick([JobType.biometricKYC, .enhancedKYC, .compareUserInfo])
        )
    }
    let pools = [("Known", knownPool), ("Unknown", unknownPool.map { ($0.0, Optional($0.1)) })]
    let configuration = Benchmark.Configuration(scalingFactor: .mega, maxDuration: .seconds(2), maxIterations: 100)
    for (name, pool) in pools {
        Benchmark("ResultCode.\(name).WithJobType", configuration: configuration) { benchmark in
            for index in benchmark.scaledIterations {
                let (code, jobType) = pool[index & 4_095]
                blackHole(ResultCode(code, jobType: jobType ?? .documentVerification))
            }
        }
        Benchmark("ResultCode.\(name).WithoutJobType", configuration: configuration) { benchmark in
            for index in benchmark.scaledIterations {
                blackHole(ResultCode(pool[index & 4_095].0))
            }
        }
    }
}

// MARK: Decoding

/// The plain-struct baseline for a job result: the same keys, no leniency, no additional fields.
struct PlainJobResult: Decodable {
    struct Params: Decodable {
        var job_id: String
        var job_type: Int
        var user_id: String
    }
    var ResultCode: String
    var ResultText: String
    var ResultType: String?
    var SmileJobID: String
    var JSONVersion: String?
    var IsFinalResult: String?
    var PartnerParams: Params
    var ConfidenceValue: String?
    var Actions: [String: String]?
    var timestamp: String?
    var signature: String?
    var FullName: String?
    var DOB: String?
    var Gender: String?
    var PhoneNumber: String?
    var Address: String?
    var IDNumber: String?
    var IDType: String?
    var Country: String?
    var ExpirationDate: String?
}

/// The plain-struct baseline for a `compare_user_info` response.
struct PlainCompareResponse: Decodable {
    var SmileJobID: String?
    var PartnerParams: PlainJobResult.Params?
    var ResultText: String
    var ResultCode: String
    var Actions: [String: String]
    var signature: String?
    var timestamp: String?
}

/// JSONDecoder into the library's types beside the same bytes into plain structs of strings.
func decodingBenchmarks() {
    let jobResults = ResultJSON.jobResults(256, seed: 2).map { Data($0) }
    let responses = ResultJSON.compareResponses(256, seed: 3).map { Data($0) }
    let configuration = Benchmark.Configuration(scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 50)
    func decode<T: Decodable>(_ name: String, _ type: T.Type, _ pool: [Data]) {
        Benchmark(name, configuration: configuration) { benchmark in
            let decoder = JSONDecoder()
            for index in benchmark.scaledIterations {
                blackHole(try decoder.decode(T.self, from: pool[index & 255]))
            }
        }
    }
    decode("Decode.JobResult", JobResult.self, jobResults)
    decode("Decode.JobResult.PlainStructBaseline", PlainJobResult.self, jobResults)
    decode("Decode.CompareUserInfoResponse", CompareUserInfoResponse.self, responses)
    decode("Decode.CompareUserInfoResponse.PlainStructBaseline", PlainCompareResponse.self, responses)
}

// MARK: Comparing records

/// Comparing generated record pairs, and the worst case: every field at a given size.
func compareBenchmarks() {
    func compare(_ name: String, _ pairs: [RecordPair], options: CompareOptions, scaling: BenchmarkScalingFactor) {
        let configuration = Benchmark.Configuration(
            scalingFactor: scaling, maxDuration: .seconds(2), maxIterations: 200)
        Benchmark(name, configuration: configuration) { benchmark in
            let comparator = UserInfoComparator(options: options)
            for index in benchmark.scaledIterations {
                let pair = pairs[index % pairs.count]
                blackHole(
                    try? comparator.compare(
                        idAuthority: pair.idAuthority, document: pair.document, country: pair.country))
            }
        }
    }
    var ascii = RecordGenerator(seed: 4, style: .ascii)
    var accented = RecordGenerator(seed: 5, style: .diacritics)
    compare("Compare.ASCII.Default", ascii.pairs(1_024), options: .default, scaling: .kilo)
    compare("Compare.Diacritics.Lenient", accented.pairs(1_024), options: .lenient, scaling: .kilo)
    for byteCount in [1_024, 2_048, 4_096] {
        let worstASCII = (0..<8).map {
            RecordGenerator.worstCasePair(byteCount: byteCount, nonASCII: false, seed: UInt64($0))
        }
        compare("Compare.WorstCase.ASCII.Default.\(byteCount)B", worstASCII, options: .default, scaling: .one)
        let worst = (0..<8).map {
            RecordGenerator.worstCasePair(byteCount: byteCount, nonASCII: true, seed: UInt64($0))
        }
        compare("Compare.WorstCase.NonASCII.Lenient.\(byteCount)B", worst, options: .lenient, scaling: .one)
    }
}
