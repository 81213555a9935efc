import ResultCodes
import TestSupport
import Testing

/// One row of `Fixtures/result-codes.json`: a code of one table, transcribed from the seeds.
struct ResultCodeRow: Decodable, Sendable, CustomTestStringConvertible {
    let table: String
    let jobTypes: [Int]
    let code: String
    let message: String
    let outcome: String
    let stage: String
    let nextStep: String
    let footnote: String?
    let explanation: String?
    let recommendedAction: String?
    let resultText: String?

    enum CodingKeys: String, CodingKey {
        case table, code, message, outcome, stage, footnote, explanation
        case jobTypes = "job_types"
        case nextStep = "next_step"
        case recommendedAction = "recommended_action"
        case resultText = "result_text"
    }

    var testDescription: String { "\(table) \(code)" }
}

/// Every row of `Fixtures/result-codes.json`, in file order.
func resultCodeRows() throws -> [ResultCodeRow] {
    try Fixtures.decode([ResultCodeRow].self, from: "result-codes.json")
}
