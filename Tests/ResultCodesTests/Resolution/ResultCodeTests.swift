import Models
import ResultCodes
import Testing

/// What a code should resolve to.
enum Expected: Sendable, Hashable, CustomTestStringConvertible {
    case table(ResultCodeTable, Outcome)
    case ambiguous([ResultCodeTable])
    case unknown

    var testDescription: String {
        switch self {
        case .table(let table, let outcome): "\(table.rawValue) \(outcome.rawValue)"
        case .ambiguous(let tables): "ambiguous \(tables.map(\.rawValue))"
        case .unknown: "unknown"
        }
    }
}

/// One row of a resolution table: a code, an optional job type number, and what it must become.
struct Resolution: Sendable, CustomTestStringConvertible {
    let code: String
    let jobType: Int?
    let expected: Expected

    init(_ code: String, _ jobType: Int?, _ expected: Expected) {
        self.code = code
        self.jobType = jobType
        self.expected = expected
    }

    var testDescription: String { "\(code) job \(jobType.map(String.init) ?? "none") → \(expected.testDescription)" }
}

@Suite struct ResultCodeTests {
    // MARK: - Resolution tables

    static let resolutions: [Resolution] = [
        // Biometric KYC: lookup, machine and human codes.
        Resolution("0812", 1, .table(.biometricKYC, .provisionallyApproved)),
        Resolution("0812", nil, .table(.biometricKYC, .provisionallyApproved)),
        Resolution("0810", 1, .table(.biometricKYC, .approved)),
        Resolution("1213", 1, .table(.biometricKYC, .provisionallyApproved)),
        Resolution("0908", 1, .table(.biometricKYC, .error)),
        // A code of another job type's table is not read in the wrong table.
        Resolution("0810", 5, .unknown),
        Resolution("0820", 1, .unknown),
        Resolution("1020", 5, .unknown),
        // General failures apply to every job type.
        Resolution("0001", 1, .table(.general, .rejected)),
        Resolution("0001", 6, .table(.general, .rejected)),
        Resolution("2203", 5, .table(.general, .error)),
        Resolution("2203", 99, .table(.general, .error)),
        Resolution("2203", nil, .table(.general, .error)),
        // Job types without a table look only in General.
        Resolution("0812", 6, .unknown),
        Resolution("1012", 7, .unknown),
        Resolution("2212", 10, .table(.general, .error)),
        Resolution("2314", 11, .table(.general, .error)),
        Resolution("2211", 12, .unknown),
        Resolution("2211", 3, .unknown),
        // SmartSelfie tables.
        Resolution("0846", 4, .table(.smartSelfieRegistration, .pending)),
        Resolution("0846", nil, .table(.smartSelfieRegistration, .pending)),
        Resolution("2208", 2, .table(.smartSelfieAuthentication, .error)),
        Resolution("2208", 8, .table(.updatePhoto, .error)),
        Resolution("2208", nil, .ambiguous([.smartSelfieAuthentication, .updatePhoto])),
        Resolution("2208", 4, .unknown),
        Resolution("0882", 8, .table(.updatePhoto, .provisionallyApproved)),
        // Enhanced KYC and its ID API errors.
        Resolution("1013", 5, .table(.enhancedKYC, .rejected)),
        Resolution("1013", nil, .ambiguous([.biometricKYC, .enhancedKYC])),
        Resolution("2301", 5, .table(.idAPIErrors, .error)),
        Resolution("2301", nil, .table(.idAPIErrors, .error)),
        Resolution("2301", 1, .unknown),
        // compare_user_info.
        Resolution("1020", 9, .table(.compareUserInfo, .approved)),
        Resolution("1021", nil, .table(.compareUserInfo, .provisionallyApproved)),
        Resolution("2413", 9, .table(.compareUserInfoErrors, .error)),
        Resolution("2421", nil, .table(.compareUserInfoErrors, .error)),
        Resolution("9999", nil, .unknown),
        Resolution("0000", 1, .unknown),
    ]

    @Test("Resolution table", arguments: resolutions)
    func resolves(_ row: Resolution) {
        let resolved = ResultCode(row.code, jobType: row.jobType.map(JobType.init(rawValue:)))
        expect(resolved, is: row.expected, code: row.code)
    }

