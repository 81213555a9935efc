// The plain baseline structs are named after the JSON keys they decode, as a plain struct is.
// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Runs one hot path N times over generated inputs, for instruction counts under valgrind:
//
//     valgrind --tool=callgrind .build/release/profile-driver compare-ascii 20000
//
// The instructions of one operation are (Ir at 2N − Ir at N) / N, which cancels the setup;
// see measure-instructions.sh.
import Foundation
@_spi(SmileIDTesting) import Models
import ResultCodes
import SyntheticRecords
@_spi(SmileIDTesting) import UserInfoCompare

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]) else {
    print(
        "usage: profile-driver <resolve|resolve-unknown|decode-jobresult|decode-jobresult-plain|decode-jobresult-onepass|compare-ascii|compare-lenient|compare-worst-ascii|compare-worst|compare-worst-1k|compare-worst-2k|verdict-one|decision-one|verdict-bkyc3|decision-bkyc3|compare-jsonl|inbox-accept|inbox-duplicate> N"
    )
    exit(2)
}

/// The plain-struct baseline, as in the benchmarks.
struct PlainJobResult: Decodable {
    struct Params: Decodable {
        var job_id: String
        var job_type: Int
        var user_id: String
    }
    var ResultCode: String, ResultText: String, ResultType: String?, SmileJobID: String, JSONVersion: String?
    var IsFinalResult: String?, PartnerParams: Params, ConfidenceValue: String?, Actions: [String: String]?
    var timestamp: String?, signature: String?, FullName: String?, DOB: String?, Gender: String?
    var PhoneNumber: String?, Address: String?, IDNumber: String?, IDType: String?, Country: String?
    var ExpirationDate: String?
}

@inline(never)
func compare(_ pairs: [RecordPair], _ options: CompareOptions) -> Int {
    let comparator = UserInfoComparator(options: options)
    var exact = 0
    // The pair is read in place (no copy of its eighteen strings, which would cost about 600
    // instructions of retains and releases that are not the comparison's).
    pairs.withUnsafeBufferPointer { pairs in
        for index in 0..<count {
            let slot = index % pairs.count
            if let result = try? comparator.compare(
                idAuthority: pairs[slot].idAuthority, document: pairs[slot].document, country: pairs[slot].country),
                result.resultCode == .exactMatch
            {
                exact += 1
            }
        }
    }
    return exact
}

/// One line of `smileid compare --jsonl` input, as generate-records writes it.
struct CaseLine: Encodable {
    var country: String
    var id_authority: UserInfo
    var document: UserInfo
}

/// The library's share of `smileid compare --jsonl` per line: read the case from the line's
/// bytes, compare, write the compact response (no file or pipe I/O).
@inline(never)
func compareLines(_ lines: [[UInt8]]) -> Int {
    let processor = CompareLineProcessor()
    var output: [UInt8] = []
    var written = 0
    for index in 0..<count {
        output.removeAll(keepingCapacity: true)
        if case .success(let comparison) = processor.compare(line: lines[index & 1_023]) {
            comparison.writeCompactJSON(into: &output)
        }
        written &+= output.count
    }
    return written
}

func worst(_ byteCount: Int, nonASCII: Bool) -> [RecordPair] {
    (0..<8).map { RecordGenerator.worstCasePair(byteCount: byteCount, nonASCII: nonASCII, seed: UInt64($0)) }
}

/// Runs the jobs enqueued on it one after the other, on the thread that calls `run()`.
final class InlineExecutor: TaskExecutor, @unchecked Sendable {
    private var jobs: [UnownedJob] = []

    func enqueue(_ job: consuming ExecutorJob) {
        jobs.append(UnownedJob(job))
    }

