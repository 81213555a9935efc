import ResultCodes
import Testing

@Suite struct CompareUserInfoErrorCodeTests {
    @Test(
        "Explanation and recommended action match the fixture",
        arguments: try resultCodeRows().filter { $0.table == "compareUserInfoErrors" })
    func explanationAndAction(_ row: ResultCodeRow) throws {
        let code = try #require(CompareUserInfoErrorCode(rawValue: row.code))
        #expect(code.row.message == row.message)
        #expect(code.row.explanation == row.explanation)
        #expect(code.row.recommendedAction == row.recommendedAction)
        #expect(code.row.outcome == .error)
    }

    @Test func notAuthorizedHasNoRecommendedAction() {
        #expect(CompareUserInfoErrorCode.notAuthorized.row.recommendedAction == nil)
    }

    @Test("Every error has an explanation", arguments: CompareUserInfoErrorCode.allCases)
    func everyErrorHasAnExplanation(_ code: CompareUserInfoErrorCode) {
        #expect(code.row.explanation?.isEmpty == false)
    }
}
