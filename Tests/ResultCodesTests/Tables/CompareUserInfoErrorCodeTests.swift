import ResultCodes
import Testing

@Suite struct CompareUserInfoErrorCodeTests {
    @Test(
        "Explanation and recommended action match the fixture",
        arguments: try resultCodeRows().filter { $0.table == "compareUserInfoErrors" })
    func explanationAndAction(_ row: ResultCodeRow) throws {
        let code = try #require(CompareUserInfoErrorCode(rawValue: row.code))
        #expect(code.message == row.message)
        #expect(code.explanation == row.explanation)
        #expect(code.recommendedAction == row.recommendedAction)
        #expect(code.outcome == .error)
    }

    @Test func notAuthorizedHasNoRecommendedAction() {
        #expect(CompareUserInfoErrorCode.notAuthorized.recommendedAction == nil)
    }
}
