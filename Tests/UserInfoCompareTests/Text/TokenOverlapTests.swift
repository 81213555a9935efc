import Testing

@testable import UserInfoCompare

@Suite struct TokenOverlapTests {
    @Test func countsDistinctTokens() {
        let overlap = TokenOverlap(["a", "b", "a", "c"], ["c", "c", "d"])
        #expect(overlap == TokenOverlap(firstCount: 3, secondCount: 2, sharedCount: 1))
        #expect(overlap.sharesAToken)
        #expect(!TokenOverlap(["a"], ["b"]).sharesAToken)
        #expect(TokenOverlap([], []) == TokenOverlap(firstCount: 0, secondCount: 0, sharedCount: 0))
    }

    @Test func largeListsAgreeWithSmallListLogic() {
        let first = (0..<40).map { "w\($0 % 25)" }
        let second = (10..<60).map { "w\($0)" }
        // distinct first: w0…w24 (25); second: w10…w59 (50); shared: w10…w24 (15)
        #expect(TokenOverlap(first, second) == TokenOverlap(firstCount: 25, secondCount: 50, sharedCount: 15))
    }

    @Test func canonicalEquivalentTokensAreShared() {
        #expect(TokenOverlap(["caf\u{E9}"], ["cafe\u{301}"]).sharedCount == 1)
        let many = Array(repeating: "x", count: 20)
        #expect(TokenOverlap(many + ["caf\u{E9}"], many + ["cafe\u{301}"]).sharedCount == 2)
    }
}
