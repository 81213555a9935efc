import Foundation
import TestSupport
import Testing

@Suite("smileid compare --jsonl --jobs N")
struct JSONLinesEngineTests {
    /// Every golden case of Fixtures/compare as one line each (errors included), repeated
    /// `rounds` times with blank lines, `\r\n` ends, lines that fail, and one line over 1 MiB
    /// in between: enough lines to span many 64 KiB batches.
    static func mixedInput(rounds: Int) throws -> [UInt8] {
        var golden: [[UInt8]] = []
        for file in try Fixtures.files(in: "compare") {
            let object = try JSONSerialization.jsonObject(with: try Fixtures.data(file))
            golden.append([UInt8](try JSONSerialization.data(withJSONObject: object)))
        }
        var input: [UInt8] = []
        for round in 0..<rounds {
            for (index, line) in golden.enumerated() {
                input += line
                input += index % 7 == round % 7 ? Array("\r\n".utf8) : [0x0A]
                if index % 11 == 0 { input += Array("   \n".utf8) }
                if index % 13 == round % 13 {
                    input += Array(#"{"id_authority": {"dob": 5}, "document": {}}"#.utf8) + [0x0A]
                }
                if index % 17 == 0 { input += [0x7B, 0xFF, 0x0A] }
            }
            if round == rounds / 2 {
                input += [UInt8](repeating: UInt8(ascii: "x"), count: 1024 * 1024 + 1) + [0x0A]
            }
        }
        input += golden[0]  // no final line break
        return input
    }

    @Test(
        "the output and the exit status are byte-identical for --jobs 1, 2 and 4 (golden cases and error lines over many batches)"
    )
    func sameOutputWhateverTheJobs() throws {
        let input = try Self.mixedInput(rounds: 30)
        let single = try SmileIDProcess.run(["compare", "--jsonl", "--jobs", "1", "-"], input: input)
        #expect(single.status == 1)
        #expect(single.errors.isEmpty)
        // The mix really holds every kind of line: responses, error lines, the long line.
        let lines = single.outputLines
        #expect(lines.count > 3_000)
        #expect(lines.contains { $0.hasPrefix(#"{"ResultText""#) })
        #expect(lines.contains { $0.hasPrefix(#"{"error":"id_authority.dob must be a string","line":"#) })
        #expect(lines.contains { $0.hasPrefix(#"{"error":"the line is longer than 1048576 bytes"#) })
        for jobs in ["2", "4"] {
            for arguments in [
                ["compare", "--jsonl", "--jobs", jobs, "-"],
                ["compare", "--jsonl", "--lenient", "--jobs=\(jobs)", "-"],
            ] {
                let run = try SmileIDProcess.run(arguments, input: input)
                let reference =
                    arguments.contains("--lenient")
                    ? try SmileIDProcess.run(["compare", "--jsonl", "--lenient", "--jobs", "1", "-"], input: input)
                    : single
                #expect(run.status == reference.status, "\(arguments)")
                #expect(run.errors == reference.errors, "\(arguments)")
                let isIdentical = run.outputBytes == reference.outputBytes
                #expect(isIdentical, "\(arguments): the output differs from --jobs 1")
            }
        }
    }

    @Test(
        "compare --jsonl and decide --jsonl agree on a blank line: only JSON white space (space, tab, CR, LF) is skipped; a form feed or a vertical tab is an error line",
        arguments: ["compare", "decide"])
    func blankLines(command: String) throws {
        let lines: [[UInt8]] = [
            [],  // 1: empty
            Array(" \t \r".utf8),  // 2: JSON white space, one \r more than the line end drops
            [0x0C],  // 3: a form feed alone
            [0x20, 0x0B, 0x20],  // 4: a vertical tab between spaces
            [0x0C] + Array("{}".utf8),  // 5: a form feed before an object
        ]
        let input: [UInt8] = lines.flatMap { $0 + [0x0A] }
        let notJSON = command == "compare" ? "the line is not valid JSON" : "the input is not valid JSON (or not UTF-8)"
        for jobs in ["1", "2"] {
            let run = try SmileIDProcess.run([command, "--jsonl", "--jobs", jobs, "-"], input: input)
            #expect(run.status == 1)
            #expect(run.errors.isEmpty)
            #expect(
                run.outputLines == [3, 4, 5].map { #"{"error":"\#(notJSON)","line":\#($0)}"# }, "--jobs \(jobs)")
        }
    }

    @Test("without --jobs, the default (every available processor) prints what --jobs 1 prints")
    func defaultJobs() throws {
        let input = try Self.mixedInput(rounds: 3)
        let single = try SmileIDProcess.run(["compare", "--jsonl", "--jobs", "1", "-"], input: input)
        let byDefault = try SmileIDProcess.run(["compare", "--jsonl", "-"], input: input)
        #expect(byDefault.status == single.status)
        let isIdentical = byDefault.outputBytes == single.outputBytes
        #expect(isIdentical)
    }

    @Test("only good lines over several jobs: exit 0; a failing read still reports after the output")
    func goodLinesAndEmptyInput() throws {
        let good = Array(try CompareCommandTests.exampleLine.utf8)
        var input: [UInt8] = []
        for _ in 0..<2_000 { input += good + [0x0A] }
        let run = try SmileIDProcess.run(["compare", "--jsonl", "--jobs", "3", "-"], input: input)
        #expect(run.status == 0)
        #expect(run.outputLines == Array(repeating: CompareCommandTests.exampleCompact, count: 2_000))
        let empty = try SmileIDProcess.run(["compare", "--jsonl", "--jobs", "2", "-"], input: [])
        #expect(empty.status == 0)
        #expect(empty.outputBytes.isEmpty)
        let directory = try SmileIDProcess.run(["compare", "--jsonl", "--jobs", "2", "Fixtures"])
        #expect(directory.status == 1)
        #expect(directory.errorLines == ["smileid: compare: cannot read 'Fixtures': Is a directory"])
    }

    @Test(
        "--jobs takes a whole number from 1 to 256, and only with --jsonl",
        arguments: [
            (
                ["compare", "--jsonl", "--jobs", "0", "-"],
                "smileid: invalid value '0' for '--jobs' of 'compare': expected a whole number from 1 to 256; see 'smileid compare --help'"
            ),
            (
                ["compare", "--jsonl", "--jobs", "257", "-"],
                "smileid: invalid value '257' for '--jobs' of 'compare': expected a whole number from 1 to 256; see 'smileid compare --help'"
            ),
            (
                ["compare", "--jsonl", "--jobs=two", "-"],
                "smileid: invalid value 'two' for '--jobs' of 'compare': expected a whole number from 1 to 256; see 'smileid compare --help'"
            ),
            (
                ["compare", "--jsonl", "--jobs", "-1", "-"],
                "smileid: invalid value '-1' for '--jobs' of 'compare': expected a whole number from 1 to 256; see 'smileid compare --help'"
            ),
            (
                ["compare", "--jobs", "2", "-"],
                "smileid: option '--jobs' of 'compare' applies only with --jsonl; see 'smileid compare --help'"
            ),
        ])
    func invalidJobs(arguments: [String], line: String) throws {
        let run = try SmileIDProcess.run(arguments, input: [])
        #expect(run.status == 2)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
    }

    @Test("the help describes --jobs")
    func help() throws {
        let run = try SmileIDProcess.run(["compare", "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("Usage: smileid compare <file | -> [--lenient] [--jsonl [--jobs N]]"))
        #expect(run.output.contains("--jobs N     With --jsonl: compare on N worker threads, 1 to 256"))
    }
}

extension JSONLinesEngineTests {
    @Test(
        "a pretty-printed document given to --jsonl: an error line per line, then one hint to drop --jsonl",
        arguments: [
            (["decide"], "job-results/biometric-kyc-strings.json", "{"),
            (["compare"], "compare/example.json", "{"),
            (["decide", "--jobs", "2"], "job-results/biometric-kyc-strings.json", "{"),
        ])
    func prettyPrintedDocument(_ command: [String], _ fixture: String, _ opening: String) throws {
        let file = "Fixtures/" + fixture
        let lineCount = String(decoding: try Fixtures.data(fixture), as: UTF8.self).split(separator: "\n").count
        let run = try SmileIDProcess.run(command + [file, "--jsonl"])
        #expect(run.status == 1)
        #expect(run.outputLines.count == lineCount)
        #expect(run.outputLines.allSatisfy { $0.hasPrefix(#"{"error":"#) })
        #expect(
            run.errorLines == [
                "smileid: \(command[0]): line 1 is '\(opening)' alone, as a pretty-printed JSON document begins; "
                    + "--jsonl reads one document a line: drop --jsonl to read '\(file)' whole"
            ])
    }

    /// An input for ``noHint(_:)``, named without its line breaks.
    struct Input: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    @Test(
        "no hint when the first line is not a bracket alone, or when no line failed",
        arguments: [
            Input(
                name: "blank lines, then a valid case", text: "\n  \n" + #"{"id_authority": {}, "document": {}}"# + "\n"
            ),
            Input(
                name: "a failing line, then a lone {", text: #"{"id_authority": {"dob": 5}, "document": {}}"# + "\n{\n"),
            Input(name: "an array on one line", text: "[1]\n"),
        ])
    func noHint(_ input: Input) throws {
        let run = try SmileIDProcess.run(["compare", "--jsonl", "-"], input: Array(input.text.utf8))
        #expect(run.errors.isEmpty)
    }

    @Test("a lone '[' on standard input: the hint names standard input")
    func hintForStandardInput() throws {
        let run = try SmileIDProcess.run(["decide", "--jsonl", "-"], input: Array("\n[\n  {}\n]\n".utf8))
        #expect(run.status == 1)
        #expect(run.outputLines.count == 3)
        #expect(
            run.errorLines == [
                "smileid: decide: line 2 is '[' alone, as a pretty-printed JSON document begins; "
                    + "--jsonl reads one document a line: drop --jsonl to read standard input whole"
            ])
    }
}
