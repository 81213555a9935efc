import ResultCodes
import Testing

@Suite struct CompareUserInfoCodeTests {
    @Test(
        "Result text, recommended action and outcome match the fixture",
        arguments: try resultCodeRows().filter { $0.table == "compareUserInfo" })
    func resultTextAndAction(_ row: ResultCodeRow) throws {
        let code = try #require(CompareUserInfoCode(rawValue: row.code))
        #expect(code.row.resultText == row.resultText)
        #expect(code.row.recommendedAction == row.recommendedAction)
        #expect(code.row.message == row.message)
        #expect(code.row.outcome.rawValue == row.outcome)
        #expect(CompareUserInfoCode.table == .compareUserInfo)
    }

    /// `UserInfoComparison.resultText` and the decisions' reasons read it.
    @Test("Every compare result has a result text and a recommended action", arguments: CompareUserInfoCode.allCases)
    func everyResultHasItsText(_ code: CompareUserInfoCode) {
        #expect(code.row.resultText?.isEmpty == false)
        #expect(code.row.recommendedAction?.isEmpty == false)
    }

    @Test func resultTexts() {
        #expect(CompareUserInfoCode.allCases.map(\.row.resultText) == ["Exact Match", "Partial Match", "No Match"])
    }
}
