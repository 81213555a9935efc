import Foundation
import Testing

@Suite("smileid explain")
struct ExplainCommandTests {
    /// A code, the job type to resolve it for, and the table it must resolve in.
    struct Resolution: Sendable, CustomTestStringConvertible {
        var code: String
        var jobType: Int?
        var table: String
        var testDescription: String { "\(code) job type \(jobType.map(String.init) ?? "none") → \(table)" }
    }

    static let resolutions: [Resolution] = [
        Resolution(code: "2212", jobType: nil, table: "general"),
        Resolution(code: "2212", jobType: 5, table: "enhancedKYC"),
        Resolution(code: "2212", jobType: 1, table: "general"),
        Resolution(code: "2314", jobType: nil, table: "general"),
        Resolution(code: "2314", jobType: 5, table: "idAPIErrors"),
        Resolution(code: "2211", jobType: 2, table: "smartSelfieAuthentication"),
        Resolution(code: "2211", jobType: 8, table: "updatePhoto"),
        Resolution(code: "2211", jobType: 5, table: "enhancedKYC"),
        Resolution(code: "1014", jobType: 1, table: "biometricKYC"),
        Resolution(code: "1014", jobType: 5, table: "enhancedKYC"),
        Resolution(code: "1015", jobType: 1, table: "biometricKYC"),
        Resolution(code: "1015", jobType: 5, table: "enhancedKYC"),
        Resolution(code: "1012", jobType: 1, table: "biometricKYC"),
        Resolution(code: "1012", jobType: 5, table: "enhancedKYC"),
        Resolution(code: "2205", jobType: nil, table: "general"),
        Resolution(code: "2205", jobType: 9, table: "compareUserInfoErrors"),
        Resolution(code: "0812", jobType: nil, table: "biometricKYC"),
        Resolution(code: "1020", jobType: 9, table: "compareUserInfo"),
    ]

