import Foundation
import Testing

@Suite("smileid codes")
struct CodesCommandTests {
    @Test("--json lists every row of Fixtures/result-codes.json, in order")
    func everyCode() throws {
        let run = try SmileIDProcess.run(["codes", "--json"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        let objects = try #require(try parseJSON(run.output) as? [[String: Any]])
        #expect(objects.count == 90)
        #expect(objects.count == ResultCodeRow.all.count)
        for (object, row) in zip(objects, ResultCodeRow.all) {
            row.expectDescribed(by: object)
        }
    }

    @Test(
        "text: a header and one aligned row per code",
        arguments: [
            ([String](), 90),
            (["--job-type", "5"], 13 + 12),
            (["--job-type", "1"], ResultCodeRow.all.filter { $0.jobTypes == [1] || $0.table == "general" }.count),
            (["--job-type", "6"], 12),
        ])
    func text(arguments: [String], rows: Int) throws {
        let run = try SmileIDProcess.run(["codes"] + arguments)
        #expect(run.status == 0)
        var lines = run.outputLines
        if arguments == ["--job-type", "6"], let blank = lines.lastIndex(of: "") {
            lines.removeSubrange(blank...)  // the coverage note; see jobTypesWithoutTables
        }
        let header = try #require(lines.first)
        #expect(header.hasPrefix("CODE  TABLE "))
        #expect(header.hasSuffix("MESSAGE"))
        let messageColumn = try #require(header.range(of: "MESSAGE")).lowerBound.utf16Offset(in: header)
        let chargedColumn = try #require(header.range(of: "CHARGED")).lowerBound.utf16Offset(in: header)
        // A row starts with its code; the lines that go on with it start blank.
        let rowLines = lines.dropFirst().filter { $0.first?.isNumber == true }
        #expect(rowLines.count == rows)
        for line in rowLines {
            let characters = Array(line)
            #expect(characters.count > messageColumn)
            #expect(characters[messageColumn - 1] == " " && characters[messageColumn] != " ")
            let charged = String(characters[chargedColumn..<chargedColumn + 3])
            #expect(charged == "yes" || charged == "no ")
        }
        for line in lines.dropFirst() where line.first == " " {
            let characters = Array(line)
            #expect(characters.prefix(6).allSatisfy { $0 == " " }, "\(line)")
            #expect(characters.count <= messageColumn || characters[messageColumn - 1] == " ", "\(line)")
        }
        #expect(lines.dropFirst().allSatisfy { $0.first == " " || $0.first?.isNumber == true })
    }

    @Test(
        "every line of the text, the coverage note included, fits in 100 columns",
        arguments: [
            [String](), ["--job-type", "1"], ["--job-type", "5"], ["--job-type", "6"], ["--job-type", "42"],
        ])
    func width(arguments: [String]) throws {
        let run = try SmileIDProcess.run(["codes"] + arguments)
        #expect(run.status == 0)
        let widest = run.outputLines.map(\.count).max() ?? 0
        #expect(widest <= 100)
        #expect(widest > 80)
        #expect(run.outputLines.allSatisfy { $0.last != " " })
    }

    @Test("--job-type 5 lists Enhanced KYC, then ID API errors, then General failures")
    func jobTypeOrder() throws {
        let run = try SmileIDProcess.run(["codes", "--job-type", "5", "--json"])
        let objects = try #require(try parseJSON(run.output) as? [[String: Any]])
        let tables = objects.compactMap { $0["table"] as? String }
        let expected = ["enhancedKYC", "idAPIErrors", "general"].flatMap { table in
            ResultCodeRow.all.filter { $0.table == table }.map(\.table)
        }
        #expect(tables == expected)
        #expect(objects.first?["code"] as? String == "1012")
        #expect(objects.first?["outcome"] as? String == "approved")
    }

    @Test("the first row of the text table")
    func firstRow() throws {
        let run = try SmileIDProcess.run(["codes"])
        let row = try #require(run.outputLines.dropFirst().first)
        #expect(row.hasPrefix("0001  General failures "))
        #expect(row.hasSuffix("  yes      Data Invalid"))
    }

    @Test("a bad --job-type is a usage error")
    func badJobType() throws {
        let run = try SmileIDProcess.run(["codes", "--job-type", "KYC"])
        #expect(run.status == 2)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.hasPrefix("smileid: invalid value 'KYC' for '--job-type' of 'codes'"))
    }

    @Test(
        "a job type without a code table of its own ends with a note saying so",
        arguments: [
            ("6", "Job type 6 (Document Verification) has"),
            ("12", "Job type 12 (Address Verification) has"),
            ("42", "Job type 42 is not one this version knows and has"),
        ])
    func jobTypesWithoutTables(number: String, start: String) throws {
        let run = try SmileIDProcess.run(["codes", "--job-type", number])
        #expect(run.status == 0)
        let blank = try #require(run.outputLines.lastIndex(of: ""))
        #expect(
            run.outputLines[(blank + 1)...].joined(separator: " ")
                == start
                + " no code table of its own in this version: the codes above are the General failures, which apply to every job type. Its results' Actions are read as signals ('smileid result')."
        )
        let withTables = try SmileIDProcess.run(["codes", "--job-type", "5"])
        #expect(!withTables.output.contains("no code table"))
    }

    /// The help names the job types that have code tables; they are those of the data.
    @Test func helpStatesTheCoverageOfThisVersion() throws {
        let run = try SmileIDProcess.run(["codes", "--help"])
        let help = run.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        let withTables = Set(ResultCodeRow.all.flatMap(\.jobTypes))
        #expect(withTables == [1, 2, 4, 5, 8, 9])
        #expect(
            help.contains(
                "Code tables in this version: job types 1 Biometric KYC, 2 SmartSelfie Authentication, 4 SmartSelfie Registration, 5 Enhanced KYC (and the ID API errors), 8 Update Photo and 9 Compare User Info (and its errors), plus the General failures"
            ))
        #expect(help.contains("The other job types (6, 7, 10, 11, 12 and unknown ones) have only the General failures"))
    }
}
