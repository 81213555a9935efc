import Foundation
import Models
import TestSupport
import Testing

@Suite("smileid compare")
struct CompareCommandTests {
    /// The response to Fixtures/compare/example.json, pretty-printed, keys in the seed's order.
    static let exampleResponse = """
        {
          "ResultText": "Partial Match",
          "ResultCode": "1021",
          "Actions": {
            "Return_Personal_Info": "Not Applicable",
            "Verify_ID_Number": "Verified",
            "Name": "Partial Match",
            "DOB": "Exact Match",
            "Gender": "Exact Match",
            "PhoneNumber": "Not Provided",
            "Address": "Not Provided",
            "ExpirationDate": "Exact Match",
            "ID_Verification": "Partial Match"
          }
        }

        """

    /// The example case on one line, as JSON Lines hold it.
    static var exampleLine: String {
        get throws {
            let object = try JSONSerialization.jsonObject(with: try Fixtures.data("compare/example.json"))
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
    }

    /// The example's response on one line.
    static let exampleCompact =
        #"{"ResultText":"Partial Match","ResultCode":"1021","Actions":{"Return_Personal_Info":"Not Applicable","Verify_ID_Number":"Verified","Name":"Partial Match","DOB":"Exact Match","Gender":"Exact Match","PhoneNumber":"Not Provided","Address":"Not Provided","ExpirationDate":"Exact Match","ID_Verification":"Partial Match"}}"#

    @Test("one case: the response pretty-printed, keys in the seed's order")
    func example() throws {
        let run = try SmileIDProcess.run(["compare", "Fixtures/compare/example.json"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output == Self.exampleResponse)
    }

    @Test("one case from standard input")
    func standardInput() throws {
        let run = try SmileIDProcess.run(["compare", "-"], input: [UInt8](try Fixtures.data("compare/example.json")))
        #expect(run.status == 0)
        #expect(run.output == Self.exampleResponse)
    }

    @Test("every golden case of Fixtures/compare, as JSON Lines: responses and errors in order")
    func goldenCases() throws {
        let files = try Fixtures.files(in: "compare")
        #expect(files.count > 100)
        var lines: [String] = []
        var expected: [[String: Any]] = []
        for file in files {
            let object = try #require(try JSONSerialization.jsonObject(with: try Fixtures.data(file)) as? [String: Any])
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
            expected.append(object)
        }
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], text: lines.joined(separator: "\n") + "\n")
        let hasErrors = expected.contains { $0["expected_error"] != nil }
        #expect(run.status == (hasErrors ? 1 : 0))
        #expect(run.errors.isEmpty)
        let outputs = run.outputLines
        try #require(outputs.count == files.count)
        for (index, (output, golden)) in zip(outputs, expected).enumerated() {
            let object = try #require(try parseJSON(output) as? [String: Any])
            if let error = golden["expected_error"] as? String {
                #expect(output == #"{"error":"\#(error)","line":\#(index + 1)}"#, "\(files[index])")
                continue
            }
            let response = try #require(golden["expected"] as? [String: Any])
            #expect(topLevelKeys(ofObjectIn: output) == ["ResultText", "ResultCode", "Actions"], "\(files[index])")
            #expect(object["ResultText"] as? String == response["ResultText"] as? String, "\(files[index])")
            #expect(object["ResultCode"] as? String == response["ResultCode"] as? String, "\(files[index])")
            #expect(
                object["Actions"] as? [String: String] == response["Actions"] as? [String: String], "\(files[index])")
        }
    }

    @Test("JSON Lines with good and bad lines: an error object in place of each bad line, exit 1")
    func mixedLines() throws {
        let good = try Self.exampleLine
        var input: [UInt8] = []
        for line in [
            good,  // 1
            "",  // 2: blank, skipped
            #"{"country": 5, "id_authority": {}, "document": {}}"#,  // 3
            "not json",  // 4
            good + "\r",  // 5: \r\n line end
            "   ",  // 6: blank, skipped
            "[]",  // 7
            #"{"document": {}}"#,  // 8
            #"{"id_authority": {"dob": 19880714}, "document": {}}"#,  // 9
        ] {
            input += Array(line.utf8) + [0x0A]
        }
        input += [0x7B, 0xFF, 0xFE, 0x7D, 0x0A]  // 10: invalid UTF-8
        input += Array(good.utf8)  // 11: no final line break
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], input: input)
        #expect(run.status == 1)
        #expect(run.errors.isEmpty)
        #expect(
            run.outputLines == [
                Self.exampleCompact,
                #"{"error":"country must be a string","line":3}"#,
                #"{"error":"the line is not valid JSON","line":4}"#,
                Self.exampleCompact,
                #"{"error":"the line must be an object","line":7}"#,
                #"{"error":"id_authority is missing","line":8}"#,
                #"{"error":"id_authority.dob must be a string","line":9}"#,
                #"{"error":"the line is not valid JSON","line":10}"#,
                Self.exampleCompact,
            ])
    }

    @Test("JSON Lines of good cases only exit 0, one response a line")
    func goodLines() throws {
        let good = try Self.exampleLine
        let run = try SmileIDProcess.run(
            ["compare", "--jsonl", "-"], text: Array(repeating: good, count: 3).joined(separator: "\n"))
        #expect(run.status == 0)
        #expect(run.outputLines == Array(repeating: Self.exampleCompact, count: 3))
    }

    @Test(
        "a line longer than 1 MiB is reported on its line and skipped; the next lines still run",
        arguments: [true, false])
    func hugeLine(endsWithLineBreak: Bool) throws {
        let good = Array(try Self.exampleLine.utf8)
        var input = good + [0x0A]
        input += [UInt8](repeating: UInt8(ascii: "x"), count: 5 * 1024 * 1024)
        if endsWithLineBreak { input += [0x0A] + good }
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], input: input)
        #expect(run.status == 1)
        let expected =
            [
                Self.exampleCompact,
                #"{"error":"the line is longer than 1048576 bytes and was skipped","line":2}"#,
            ] + (endsWithLineBreak ? [Self.exampleCompact] : [])
        #expect(run.outputLines == expected)
    }

    @Test("--lenient folds diacritics and drops apostrophes for cases without their own options")
    func lenient() throws {
        let strict = try SmileIDProcess.run(["compare", "--jsonl", "Fixtures/cli/lenient.jsonl"])
        let lenient = try SmileIDProcess.run(["compare", "--jsonl", "--lenient", "Fixtures/cli/lenient.jsonl"])
        #expect(strict.status == 0)
        #expect(lenient.status == 0)
        let resultCodes = { (run: SmileIDProcess.Run) in
            try run.outputLines.map { try #require(try parseJSON($0) as? [String: Any])["ResultCode"] as? String }
        }
        #expect(try resultCodes(strict) == ["1021", "1021"])
        // The second case sets folds_diacritics false itself, which wins over --lenient.
        #expect(try resultCodes(lenient) == ["1020", "1021"])
    }

    @Test(
        "inputs that are not one case: one line on standard error, exit 1",
        arguments: [
            ([UInt8](), "smileid: compare: standard input is empty; expected one case as a JSON object"),
            (Array(" \n ".utf8), "smileid: compare: standard input is empty; expected one case as a JSON object"),
            // A form feed is not JSON white space: the document is not empty, and not JSON.
            (
                [0x0C, 0x0A],
                "smileid: compare: standard input is not valid JSON; for one case per line, use --jsonl"
            ),
            (
                [0x00, 0x9F, 0xFF, 0x12, 0x0A, 0xC3],
                "smileid: compare: standard input is not valid JSON; for one case per line, use --jsonl"
            ),
            (
                [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D],
                "smileid: compare: standard input is not valid JSON; for one case per line, use --jsonl"
            ),
            (
                Array("{}\n{}\n".utf8),
                "smileid: compare: standard input is not valid JSON; for one case per line, use --jsonl"
            ),
            (
                Array(#"{"id_authority": {"dob": "1988-07-14"}, "document": {"dob": 14071988}}"#.utf8),
                "smileid: compare: standard input: document.dob must be a string"
            ),
            (
                Array(#"{"id_authority": {}, "document": {}}"#.utf8),
                "smileid: compare: standard input: nothing to compare: every field is missing or blank on at least one side"
            ),
        ])
    func invalidCase(input: [UInt8], line: String) throws {
        let run = try SmileIDProcess.run(["compare", "-"], input: input)
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
        #expect(!run.errors.contains("1988"))
    }

    @Test("a 5 MB document is read and rejected in one line")
    func hugeDocument() throws {
        let input =
            Array(#"{"id_authority": {"first_name": ""#.utf8)
            + [UInt8](repeating: UInt8(ascii: "A"), count: 5 * 1024 * 1024)
            + Array(#""}, "document": {"first_name": "A"}}"#.utf8)
        let run = try SmileIDProcess.run(["compare", "-"], input: input)
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                "smileid: compare: standard input: first_name is 5242880 UTF-8 bytes long; at most 4096 are compared"
            ])
    }

    @Test("empty JSON Lines input prints nothing and exits 0")
    func emptyLines() throws {
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], input: [])
        #expect(run.status == 0)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errors.isEmpty)
    }

    @Test("binary junk as JSON Lines: an error per line, no crash")
    func binaryLines() throws {
        var generator = SystemRandomNumberGenerator()
        var input = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        input.removeAll { $0 == 0x0A }
        input += [0x0A, 0x00, 0x0A]
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], input: input)
        #expect(run.status == 1)
        #expect(
            run.outputLines == [
                #"{"error":"the line is not valid JSON","line":1}"#,
                #"{"error":"the line is not valid JSON","line":2}"#,
            ])
    }

    @Test(
        "files that cannot be read: one line with the system's reason, exit 1",
        arguments: [
            (["compare", "x.json"], "smileid: compare: cannot read 'x.json': No such file or directory"),
            (["compare", "Fixtures/compare"], "smileid: compare: cannot read 'Fixtures/compare': Is a directory"),
            (["compare", "--jsonl", "Fixtures"], "smileid: compare: cannot read 'Fixtures': Is a directory"),
        ])
    func unreadable(arguments: [String], line: String) throws {
        let run = try SmileIDProcess.run(arguments)
        #expect(run.status == 1)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
    }
}

extension CompareCommandTests {
    @Test("compare --help names every key of a UserInfo record, full_name included")
    func helpNamesEveryUserInfoKey() throws {
        let every = UserInfo(
            firstName: "a", middleName: "a", lastName: "a", fullName: "a", dob: "a", gender: "a", phoneNumber: "a",
            address: "a", expirationDate: "a")
        let keys = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(every)) as? [String: Any])
            .keys
        #expect(keys.count == 9)
        let help = try SmileIDProcess.run(["compare", "--help"]).output.replacingOccurrences(of: "\n", with: " ")
        for key in keys {
            #expect(help.contains(" \(key),") || help.contains(" \(key) "), "\(key)")
        }
    }
}