    @Test("--json prints the fixture's row for the table the code resolves in, keys in order", arguments: resolutions)
    func json(resolution: Resolution) throws {
        let arguments =
            ["explain", resolution.code, "--json"] + (resolution.jobType.map { ["--job-type", String($0)] } ?? [])
        let run = try SmileIDProcess.run(arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(
            topLevelKeys(ofObjectIn: run.output)
                == [
                    "code", "known", "table", "job_types", "message", "outcome", "incurs_charge", "stage", "next_step",
                    "footnote",
                ])
        let row = try #require(ResultCodeRow.all.first { $0.code == resolution.code && $0.table == resolution.table })
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        row.expectDescribed(by: object)
    }

    @Test(
        "2211, 1014, 1015 and 1012 are ambiguous without a job type; the candidates are listed in table order",
        arguments: [
            ("2211", ["smartSelfieAuthentication", "updatePhoto", "enhancedKYC"]),
            ("1014", ["biometricKYC", "enhancedKYC"]),
            ("1015", ["biometricKYC", "enhancedKYC"]),
            ("1012", ["biometricKYC", "enhancedKYC"]),
        ])
    func ambiguous(code: String, candidates: [String]) throws {
        let run = try SmileIDProcess.run(["explain", code, "--json"])
        #expect(run.status == 0)
        #expect(topLevelKeys(ofObjectIn: run.output) == ["code", "known", "candidates"])
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(object["code"] as? String == code)
        #expect(object["known"] as? Bool == false)
        #expect(object["candidates"] as? [String] == candidates)
    }

    @Test(
        "an unknown code is an answer: code and known only, exit 0",
        arguments: [
            (["9999"], "9999"), (["0812", "--job-type", "5"], "0812"),
            (["0810", "--job-type", "6"], "0810"),
        ])
    func unknown(arguments: [String], code: String) throws {
        let run = try SmileIDProcess.run(["explain"] + arguments + ["--json"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output == "{\n  \"code\": \"\(code)\",\n  \"known\": false\n}\n")
    }

    @Test("text: code, table with its job types, message, outcome, charged, stage, next step, footnote")
    func text() throws {
        let run = try SmileIDProcess.run(["explain", "2212", "--job-type", "5"])
        #expect(run.status == 0)
        #expect(
            run.outputLines == [
                "Code:      2212",
                "Table:     Enhanced KYC (job type 5)",
                "Message:   (Mobile SDK Only) Error - HTTP Request Failed",
                "Outcome:   Error",
                "Charged:   no",
                "Stage:     id_lookup",
                "Next step: retry_later",
            ])
        let general = try SmileIDProcess.run(["explain", "2212"])
        #expect(general.outputLines.contains("Table:     General failures (every job type)"))
        #expect(general.outputLines.contains("Message:   Error - Invalid job type"))
        let footnote = try SmileIDProcess.run(["explain", "1015", "--job-type", "5"])
        #expect(footnote.outputLines.contains { $0.hasPrefix("Footnote:  Queried Database Unavailable") })
        let footnoteJSON = try SmileIDProcess.run(["explain", "1015", "--job-type", "5", "--json"])
        let object = try #require(try parseJSON(footnoteJSON.output) as? [String: Any])
        let printed = try #require(footnote.outputLines.first { $0.hasPrefix("Footnote:  ") })
        #expect(object["footnote"] as? String == String(printed.dropFirst("Footnote:  ".count)))
        let continues = try SmileIDProcess.run(["explain", "1015", "--job-type", "1"])
        #expect(continues.outputLines.contains("Outcome:   Processing Continues with ID Card Image"))
        #expect(continues.outputLines.contains("Charged:   no"))
    }

    @Test("text of an ambiguous code lists each meaning; of an unknown one, where else it is listed")
    func textOfUnresolved() throws {
        let ambiguous = try SmileIDProcess.run(["explain", "1012"])
        #expect(ambiguous.status == 0)
        #expect(
            ambiguous.outputLines == [
                "Code:      1012",
                "Known:     no, ambiguous without a job type; give --job-type",
                "  Biometric KYC (job type 1): ID Verification Success [Provisionally Approved]",
                "  Enhanced KYC (job type 5): Valid ID [Approved]",
            ])
        let elsewhere = try SmileIDProcess.run(["explain", "0810", "--job-type", "6"])
        #expect(
            elsewhere.outputLines == [
                "Code:      0810",
                "Known:     no, not a General failure; job type 6 (Document Verification) has no code table of its own in this version, so only the General failures apply to it",
                "Listed in other job types:",
                "  Biometric KYC (job type 1): Machine Judgement - PASS [Approved]",
            ])
        let nowhere = try SmileIDProcess.run(["explain", "9999"])
        #expect(nowhere.outputLines == ["Code:      9999", "Known:     no, not a code of any table"])
    }

    @Test(
        "a job type that is not a whole number is a usage error",
        arguments: ["five", "5.5", "-1", "", "1e2"])
    func badJobType(value: String) throws {
        let run = try SmileIDProcess.run(["explain", "2212", "--job-type", value])
        #expect(run.status == 2)
        #expect(run.outputBytes.isEmpty)
        #expect(
            run.errorLines == [
                "smileid: invalid value '\(value)' for '--job-type' of 'explain': expected a whole number such as 5; see 'smileid explain --help'"
            ])
    }

    @Test("a job type without tables of its own resolves only General failures")
    func jobTypeWithoutTables() throws {
        let run = try SmileIDProcess.run(["explain", "2212", "--job-type", "42", "--json"])
        #expect(run.status == 0)
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(object["table"] as? String == "general")
        #expect(object["job_types"] as? [Int] == [])
    }

    @Test(
        "an unknown code names the tables searched, in English",
        arguments: [
            ("0999", "5", "Known:     no, not a code of job type 5 (Enhanced KYC) nor a General failure"),
            (
                "0999", "3",
                "Known:     no, not a General failure; job type 3 is not one this version knows, so only the General failures apply to it"
            ),
            (
                "0999", "11",
                "Known:     no, not a General failure; job type 11 (Enhanced Document Verification) has no code table of its own in this version, so only the General failures apply to it"
            ),
        ])
    func unknownCodeForAJobType(code: String, jobType: String, known: String) throws {
        let run = try SmileIDProcess.run(["explain", code, "--job-type", jobType])
        #expect(run.status == 0)
        #expect(run.outputLines == ["Code:      \(code)", known])
    }

    @Test(
        "what is not four ASCII digits is a usage error that says what a code is",
        arguments: [
            ("12a", nil), ("", nil), ("812", "0812"), ("12", "0012"), ("7", "0007"), ("abcd", nil), ("08120", nil),
            (" 0812", nil), ("０８１２", nil), ("1O12", nil),
        ])
    func malformedCode(code: String, suggestion: String?) throws {
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        for arguments in [["explain", code], ["explain", code, "--json"], ["explain", code, "--job-type", "1"]] {
            let run = try SmileIDProcess.run(arguments)
            #expect(run.status == 2)
            #expect(run.outputBytes.isEmpty)
            #expect(
                run.errorLines == [
                    "smileid: '\(code)' is not a result code: a code is four ASCII digits, such as 1012 or 2212\(hint); see 'smileid explain --help'"
                ])
        }
    }
}
