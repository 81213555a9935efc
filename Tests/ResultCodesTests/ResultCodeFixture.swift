import ResultCodes
import TestSupport
import Testing

/// `Fixtures/result-codes.json`: the tables, the one source the generator writes the Swift from.
struct ResultCodeFixture: Decodable, Sendable {
    /// One table: its header and its rows.
    struct Table: Decodable, Sendable, CustomTestStringConvertible {
        let table: String
        let swiftType: String
        let resultCodeCase: String
        let title: String
        let jobTypes: [Int]
        let doc: String
        let rows: [Row]

        enum CodingKeys: String, CodingKey {
            case table, title, doc, rows
            case swiftType = "swift_type"
            case resultCodeCase = "result_code_case"
            case jobTypes = "job_types"
        }

        var testDescription: String { table }
    }

    /// One row as the JSON holds it.
    struct Row: Decodable, Sendable {
        let code: String
        let caseName: String
        let doc: String
        let message: String
        let outcome: String
        let stage: String
        let nextStep: String
        let footnote: String?
        let resultText: String?
        let explanation: String?
        let recommendedAction: String?

        enum CodingKeys: String, CodingKey {
            case code, doc, message, outcome, stage, footnote, explanation
            case caseName = "case"
            case nextStep = "next_step"
            case resultText = "result_text"
            case recommendedAction = "recommended_action"
        }
    }

    let tables: [Table]

    /// The fixture, decoded.
    static func load() throws -> ResultCodeFixture {
        try Fixtures.decode(ResultCodeFixture.self, from: "result-codes.json")
    }
}

/// One code of one table, with its table's name and job types: a row of `Fixtures/result-codes.json`.
struct ResultCodeRow: Sendable, CustomTestStringConvertible {
    let table: String
    let jobTypes: [Int]
    let code: String
    let caseName: String
    let message: String
    let outcome: String
    let stage: String
    let nextStep: String
    let footnote: String?
    let explanation: String?
    let recommendedAction: String?
    let resultText: String?

    init(_ row: ResultCodeFixture.Row, of table: ResultCodeFixture.Table) {
        self.table = table.table
        jobTypes = table.jobTypes
        code = row.code
        caseName = row.caseName
        message = row.message
        outcome = row.outcome
        stage = row.stage
        nextStep = row.nextStep
        footnote = row.footnote
        explanation = row.explanation
        recommendedAction = row.recommendedAction
        resultText = row.resultText
    }

    var testDescription: String { "\(table) \(code)" }
}

/// Every table of `Fixtures/result-codes.json`, in file order.
func resultCodeTables() throws -> [ResultCodeFixture.Table] {
    try ResultCodeFixture.load().tables
}

/// Every row of `Fixtures/result-codes.json`, table by table, in file order.
func resultCodeRows() throws -> [ResultCodeRow] {
    try resultCodeTables().flatMap { table in table.rows.map { ResultCodeRow($0, of: table) } }
}
