import Foundation
import Models
import ResultCodes

/// One trail of `decisions.md` as a sandbox job's script: the results Smile ID produces for it,
/// in the order their callbacks arrive, and the decision the partner's server should end on.
///
/// Scenarios are read from the library's trail fixtures (`Fixtures/decisions/trails.json`):
/// each entry's `name`, `job_type`, `results` (`code`, optional `final`) and `decision`. Other
/// keys are ignored. The people are synthetic: a result carries codes and IDs, never a name.
public struct Scenario: Sendable, Hashable {
    /// One result of the trail, as it arrives.
    public struct Result: Sendable, Hashable, Codable {
        /// The result code, such as `"1012"`.
        public var code: String
        /// `IsFinalResult` when the result sends it.
        public var final: Bool?

        /// Creates a result.
        public init(code: String, final: Bool? = nil) {
            self.code = code
            self.final = final
        }
    }

    /// What the trail is about, as the fixture names it; shown in reports.
    public var name: String
    /// The job type every result is of.
    public var jobType: JobType
    /// The results in their order of arrival; a code that arrives again is a redelivery.
    public var results: [Result]
    /// The decision a server with the default policy ends on.
    public var expectedDecision: Decision.Kind

    /// Creates a scenario.
    public init(name: String, jobType: JobType, results: [Result], expectedDecision: Decision.Kind) {
        self.name = name
        self.jobType = jobType
        self.results = results
        self.expectedDecision = expectedDecision
    }
}

// MARK: - What Smile ID has produced

extension Scenario {
    /// The results Smile ID holds for the job, once each (the first arrival of each code), in
    /// the order they were produced: what `job_status` lists in `history`.
    public var producedResults: [Result] {
        var seen: Set<String> = []
        return results.filter { seen.insert($0.code).inserted }
    }

    /// How many produced results exist once the callback at `arrival` has been sent.
    func producedCount(throughArrival arrival: Int) -> Int {
        Set(results.prefix(arrival + 1).map(\.code)).count
    }
}

// MARK: - Reading the fixtures

extension Scenario: Decodable {
    enum CodingKeys: String, CodingKey {
        case name
        case jobType = "job_type"
        case results
        case decision
    }

    /// Reads one entry of the trail fixtures.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        jobType = JobType(rawValue: try container.decode(Int.self, forKey: .jobType))
        results = try container.decode([Result].self, forKey: .results)
        guard !results.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .results, in: container, debugDescription: "a scenario needs at least one result")
        }
        let decision = try container.decode(String.self, forKey: .decision)
        guard let kind = Decision.Kind(rawValue: decision) else {
            throw DecodingError.dataCorruptedError(
                forKey: .decision, in: container,
                debugDescription: "not a decision kind (approve, reject, review, wait, retry, fix)")
        }
        expectedDecision = kind
    }

    /// The scenarios of a trail fixture file (a JSON array of trails).
    public static func load(contentsOf url: URL) throws -> [Scenario] {
        try JSONDecoder().decode([Scenario].self, from: Data(contentsOf: url))
    }
}
