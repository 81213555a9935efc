import Models
import SmileIDInternals
import TestSupport
import Testing
@_spi(SmileIDTesting) import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `writeCompactJSON(into:)` against `OrderedJSONEncoder().encode(response())`: byte for byte.
@Suite struct UserInfoComparisonCompactJSONTests {
    static func written(_ comparison: UserInfoComparison) -> [UInt8] {
        var bytes: [UInt8] = []
        comparison.writeCompactJSON(into: &bytes)
        return bytes
    }

    @Test func matchesTheEncoderForEveryOutcomeCombination() throws {
        let outcomes = FieldOutcome.allCases
        var checked = 0
        for name in outcomes {
            for dob in outcomes {
                for gender in outcomes {
                    for phone in outcomes {
                        for address in outcomes {
                            for expiration in outcomes {
                                guard
                                    let comparison = try? UserInfoComparison(
                                        name: name, dob: dob, gender: gender, phoneNumber: phone, address: address,
                                        expirationDate: expiration)
                                else { continue }
                                let encoded = try OrderedJSONEncoder().encode(comparison.response())
                                #expect(Self.written(comparison) == encoded, "\(comparison)")
                                checked += 1
                            }
                        }
                    }
                }
            }
        }
        // 5^6 combinations but the one where every field is Not Provided.
        #expect(checked == 15_624)
    }

    @Test func matchesTheEncoderForEveryGoldenCase() throws {
        let processor = CompareLineProcessor()
        var checked = 0
        for file in try Fixtures.files(in: "compare") {
            let bytes = Array(try Fixtures.data(file))
            guard case .success(let comparison) = processor.compare(line: bytes) else { continue }
            let written = Self.written(comparison)
            #expect(written == (try OrderedJSONEncoder().encode(comparison.response())), "\(file)")
            // And it is the golden response.
            let expected = try JSONDecoder().decode(Golden.self, from: Data(bytes)).expected
            #expect(try JSONDecoder().decode(CompareUserInfoResponse.self, from: Data(written)) == expected, "\(file)")
            checked += 1
        }
        #expect(checked >= 100)
    }

    @Test func appendsAfterWhatIsThere() {
        guard
            let comparison = try? UserInfoComparison(
                name: .exactMatch, dob: .notProvided, gender: .notProvided, phoneNumber: .notProvided,
                address: .notProvided, expirationDate: .notProvided)
        else {
            Issue.record("the comparison was refused")
            return
        }
        var bytes = Array("x".utf8)
        comparison.writeCompactJSON(into: &bytes)
        #expect(bytes.first == UInt8(ascii: "x"))
        #expect(
            String(decoding: bytes.dropFirst(), as: UTF8.self).hasPrefix(
                #"{"ResultText":"Exact Match","ResultCode":"1020","#))
    }

    struct Golden: Decodable {
        var expected: CompareUserInfoResponse
    }
}
