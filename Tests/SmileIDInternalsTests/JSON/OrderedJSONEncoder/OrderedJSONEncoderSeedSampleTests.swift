import Models
import SmileIDInternals
import TestSupport
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `compare_user_info` sample response of the seed (003, lines 50–72), copied verbatim to
/// `Fixtures/orderedjson/seed-sample-response.json`, decoded and encoded again.
@Suite("OrderedJSONEncoder writes the seed's compare_user_info sample in the seed's key order")
struct OrderedJSONEncoderSeedSampleTests {
    private static let fixture = "orderedjson/seed-sample-response.json"

    private func prettyEncodedSample() throws -> String {
        let response = try Fixtures.decode(CompareUserInfoResponse.self, from: Self.fixture)
        return try OrderedJSONEncoder(outputFormatting: .prettyPrinted).encodeToString(response)
    }

    @Test func prettyOutputIsTheSampleIndented() throws {
        let expected = """
            {
              "SmileJobID": "0000000407",
              "PartnerParams": {
                "user_id": "TEST_DEV_DOCV_USER_017",
                "job_id": "83c949f6-a8dd-49cc-adf7-aa9dc6553aba",
                "job_type": 9
              },
              "ResultText": "Partial Match",
              "ResultCode": "1021",
              "Actions": {
                "Return_Personal_Info": "Not Applicable",
                "Verify_ID_Number": "Verified",
                "Name": "No Match",
                "DOB": "Exact Match",
                "Gender": "Exact Match",
                "PhoneNumber": "Exact Match",
                "Address": "No Match",
                "ExpirationDate": "Exact Match",
                "ID_Verification": "Partial Match"
              },
              "signature": "ntlu...",
              "timestamp": "2022-05-24T18:43:42.536Z"
            }
            """
        #expect(try prettyEncodedSample() == expected)
    }

    /// The seed prints the sample unindented; without indentation the output is the seed's text.
    @Test func prettyOutputLinesAreTheSeedsLines() throws {
        let seedLines = String(decoding: try Fixtures.data(Self.fixture), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
        let ourLines = try prettyEncodedSample()
            .split(separator: "\n")
            .map { String($0.drop { $0 == " " }) }
        #expect(seedLines.count == 23)
        #expect(ourLines == seedLines)
    }

    @Test func keysAreInTheSeedsOrder() throws {
        let text = try prettyEncodedSample()
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.first == "\"", let end = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
        }
        #expect(
            keys == [
                "SmileJobID", "PartnerParams", "user_id", "job_id", "job_type", "ResultText", "ResultCode", "Actions",
                "Return_Personal_Info", "Verify_ID_Number", "Name", "DOB", "Gender", "PhoneNumber", "Address",
                "ExpirationDate", "ID_Verification", "signature", "timestamp",
            ])
    }

    @Test func compactOutputIsTheSampleWithoutWhitespace() throws {
        let seed = String(decoding: try Fixtures.data(Self.fixture), as: UTF8.self)
        let seedCompact = seed.replacing("\n", with: "").replacing("\": ", with: "\":")
        let response = try Fixtures.decode(CompareUserInfoResponse.self, from: Self.fixture)
        #expect(try OrderedJSONEncoder().encodeToString(response) == seedCompact)
    }
}