    func run() {
        while !jobs.isEmpty {
            jobs.removeFirst().runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

/// The number of deliveries that got the expected outcome (written by the task on this thread).
nonisolated(unsafe) var inboxDeliveries = 0

/// Starts the inbox deliveries in a task that prefers `executor` (a nonisolated function, so the
/// task does not inherit the main actor).
func startInboxDeliveries(duplicates: Bool, on executor: InlineExecutor) {
    struct NoJobStatus: JobStatusTransport {
        func send(_ request: [UInt8]) async throws -> [UInt8] { [] }
    }
    let key = SignatureKey(partnerID: "085", apiKey: "benchmark-api-key-0000")
    let now = Date(timeIntervalSince1970: 1_714_564_800)
    let bodies = ResultJSON.signedCallbacks(16_384, seed: 8, key: key)
    guard count <= bodies.count else {
        print("at most \(bodies.count) deliveries")
        exit(2)
    }
    Task(executorPreference: executor) {
        let inbox = JobInbox(key: key, store: InMemoryJobInboxStore(), transport: NoJobStatus())
        if duplicates {
            for body in bodies.prefix(256) { _ = await inbox.receive(body: body, now: now) }
        }
        var expected = 0
        for index in 0..<count {
            let outcome = await inbox.receive(body: bodies[duplicates ? index & 255 : index], now: now)
            if outcome == (duplicates ? .duplicate : .accepted) { expected += 1 }
        }
        inboxDeliveries = expected
    }
}

var sink = 0
switch arguments[1] {
case "resolve", "resolve-unknown":
    var random = SeededGenerator(seed: 1)
    let known = ResultCode.allKnownCodes().map { ($0.code, $0.table?.jobTypes.first ?? .documentVerification) }
    let pool =
        arguments[1] == "resolve"
        ? (0..<4_096).map { _ in random.pick(known) }
        : (0..<4_096).map { _ in (String(3_000 + random.next() % 6_000), JobType.enhancedKYC) }
    for index in 0..<count {
        let (code, jobType) = pool[index & 4_095]
        if ResultCode(code, jobType: jobType).isKnown { sink += 1 }
    }
case "decode-jobresult", "decode-jobresult-plain":
    let pool = ResultJSON.jobResults(256, seed: 2).map { Data($0) }
    let decoder = JSONDecoder()
    for index in 0..<count {
        if arguments[1] == "decode-jobresult" {
            if (try? decoder.decode(JobResult.self, from: pool[index & 255])) != nil { sink += 1 }
        } else {
            if (try? decoder.decode(PlainJobResult.self, from: pool[index & 255])) != nil { sink += 1 }
        }
    }
case "decode-jobresult-onepass":
    // The same bodies through the package's one-pass decoder (PayloadDocument), from the bytes.
    let pool = ResultJSON.jobResults(256, seed: 2)
    for index in 0..<count {
        let decoded = FuzzingSupport.decodeInOnePass(JobResult.self, from: pool[index & 255])
        if case .success = decoded.value, decoded.repeatedKey == nil { sink += 1 }
    }
case "compare-ascii":
    var generator = RecordGenerator(seed: 4, style: .ascii)
    sink = compare(generator.pairs(1_024), .default)
case "compare-lenient":
    var generator = RecordGenerator(seed: 5, style: .diacritics)
    sink = compare(generator.pairs(1_024), .lenient)
case "compare-worst-ascii": sink = compare(worst(4_096, nonASCII: false), .default)
case "compare-worst": sink = compare(worst(4_096, nonASCII: true), .lenient)
case "compare-worst-1k": sink = compare(worst(1_024, nonASCII: true), .lenient)
case "compare-worst-2k": sink = compare(worst(2_048, nonASCII: true), .lenient)
case "compare-jsonl":
    var generator = RecordGenerator(seed: 42, style: .ascii)
    let encoder = JSONEncoder()
    let lines = generator.pairs(1_024).map { pair in
        Array(
            (try? encoder.encode(
                CaseLine(country: pair.country, id_authority: pair.idAuthority, document: pair.document))) ?? Data())
    }
    sink = compareLines(lines)
case "verdict-one", "decision-one":
    // One callback: its trail, verdict and (decision-one) the default policy's decision.
    let pool = TrailPools.callbacks(256, seed: 6)
    let decides = arguments[1] == "decision-one"
    let policy = DecisionPolicy.default
    for index in 0..<count {
        let verdict = Verdict(ResultTrail(pool[index & 255]))
        if decides {
            if policy.decide(verdict).kind == .approve { sink += 1 }
        } else if verdict.isFinal == true {
            sink += 1
        }
    }
case "verdict-bkyc3", "decision-bkyc3":
    // Three Biometric KYC callbacks in any order: trail, verdict and (decision-bkyc3) decision.
    let pool = TrailPools.biometricKYCTrails(256, seed: 7)
    let decides = arguments[1] == "decision-bkyc3"
    let policy = DecisionPolicy.default
    for index in 0..<count {
        guard let trail = try? ResultTrail(pool[index & 255]) else { continue }
        let verdict = Verdict(trail)
        if decides {
            if policy.decide(verdict).kind == .approve { sink += 1 }
        } else if verdict.isFinal == true {
            sink += 1
        }
    }
case "inbox-accept", "inbox-duplicate":
    // One signed ~1 KB callback through JobInbox.receive with the in-memory store: accepted (a
    // new job and a new pair each time), or a duplicate (a redelivery of one already accepted).
    // The pool is the same size whatever N (at most 2N = 16,384 are used), so its set-up cancels.
    // The async calls run on this thread (`InlineExecutor`): valgrind cannot follow the threads
    // of the concurrency runtime's pool.
    let executor = InlineExecutor()
    startInboxDeliveries(duplicates: arguments[1] == "inbox-duplicate", on: executor)
    executor.run()
    sink = inboxDeliveries
default:
    print("unknown mode \(arguments[1])")
    exit(2)
}
print(sink)
