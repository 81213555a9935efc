import Foundation
import TestSupport

/// One row of `Fixtures/result-codes.json`: a code of one table, transcribed from the seeds.
struct ResultCodeRow: Decodable, Sendable, Hashable {
    var table: String
    var jobTypes: [Int]
    var code: String
    var message: String
    var outcome: String

    enum CodingKeys: String, CodingKey {
        case table
        case jobTypes = "job_types"
        case code
        case message
        case outcome
    }

    /// Every row, in the fixture's order (the tables' order, each in Smile ID's order).
    static let all: [ResultCodeRow] = (try? Fixtures.decode([ResultCodeRow].self, from: "result-codes.json")) ?? []

    /// Whether the outcome is charged, as the seeds say: every outcome but error and 1015's.
    var incursCharge: Bool { outcome != "error" && outcome != "processingContinues" }
}
