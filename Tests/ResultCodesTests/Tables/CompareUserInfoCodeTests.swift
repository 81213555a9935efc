import ResultCodes
import Testing

@Suite struct CompareUserInfoCodeTests {
    @Test(
        "Result text, recommended action and outcome match the fixture",
        arguments: try resultCodeRows().filter { $0.table == "compareUserInfo" })
    func resultTextAndAction(_ row: ResultCodeRow) throws {
        let code = try #require(CompareUserInfoCode(rawValue: row.code))
        #expect(code.resultText == row.resultText)
        #expect(code.recommendedAction == row.recommendedAction)
        #expect(code.message == row.message)
        #expect(code.outcome.rawValue == row.outcome)
        #expect(CompareUserInfoCode.table == .compareUserInfo)
    }
}
