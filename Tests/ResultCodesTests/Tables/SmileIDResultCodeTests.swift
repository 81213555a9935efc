import Models
import Testing

@testable import ResultCodes

/// The tables against `Fixtures/result-codes.json`, both ways, and the protocol's derived API.
@Suite struct SmileIDResultCodeTests {
    @Test(
        "Every fixture row is a code of its table with the same message, outcome, stage, next step, footnote and job types",
        arguments: try resultCodeRows())
    func fixtureRowExistsInTable(_ row: ResultCodeRow) throws {
        let table = try #require(ResultCodeTable(rawValue: row.table), "unknown table name \(row.table)")
        let code = try #require(table.codes.first { $0.code == row.code }, "\(row.code) missing from \(table)")
        #expect(code.table == table)
        #expect(code.message == row.message)
        #expect(code.outcome?.rawValue == row.outcome)
        #expect(code.stage?.rawValue == row.stage)
        #expect(code.nextStep?.rawValue == row.nextStep)
        #expect(code.row == code.tableCode?.row)
        #expect(code.footnote == row.footnote)
        #expect(table.jobTypes.map(\.rawValue) == row.jobTypes)
    }

    @Test("Every code of every table appears in the fixture exactly once", arguments: ResultCodeTable.allCases)
    func everyCaseIsInFixtureOnce(_ table: ResultCodeTable) throws {
        let rows = try resultCodeRows().filter { $0.table == table.rawValue }
        for code in table.codes {
            #expect(rows.count { $0.code == code.code } == 1, "\(table.rawValue) \(code.code)")
        }
        #expect(rows.count == table.codes.count)
        #expect(Set(table.codes.map(\.code)).count == table.codes.count, "a code is listed twice in \(table)")
    }

    /// Counted by hand from the seeds (000_….txt tables by header line; 003_….txt code tables).
    @Test(
        "Row counts per table match the seed",
        arguments: [
            (ResultCodeTable.general, 12), (.biometricKYC, 19), (.smartSelfieAuthentication, 15),
            (.smartSelfieRegistration, 11), (.updatePhoto, 14), (.enhancedKYC, 7), (.idAPIErrors, 6),
            (.compareUserInfo, 3), (.compareUserInfoErrors, 3),
        ])
    func rowCount(_ table: ResultCodeTable, _ expected: Int) throws {
        #expect(table.codes.count == expected)
        #expect(try resultCodeRows().count { $0.table == table.rawValue } == expected)
    }

    @Test("Fixture rows keep the seed's table order", arguments: ResultCodeTable.allCases)
    func fixtureOrderMatchesDeclarationOrder(_ table: ResultCodeTable) throws {
        let fixtureCodes = try resultCodeRows().filter { $0.table == table.rawValue }.map(\.code)
        #expect(table.codes.map(\.code) == fixtureCodes)
    }

    @Test("Generic code sees each table's type, raw values and derived properties", arguments: ResultCodeTable.allCases)
    func genericWalk(_ table: ResultCodeTable) {
        func walk<Code: SmileIDResultCode>(_: Code.Type) -> [String] {
            #expect(Code.table == table)
            return Code.allCases.map { code in
                #expect(Code(rawValue: code.rawValue) == code)
                #expect(code.code == code.rawValue)
                #expect(code.table == table)
                #expect(code.isError == (code.outcome == .error))
                #expect(code.incursCharge == code.outcome.incursCharge)
                #expect(code.resultCode.tableCode?.rawValue == code.rawValue)
                #expect(code.resultCode.table == table)
                #expect(code.stage == code.row.stage && code.nextStep == code.row.nextStep)
                #expect(CodeDirectory.number(code.rawValue) != nil, "\(code.rawValue) is not 4 ASCII digits")
                return code.rawValue
            }
        }
        #expect(walk(table.codeType) == table.codes.map(\.code))
    }

    @Test("Messages carry no footnote marker and no surrounding spaces", arguments: ResultCode.allKnownCodes())
    func messagesAreClean(_ code: ResultCode) throws {
        let message = try #require(code.message)
        #expect(!message.hasSuffix("*"))
        #expect(!message.hasPrefix(" ") && !message.hasSuffix(" "))
        #expect(!message.isEmpty)
    }
}
