import Models
import ResultCodes
import TestSupport
import Testing

/// The lists of tables in the README and the DocC catalog, rendered from
/// ``ResultCodeTable/allCases`` and `JobType.allCases`: a new table changes them, and this test
/// prints what they must become.
@Suite struct ReadmeCodeTablesTests {
    static let begin = "<!-- BEGIN code tables"
    static let end = "<!-- END code tables -->"

    /// `Biometric KYC (1)`-style names of the known job types without a table of their own.
    static var jobTypesWithoutTables: [String] {
        JobType.allCases.filter { ResultCodeTable.tables(for: $0).isEmpty }.map(\.description)
    }

    static func typeName(_ table: ResultCodeTable) -> String { String(describing: table.codeType) }

    /// The README's table: each job type with tables, then the others.
    static var readmeLines: [String] {
        var lines = ["| job type | code tables, in lookup order |", "| --- | --- |"]
        for jobType in ResultCodeTable.jobTypesWithTables {
            let tables = ResultCodeTable.tables(for: jobType).map { "\($0.title) (`\(typeName($0))`)" }
            lines.append("| \(jobType) | \(tables.joined(separator: ", ")), \(ResultCodeTable.general.title) |")
        }
        let others = (jobTypesWithoutTables + ["and job types added later"]).joined(separator: ", ")
        lines.append("| \(others) | \(ResultCodeTable.general.title) (`\(typeName(.general))`) only |")
        return lines
    }

    /// The same table in the DocC article *Resolving result codes*, with symbol links.
    static var articleLines: [String] {
        var lines = ["| Job type | Tables, in lookup order |", "| --- | --- |"]
        for jobType in ResultCodeTable.jobTypesWithTables {
            let tables = (ResultCodeTable.tables(for: jobType) + [.general]).map { "``\(typeName($0))``" }
            lines.append("| \(jobType) | \(tables.dropLast().joined(separator: ", ")), then \(tables.last ?? "") |")
        }
        let others = (jobTypesWithoutTables + ["unknown"]).joined(separator: ", ")
        lines.append("| \(others) | ``\(typeName(.general))`` only |")
        return lines
    }

    /// The catalog's topic group "Codes of each table".
    static var topicLines: [String] { ResultCodeTable.allCases.map { "- ``\(typeName($0))``" } }

    /// The lines strictly between the markers of `path`.
    static func shown(in path: String) throws -> [String] {
        let lines = String(decoding: try Fixtures.data("../" + path), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        let lower = try #require(lines.firstIndex { $0.hasPrefix(begin) }, "\(path) has no \(begin) line")
        let upper = try #require(lines[lower...].firstIndex(of: end), "\(path) has no \(end) line")
        return Array(lines[(lower + 1)..<upper])
    }

    @Test(
        "The README and the DocC catalog list the tables of ResultCodeTable.allCases",
        arguments: [
            ("README.md", readmeLines),
            ("Sources/ResultCodes/Documentation.docc/ResolvingResultCodes.md", articleLines),
            ("Sources/ResultCodes/Documentation.docc/ResultCodes.md", topicLines),
        ])
    func listsMatchTheTables(_ path: String, _ expected: [String]) throws {
        let shown = try Self.shown(in: path)
        #expect(
            shown == expected,
            "\(path): replace the lines between the code-table markers with:\n\(expected.joined(separator: "\n"))")
    }

    @Test func jobTypesWithTablesAreThoseOfTheTablesInOrder() {
        #expect(ResultCodeTable.jobTypesWithTables.map(\.rawValue) == [1, 2, 4, 5, 8, 9])
        let listed = Set(ResultCodeTable.allCases.flatMap(\.jobTypes).map(\.rawValue))
        #expect(Set(ResultCodeTable.jobTypesWithTables.map(\.rawValue)) == listed)
    }
}
