import Foundation
import TestSupport
import Testing

/// One row of `Fixtures/result-codes.json`: a code of one table, transcribed from the seeds.
struct ResultCodeRow: Sendable, Hashable {
    var table: String
    var jobTypes: [Int]
    var code: String
    var message: String
    var outcome: String
    var stage: String
    var nextStep: String
    var footnote: String?

    /// Every row, in the fixture's order (the tables' order, each in Smile ID's order).
    static let all: [ResultCodeRow] = (try? Fixtures.decode(Fixture.self, from: "result-codes.json"))?.rows ?? []

    /// `Fixtures/result-codes.json`: tables, each with its name, job types and rows.
    private struct Fixture: Decodable {
        struct Table: Decodable {
            var table: String
            var jobTypes: [Int]
            var rows: [Row]

            enum CodingKeys: String, CodingKey {
                case table, rows
                case jobTypes = "job_types"
            }
        }

        struct Row: Decodable {
            var code: String
            var message: String
            var outcome: String
            var stage: String
            var nextStep: String
            var footnote: String?

            enum CodingKeys: String, CodingKey {
                case code, message, outcome, stage, footnote
                case nextStep = "next_step"
            }
        }

        var tables: [Table]

        var rows: [ResultCodeRow] {
            tables.flatMap { table in
                table.rows.map { row in
                    ResultCodeRow(
                        table: table.table, jobTypes: table.jobTypes, code: row.code, message: row.message,
                        outcome: row.outcome, stage: row.stage, nextStep: row.nextStep, footnote: row.footnote)
                }
            }
        }
    }

    /// Whether the outcome is charged, as the seeds say: every outcome but error and 1015's.
    var incursCharge: Bool { outcome != "error" && outcome != "processingContinues" }

    /// Expects `object`, one code as `smileid explain --json` prints it, to describe this row.
    func expectDescribed(by object: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(object["code"] as? String == code, sourceLocation: sourceLocation)
        #expect(object["known"] as? Bool == true, sourceLocation: sourceLocation)
        #expect(object["table"] as? String == table, sourceLocation: sourceLocation)
        #expect(object["job_types"] as? [Int] == jobTypes, sourceLocation: sourceLocation)
        #expect(object["message"] as? String == message, sourceLocation: sourceLocation)
        #expect(object["outcome"] as? String == outcome, sourceLocation: sourceLocation)
        #expect(object["incurs_charge"] as? Bool == incursCharge, sourceLocation: sourceLocation)
        #expect(object["stage"] as? String == stage, sourceLocation: sourceLocation)
        #expect(object["next_step"] as? String == nextStep, sourceLocation: sourceLocation)
        if let footnote {
            #expect(object["footnote"] as? String == footnote, sourceLocation: sourceLocation)
        } else {
            #expect(object["footnote"] is NSNull, sourceLocation: sourceLocation)
        }
    }
}
