/// How two token lists overlap as sets of distinct tokens.
///
/// Lists of up to ``smallListLimit`` tokens are compared pairwise without allocating; longer
/// ones through hash sets, so the cost stays linear in the number of tokens.
struct TokenOverlap: Sendable, Hashable {
    /// The number of distinct tokens in the first list.
    var firstCount: Int
    /// The number of distinct tokens in the second list.
    var secondCount: Int
    /// The number of distinct tokens in both lists.
    var sharedCount: Int

    /// Lists up to this length are compared pairwise.
    static let smallListLimit = 12

    init(firstCount: Int, secondCount: Int, sharedCount: Int) {
        self.firstCount = firstCount
        self.secondCount = secondCount
        self.sharedCount = sharedCount
    }

    /// Measures the overlap of two token lists.
    init(_ first: [String], _ second: [String]) {
        if first.count <= Self.smallListLimit && second.count <= Self.smallListLimit {
            firstCount = Self.distinctCount(first)
            secondCount = Self.distinctCount(second)
            var shared = 0
            for (index, token) in first.enumerated()
            where !first[..<index].contains(token) && second.contains(token) {
                shared += 1
            }
            sharedCount = shared
        } else {
            let firstSet = Set(first)
            let secondSet = Set(second)
            firstCount = firstSet.count
            secondCount = secondSet.count
            let (smaller, larger) = firstSet.count <= secondSet.count ? (firstSet, secondSet) : (secondSet, firstSet)
            sharedCount = smaller.reduce(0) { $0 + (larger.contains($1) ? 1 : 0) }
        }
    }

    /// Whether some token is in both lists.
    var sharesAToken: Bool { sharedCount > 0 }

    private static func distinctCount(_ tokens: [String]) -> Int {
        var count = 0
        for (index, token) in tokens.enumerated() where !tokens[..<index].contains(token) {
            count += 1
        }
        return count
    }
}
