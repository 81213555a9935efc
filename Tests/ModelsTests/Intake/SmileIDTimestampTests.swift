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
}
