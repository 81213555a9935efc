import Models
import Testing

@testable import ResultCodes

/// The generated tables against `Fixtures/result-codes.json`, both ways, and the protocol's API.
@Suite struct SmileIDResultCodeTests {
    @Test(
        "Every fixture row is a code of its table with the same case name and columns",
        arguments: try resultCodeRows())
    func fixtureRowExistsInTable(_ row: ResultCodeRow) throws {
        let table = try #require(ResultCodeTable(rawValue: row.table), "unknown table name \(row.table)")
        let code = try #require(table.codes.first { $0.code == row.code }, "\(row.code) missing from \(table)")
        let columns = try #require(code.row)
        #expect(code.table == table)
        #expect(columns.message == row.message)
        #expect(columns.outcome.rawValue == row.outcome)
        #expect(columns.stage.rawValue == row.stage)
        #expect(columns.nextStep.rawValue == row.nextStep)
        #expect(columns.footnote == row.footnote)
        #expect(columns.resultText == row.resultText)
        #expect(columns.explanation == row.explanation)
        #expect(columns.recommendedAction == row.recommendedAction)
        #expect(code.row == code.tableCode?.row)
        #expect(code.tableCode.map { String(describing: $0) } == row.caseName)
        #expect(table.jobTypes.map(\.rawValue) == row.jobTypes)
    }

    @Test(
        "Every table of the fixture is a table with the same names, title and job types",
        arguments: try resultCodeTables())
    func fixtureTableHeader(_ fixture: ResultCodeFixture.Table) throws {
        let table = try #require(ResultCodeTable(rawValue: fixture.table), "unknown table name \(fixture.table)")
        #expect(String(describing: table.codeType) == fixture.swiftType)
        #expect(table.title == fixture.title)
        #expect(table.jobTypes.map(\.rawValue) == fixture.jobTypes)
        for code in table.codes {
            #expect(Mirror(reflecting: code).children.first?.label == fixture.resultCodeCase, "\(code.code)")
        }
    }

    @Test func fixtureListsEveryTableInOrder() throws {
        #expect(try resultCodeTables().map(\.table) == ResultCodeTable.allCases.map(\.rawValue))
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

    @Test("Generic code sees each table's type, raw values and rows", arguments: ResultCodeTable.allCases)
    func genericWalk(_ table: ResultCodeTable) {
        func walk<Code: SmileIDResultCode>(_: Code.Type) -> [String] {
            #expect(Code.table == table)
            return Code.allCases.map { code in
                #expect(Code(rawValue: code.rawValue) == code)
                #expect(code.resultCode.tableCode?.rawValue == code.rawValue)
                #expect(code.resultCode.table == table)
                #expect(code.resultCode.row == code.row)
                #expect(CodeDirectory.number(code.rawValue) != nil, "\(code.rawValue) is not 4 ASCII digits")
                return code.rawValue
            }
        }
        #expect(walk(table.codeType) == table.codes.map(\.code))
    }

    @Test("Messages carry no footnote marker and no surrounding spaces", arguments: ResultCode.allKnownCodes())
    func messagesAreClean(_ code: ResultCode) throws {
        let message = try #require(code.row?.message)
        #expect(!message.hasSuffix("*"))
        #expect(!message.hasPrefix(" ") && !message.hasSuffix(" "))
        #expect(!message.isEmpty)
    }
}
