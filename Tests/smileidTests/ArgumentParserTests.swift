import Testing

@testable import smileid

@Suite("ArgumentParser")
struct ArgumentParserTests {
    let explain = ArgumentParser(command: .explain)

    @Test("parses flags, value options in both spellings and positionals")
    func parsesEverything() throws {
        let parsed = try explain.parse(["2212", "--job-type", "5", "--json"])
        #expect(parsed.positionals == ["2212"])
        #expect(parsed.value(of: ExplainCommand.jobType) == "5")
        #expect(parsed.has(ExplainCommand.json))
        #expect(!parsed.wantsHelp)
        let inline = try explain.parse(["--job-type=9", "1020"])
        #expect(inline.value(of: ExplainCommand.jobType) == "9")
        #expect(inline.positionals == ["1020"])
        #expect(!inline.has(ExplainCommand.json))
    }

    @Test("-- ends the options and - is a positional argument")
    func endOfOptions() throws {
        #expect(try explain.parse(["--", "--json"]).positionals == ["--json"])
        let compare = ArgumentParser(command: .compare)
        #expect(try compare.parse(["-", "--jsonl"]).positionals == ["-"])
    }

    @Test("--help wins over every other problem, but not after --")
    func help() throws {
        #expect(try explain.parse(["--bogus", "--help"]).wantsHelp)
        #expect(try explain.parse(["-h"]).wantsHelp)
        #expect(throws: CommandLineError.self) { try explain.parse(["--", "--help", "x"]) }
    }

    @Test(
        "usage errors name the problem and point to the command's help",
        arguments: [
            (["--jsn", "1"], "smileid: unknown option '--jsn' for 'explain'; see 'smileid explain --help'"),
            ([], "smileid: 'explain' needs <code>; see 'smileid explain --help'"),
            (["1", "2"], "smileid: unexpected argument '2' for 'explain'; see 'smileid explain --help'"),
            (
                ["1", "--job-type"],
                "smileid: option '--job-type' of 'explain' needs a value; see 'smileid explain --help'"
            ),
            (
                ["1", "--job-type", "1", "--job-type", "2"],
                "smileid: option '--job-type' of 'explain' is given more than once; see 'smileid explain --help'"
            ),
            (
                ["1", "--json=yes"],
                "smileid: option '--json' of 'explain' takes no value; see 'smileid explain --help'"
            ),
        ])
    func usageErrors(arguments: [String], line: String) {
        do {
            _ = try explain.parse(arguments)
            Issue.record("expected a usage error")
        } catch {
            #expect(error.line == line)
            #expect(error.exitStatus == .usage)
        }
    }

    @Test("job type numbers are whole numbers", arguments: [("5", 5), ("0", 0), ("42", 42), ("007", 7)])
    func jobTypeNumbers(text: String, number: Int) throws {
        #expect(try ArgumentParser.jobTypeNumber(text, for: CodesCommand.jobType, of: .codes) == number)
    }

    @Test(
        "anything else is not a job type", arguments: ["", "five", "-1", "+5", "5.0", " 5", "1e3", "٥", "9999999999"])
    func badJobTypes(text: String) {
        #expect(throws: CommandLineError.self) {
            try ArgumentParser.jobTypeNumber(text, for: CodesCommand.jobType, of: .codes)
        }
    }

    @Test("an option that applies only with another is refused without it, after the argument is checked")
    func companions() throws {
        let compare = ArgumentParser(command: .compare)
        #expect(try compare.parse(["-", "--jsonl", "--jobs", "2"]).value(of: CompareCommand.jobs) == "2")
        for (arguments, line) in [
            (
                ["-", "--jobs", "2"],
                "smileid: option '--jobs' of 'compare' applies only with --jsonl; see 'smileid compare --help'"
            ),
            (["--jobs", "2"], "smileid: 'compare' needs <file | ->; see 'smileid compare --help'"),
        ] {
            #expect(
                throws: CommandLineError.usage(
                    String(line.dropFirst("smileid: ".count).prefix { $0 != ";" }), command: .compare)
            ) {
                try compare.parse(arguments)
            }
        }
    }
}
