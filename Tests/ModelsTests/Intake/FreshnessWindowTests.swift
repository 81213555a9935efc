import Models
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct FreshnessWindowTests {
    static let now = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    @Test(
        "five minutes either way, bounds inclusive",
        arguments: [
            ("2024-05-01T12:00:00.000Z", Freshness.fresh(age: .zero)),
            ("2024-05-01T11:55:00Z", .fresh(age: .seconds(300))),
            ("2024-05-01T11:54:59.999Z", .stale(age: .milliseconds(300_001))),
            ("2024-05-01T12:05:00Z", .fresh(age: .seconds(-300))),
            ("2024-05-01T12:05:01Z", .fromTheFuture(lead: .seconds(301))),
            ("2021-05-18 15:14:43 -0700", .stale(age: .seconds(93_188_717))),
            ("1714564800000", .fresh(age: .zero)),
            ("1714564500", .fresh(age: .seconds(300))),
            ("soon", .unreadable),
        ])
    func defaultWindow(_ timestamp: String, _ expected: Freshness) {
        #expect(FreshnessWindow().check(timestamp, now: Self.now) == expected)
    }

    @Test func theWindowIsConfigurable() {
        let window = FreshnessWindow(maximumAge: .seconds(30), maximumLead: .seconds(5))
        #expect(window.check("2024-05-01T11:59:29Z", now: Self.now) == .stale(age: .seconds(31)))
        #expect(window.check("2024-05-01T12:00:06Z", now: Self.now) == .fromTheFuture(lead: .seconds(6)))
        #expect(window.check("2024-05-01T11:59:30Z", now: Self.now).isFresh)
    }
}