    /// Resolves every fixture code for every job type (and none) against a reference built only
    /// from the fixture rows and ``ResultCodeTable/tables(for:)``.
    @Test(
        "Every fixture code under every job type agrees with the fixture-based reference",
        arguments: [nil] + JobType.allCases.map(\.rawValue) + [3, 99])
    func agreesWithReference(_ jobTypeNumber: Int?) throws {
        let rows = try resultCodeRows()
        let jobType = jobTypeNumber.map(JobType.init(rawValue:))
        func resolved(_ row: ResultCodeRow) throws -> Expected {
            .table(try #require(ResultCodeTable(rawValue: row.table)), try #require(Outcome(rawValue: row.outcome)))
        }
        for code in Set(rows.map(\.code)) {
            let matching = rows.filter { $0.code == code }
            let expected: Expected
            if let jobType {
                let order = ResultCodeTable.tables(for: jobType) + [.general]
                let hit = order.lazy.compactMap { table in matching.first { $0.table == table.rawValue } }.first
                expected = try hit.map(resolved) ?? .unknown
            } else if let general = matching.first(where: { $0.table == "general" }) {
                expected = try resolved(general)
            } else if matching.count == 1 {
                expected = try resolved(matching[0])
            } else {
                expected = .ambiguous(matching.compactMap { ResultCodeTable(rawValue: $0.table) })
            }
            expect(ResultCode(code, jobType: jobType), is: expected, code: code)
        }
    }

    // MARK: - The codes whose meaning depends on the job type

    @Test func code2212IsHTTPFailureInEnhancedKYCAndInvalidJobTypeOtherwise() {
        let enhanced = ResultCode("2212", jobType: .enhancedKYC)
        #expect(enhanced == .enhancedKYC(.httpRequestFailed))
        #expect(enhanced.row?.message == "(Mobile SDK Only) Error - HTTP Request Failed")
        #expect(enhanced.row?.outcome == .error)
        let none = ResultCode("2212")
        #expect(none == .general(.invalidJobType))
        #expect(none.row?.message == "Error - Invalid job type")
        #expect(ResultCode("2212", jobType: .biometricKYC) == .general(.invalidJobType))
    }

    @Test func code2314IsProductActivationInIDAPIAndNoZipOtherwise() {
        let enhanced = ResultCode("2314", jobType: .enhancedKYC)
        #expect(enhanced == .idAPIError(.productActivationRequired))
        #expect(enhanced.row?.message == "Error - Product Activation Required")
        #expect(enhanced.table == .idAPIErrors)
        let none = ResultCode("2314")
        #expect(none == .general(.noZipFileReceived))
        #expect(none.row?.message == "Error - No Zip File Received")
    }

    @Test func code2211DependsOnJobTypeAndIsAmbiguousWithout() {
        let auth = ResultCode("2211", jobType: .smartSelfieAuthentication)
        #expect(auth == .smartSelfieAuthentication(.enrolledUserMustReEnroll))
        #expect(auth.row?.outcome == .error)
        #expect(auth.row?.outcome.incursCharge == false)
        let update = ResultCode("2211", jobType: .updatePhoto)
        #expect(update == .updatePhoto(.enrolledUserMustReEnroll))
        #expect(update.row?.message == "Error - Enrolled user must complete re-enrollment before attempting Update")
        let enhanced = ResultCode("2211", jobType: .enhancedKYC)
        #expect(enhanced == .enhancedKYC(.idValidationFailed))
        #expect(enhanced.row?.outcome == .rejected)
        #expect(enhanced.row?.outcome.incursCharge == true)
        let none = ResultCode("2211")
        #expect(none == .ambiguous(code: "2211", candidates: [.smartSelfieAuthentication, .updatePhoto, .enhancedKYC]))
        #expect(none.code == "2211")
        #expect(none.row == nil && none.table == nil)
        #expect(!none.isKnown)
    }

    @Test func code1014IsRejectedInBiometricKYCAndAnErrorInEnhancedKYC() {
        #expect(ResultCode("1014", jobType: .biometricKYC) == .biometricKYC(.unsupportedIDNumberFormat))
        #expect(ResultCode("1014", jobType: .biometricKYC).row?.outcome == .rejected)
        #expect(ResultCode("1014", jobType: .enhancedKYC) == .enhancedKYC(.unsupportedIDNumberFormat))
        #expect(ResultCode("1014", jobType: .enhancedKYC).row?.outcome == .error)
        #expect(ResultCode("1014") == .ambiguous(code: "1014", candidates: [.biometricKYC, .enhancedKYC]))
    }

    @Test func code1015ContinuesInBiometricKYCAndIsAnUnchargedErrorInEnhancedKYC() {
        let biometric = ResultCode("1015", jobType: .biometricKYC)
        #expect(biometric.row?.outcome == .processingContinues)
        #expect(biometric.row?.outcome.incursCharge == false)
        #expect(biometric.row?.outcome != .error)
        #expect(biometric.row?.footnote == nil)
        let enhanced = ResultCode("1015", jobType: .enhancedKYC)
        #expect(enhanced.row?.outcome == .error)
        #expect(enhanced.row?.outcome.incursCharge == false)
        #expect(enhanced.row?.footnote?.hasPrefix("Queried Database Unavailable refers to the ID Authority") == true)
        #expect(ResultCode("1015") == .ambiguous(code: "1015", candidates: [.biometricKYC, .enhancedKYC]))
    }

    @Test func code1012IsProvisionalInBiometricKYCAndApprovedInEnhancedKYC() {
        #expect(ResultCode("1012", jobType: .biometricKYC).row?.outcome == .provisionallyApproved)
        #expect(ResultCode("1012", jobType: .biometricKYC).row?.message == "ID Verification Success")
        #expect(ResultCode("1012", jobType: .enhancedKYC).row?.outcome == .approved)
        #expect(ResultCode("1012", jobType: .enhancedKYC).row?.message == "Valid ID")
        #expect(ResultCode("1012") == .ambiguous(code: "1012", candidates: [.biometricKYC, .enhancedKYC]))
    }

    @Test func code2205IsACompareErrorInJobType9AndGeneralOtherwise() {
        let compare = ResultCode("2205", jobType: .compareUserInfo)
        #expect(compare == .compareUserInfoError(.notAuthorized))
        #expect(compare.row?.message == "You are not authorized to do that.")
        #expect(compare.row?.footnote == nil)
        let none = ResultCode("2205")
        #expect(none == .general(.signatureNotAuthorized))
        #expect(none.row?.message == "Error - You are not authorized to do that.")
        #expect(none.row?.footnote?.hasPrefix("If you are seeing this error") == true)
        #expect(ResultCode("2205", jobType: .biometricKYC) == .general(.signatureNotAuthorized))
    }

    // MARK: - Inputs that are not codes

    @Test(
        "Malformed inputs stay unknown with the raw string kept",
        arguments: [
            "", "abcd", "08120", "０８１２", "0812\u{0}", " 0812", "0812 ", "812", "-812", "+812", "0x12",
            "08 2", "٠٨١٢", "0812\n", "\u{FEFF}0812", "08١2", "9999",
        ])
    func malformedInputIsUnknown(_ input: String) {
        for jobType in [nil] + JobType.allCases.map(Optional.some) + [JobType(rawValue: 99)] {
            let resolved = ResultCode(input, jobType: jobType)
            #expect(resolved == .unknown(input))
            #expect(resolved.code == input)
            #expect(resolved.row == nil && resolved.table == nil)
            #expect(!resolved.isKnown)
        }
    }

    // MARK: - Listing

    @Test func allKnownCodesWithoutJobTypeListsEveryTableInOrder() throws {
        let all = ResultCode.allKnownCodes()
        let rows = try resultCodeRows()
        #expect(all.map(\.code) == rows.map(\.code))
        #expect(all.map { $0.table?.rawValue } == rows.map(\.table))
    }

    @Test(
        "allKnownCodes(for:) lists the job type's tables then General",
        arguments: JobType.allCases + [JobType(rawValue: 42)])
    func allKnownCodesForJobType(_ jobType: JobType) throws {
        let tables = ResultCodeTable.tables(for: jobType) + [.general]
        let listed = ResultCode.allKnownCodes(for: jobType)
        #expect(listed.map(\.table) == tables.flatMap { table in table.codes.map { _ in table } })
        #expect(listed.allSatisfy { $0.isKnown })
    }

    @Test(
        "meanings(of:) lists every table holding the code",
        arguments: [
            ("2211", [ResultCodeTable.smartSelfieAuthentication, .updatePhoto, .enhancedKYC]),
            ("2212", [.general, .enhancedKYC]), ("2314", [.general, .idAPIErrors]),
            ("2205", [.general, .compareUserInfoErrors]), ("0812", [.biometricKYC]), ("9999", []), ("abcd", []),
        ])
    func meanings(_ code: String, _ tables: [ResultCodeTable]) {
        let meanings = ResultCode.meanings(of: code)
        #expect(meanings.map(\.table) == tables)
        #expect(meanings.allSatisfy { $0.code == code })
    }

    // MARK: - Description

    @Test func descriptions() {
        #expect(
            ResultCode("0812", jobType: .biometricKYC).description
                == "0812 Machine Judgement - Pure Provisional (Biometric KYC, Provisionally Approved)")
        #expect(
            ResultCode("2211").description
                == "2211 (ambiguous: SmartSelfie Authentication, Update Photo, Enhanced KYC)")
        #expect(ResultCode("abcd").description == "abcd (unknown)")
    }

    // MARK: - Helpers

    private func expect(
        _ resolved: ResultCode, is expected: Expected, code: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(resolved.code == code, sourceLocation: sourceLocation)
        switch expected {
        case .table(let table, let outcome):
            #expect(resolved.table == table, "\(code)", sourceLocation: sourceLocation)
            #expect(resolved.row?.outcome == outcome, "\(code)", sourceLocation: sourceLocation)
            #expect(resolved.isKnown, sourceLocation: sourceLocation)
            #expect(resolved.row?.outcome.incursCharge == outcome.incursCharge, sourceLocation: sourceLocation)
        case .ambiguous(let tables):
            #expect(resolved == .ambiguous(code: code, candidates: tables), sourceLocation: sourceLocation)
        case .unknown:
            #expect(resolved == .unknown(code), sourceLocation: sourceLocation)
        }
    }
}
