import Models
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `Date(smileIDTimestamp:)` over `Fixtures/intake/timestamps.json`.
@Suite struct SmileIDTimestampTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var text: String
        var milliseconds: Int64?
        var about: String
        var testDescription: String { about }
    }

    static var cases: [Case] {
        struct File: Decodable { var cases: [Case] }
        return (try? Fixtures.decode(File.self, from: "intake/timestamps.json").cases) ?? []
    }

    @Test func theTableLoads() throws {
        struct File: Decodable { var cases: [Case] }
        #expect(try Fixtures.decode(File.self, from: "intake/timestamps.json").cases.count >= 30)
    }

    @Test(arguments: cases)
    func reads(_ timestampCase: Case) {
        let date = Date(smileIDTimestamp: timestampCase.text)
        let milliseconds = date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded(.down)) }
        #expect(milliseconds == timestampCase.milliseconds)
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"), (1_714_564_800_000, "2024-05-01T12:00:00.000Z"),
        (1_709_164_800_123, "2024-02-29T00:00:00.123Z"), (951_782_399_999, "2000-02-28T23:59:59.999Z"),
        (-1, "1969-12-31T23:59:59.999Z"), (253_402_300_799_000, "9999-12-31T23:59:59.000Z"),
    ])
    func writesWhatItReads(_ milliseconds: Int64, _ text: String) {
        let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        #expect(date.smileIDTimestamp == text)
        #expect(Date(smileIDTimestamp: text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } == milliseconds)
    }

    @Test func everyMillisecondOfADayRoundTrips() {
        // A date computed as an offset (not exactly a millisecond in binary) is written to the
        // nearest millisecond, and read back to it.
        let start = Date(timeIntervalSince1970: 1_714_564_800)
        for step in stride(from: 0, to: 86_400_000, by: 997) {
            let date = start.addingTimeInterval(Double(step) / 1000)
            let back = Date(smileIDTimestamp: date.smileIDTimestamp)
            #expect(back.map { abs($0.timeIntervalSince(date)) < 0.0006 } == true, "\(step)")
        }
    }
}
