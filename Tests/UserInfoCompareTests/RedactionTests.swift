import Models
import TestSupport
import Testing
@_spi(SmileIDTesting) import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// No rendering of `CompareCase`, `UserInfoComparison` or the comparator's errors shows a
/// personal value: `String(describing:)`, `String(reflecting:)`, `dump` and interpolation.
@Suite struct RedactionTests {
    static let personalValues = [
        "Adaeze", "Okonkwo-Test", "1990-03-04", "+234 803 000 0017", "12 Test Crescent", "Female", "2031-12-31",
    ]

    static func expectNoPersonalValue(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for leak in Renderings.leaks(of: value, among: personalValues) {
            Issue.record("\(leak.value) appears in: \(leak.rendering)", sourceLocation: sourceLocation)
        }
    }

    static let authority = UserInfo(
        firstName: "Adaeze", lastName: "Okonkwo-Test", dob: "1990-03-04", gender: "Female",
        phoneNumber: "+234 803 000 0017", address: "12 Test Crescent", expirationDate: "2031-12-31")
    static let document = UserInfo(fullName: "Okonkwo-Test Adaeze", dob: "04/03/1990", gender: "F")

    @Test func compareCase() {
        let compareCase = CompareCase(
            country: "NG", idAuthority: Self.authority, document: Self.document, options: .lenient)
        Self.expectNoPersonalValue(compareCase)
        Self.expectNoPersonalValue([compareCase])
        // It still says which fields each side holds, and the (non-personal) country and options.
        let text = "\(compareCase)"
        #expect(text.contains("first_name: <redacted>") && text.contains("full_name: <redacted>"))
        #expect(text.contains("NG"))
    }

    @Test func comparison() throws {
        let comparison = try UserInfoComparator().compare(
            idAuthority: Self.authority, document: Self.document, country: "NG")
        Self.expectNoPersonalValue(comparison)
        Self.expectNoPersonalValue(comparison.response())
    }

    @Test func comparisonErrors() {
        let long = String(repeating: "Adaeze ", count: 1_000)
        do {
            _ = try UserInfoComparator().compare(
                idAuthority: UserInfo(firstName: long), document: Self.document, country: "NG")
            Issue.record("a 7,000-byte name must be rejected")
        } catch {
            #expect(error == .fieldTooLong(field: "first_name", byteCount: 7_000))
            Self.expectNoPersonalValue(error)
        }
    }

    /// Lines whose errors must not repeat any value from the line.
    @Test(arguments: [
        #"{"id_authority":{"dob":19900304,"first_name":"Adaeze"},"document":{}}"#,
        #"{"id_authority":{"first_name":["Adaeze"]},"document":{}}"#,
        #"{"id_authority":{"first_name":"Adaeze"},"document":{"dob":"1990-03-04"}}"#,
        #"{"id_authority":{"first_name":"Adaeze"}}"#,
        #"{"id_authority":{"dob":"1990-03-04"},"document":{},"options":{"date_order":"Adaeze"}}"#,
        #"{"id_authority":{"dob":"1990-03-04"},"document":{},"options":{"address_partial_threshold":"Adaeze"}}"#,
        #"{"id_authority":{"dob":"1990-03-04"},"document":{"dob":1990-03-04}}"#,
        #"{"id_authority":{"first_name":"Adaeze Okonkwo-Test"} "document":{}}"#,
        #"{"id_authority":{"first_name":"Adaeze\#(String(repeating: "x", count: 5_000))"},"document":{"first_name":"x"}}"#,
    ])
    func lineErrorsCarryNoValue(line: String) {
        switch CompareLineProcessor().process(line: Array(line.utf8)) {
        case .success(let response):
            Issue.record("expected an error, got \(response.resultCode)")
        case .failure(let error):
            Self.expectNoPersonalValue(error)
            #expect(!"\(error)".contains("19900304"))
        }
    }
}
