import Models
import ResultCodes
import Testing

@Suite struct ResultCodeTableTests {
    @Test func rawValuesAreTheContract() {
        #expect(
            ResultCodeTable.allCases.map(\.rawValue) == [
                "general", "biometricKYC", "smartSelfieAuthentication", "smartSelfieRegistration",
                "updatePhoto", "enhancedKYC", "idAPIErrors", "compareUserInfo", "compareUserInfoErrors",
            ])
    }

    @Test(
        "Job types of each table",
        arguments: [
            (ResultCodeTable.general, [Int]()), (.biometricKYC, [1]), (.smartSelfieAuthentication, [2]),
            (.smartSelfieRegistration, [4]), (.updatePhoto, [8]), (.enhancedKYC, [5]), (.idAPIErrors, [5]),
            (.compareUserInfo, [9]), (.compareUserInfoErrors, [9]),
        ])
    func jobTypes(_ table: ResultCodeTable, _ numbers: [Int]) {
        #expect(table.jobTypes.map(\.rawValue) == numbers)
    }

    @Test(
        "Lookup order per job type",
        arguments: [
            (1, [ResultCodeTable.biometricKYC]), (2, [.smartSelfieAuthentication]), (4, [.smartSelfieRegistration]),
            (5, [.enhancedKYC, .idAPIErrors]), (6, []), (7, []), (8, [.updatePhoto]),
            (9, [.compareUserInfo, .compareUserInfoErrors]), (10, []), (11, []), (12, []), (3, []), (99, []),
        ])
    func tablesForJobType(_ number: Int, _ tables: [ResultCodeTable]) {
        #expect(ResultCodeTable.tables(for: JobType(rawValue: number)) == tables)
    }

    @Test("tables(for:) and jobTypes agree", arguments: JobType.allCases)
    func tablesAgreeWithJobTypes(_ jobType: JobType) {
        let expected = ResultCodeTable.allCases.filter { $0.jobTypes.contains(jobType) }
        #expect(ResultCodeTable.tables(for: jobType) == expected)
        for table in ResultCodeTable.allCases {
            #expect(table.applies(to: jobType) == (table == .general || expected.contains(table)))
        }
    }

    @Test("Titles are distinct and readable", arguments: ResultCodeTable.allCases)
    func title(_ table: ResultCodeTable) {
        #expect(!table.title.isEmpty)
        #expect(table.description == table.title)
        #expect(ResultCodeTable.allCases.filter { $0.title == table.title } == [table])
    }

    @Test("Each table's code type reports that table", arguments: ResultCodeTable.allCases)
    func codeType(_ table: ResultCodeTable) {
        #expect(table.codeType.table == table)
        #expect(table.codes.allSatisfy { $0.table == table })
    }
}
