import Foundation
import TestSupport
import Testing

@Suite("smileid: usage, help, version and command-line errors")
struct SmileIDToolTests {
    @Test("no command prints the usage to standard error and exits 2")
    func noCommand() throws {
        let run = try SmileIDProcess.run([])
        #expect(run.status == 2)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errors.contains("Usage:\n  smileid explain <code> [--job-type N] [--json]"))
    }

    @Test("--help, -h and help print the usage to standard output", arguments: [["--help"], ["-h"], ["help"]])
    func help(arguments: [String]) throws {
        let run = try SmileIDProcess.run(arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(
            run.outputLines.first
                == "smileid: read Smile ID result codes and results, and run compare_user_info's rules locally.")
        for command in ["explain", "codes", "compare", "result", "decide"] {
            #expect(run.output.contains("\n  smileid \(command) "))
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let run = try SmileIDProcess.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == "smileid 0.1.0\n")
    }

    @Test("CHANGELOG.md has an Unreleased section and names the version --version prints as the next")
    func changelogNamesTheVersion() throws {
        let changelog = String(decoding: try Fixtures.data("../CHANGELOG.md"), as: UTF8.self)
        let lines = changelog.split(separator: "\n", omittingEmptySubsequences: false)
        let versions = lines.filter { $0.hasPrefix("## [") }
        #expect(versions.first == "## [Unreleased]")
        let version = try #require(try SmileIDProcess.run(["--version"]).outputLines.first?.split(separator: " ").last)
        let released = versions.contains { $0.hasPrefix("## [\(version)]") }
        #expect(released || changelog.contains("The first will be **\(version)**"))
        for section in ["### Added", "### Changed", "### Removed"] {
            #expect(lines.contains(Substring(section)), "\(section)")
        }
    }

    @Test(
        "each command has its own help",
        arguments: [
            (["explain", "--help"], "Usage: smileid explain <code> [--job-type N] [--json]"),
            (["explain", "2212", "-h"], "Usage: smileid explain <code> [--job-type N] [--json]"),
            (["codes", "--help"], "Usage: smileid codes [--job-type N] [--json]"),
            (["compare", "--help"], "Usage: smileid compare <file | -> [--lenient] [--jsonl [--jobs N]]"),
            (["result", "--help"], "Usage: smileid result <file | -> [--json]"),
            (["help", "result"], "Usage: smileid result <file | -> [--json]"),
            (["decide", "--help"], "Usage: smileid decide <file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]"),
            (["explain", "--nonsense", "--help"], "Usage: smileid explain <code> [--job-type N] [--json]"),
        ])
    func commandHelp(arguments: [String], firstLine: String) throws {
        let run = try SmileIDProcess.run(arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.outputLines.first == firstLine)
    }

    @Test("explain's help says that the general table applies to every job type")
    func explainHelpMentionsGeneral() throws {
        let run = try SmileIDProcess.run(["explain", "--help"])
        #expect(
            run.output.contains(
                "job_types is [] for the\n                 general table, which applies to every job type"))
    }

    @Test(
        "command-line mistakes are one line on standard error with exit status 2",
        arguments: [
            (
                ["frobnicate"],
                "smileid: unknown command 'frobnicate'; the commands are explain, codes, compare, result, decide, verify, sign; see 'smileid --help'"
            ),
            (["--jsn"], "smileid: unknown option '--jsn'; see 'smileid --help'"),
            (
                ["explain", "2212", "--jsn"],
                "smileid: unknown option '--jsn' for 'explain'; see 'smileid explain --help'"
            ),
            (["explain"], "smileid: 'explain' needs <code>; see 'smileid explain --help'"),
            (["explain", "1", "2"], "smileid: unexpected argument '2' for 'explain'; see 'smileid explain --help'"),
            (
                ["explain", "1", "--job-type"],
                "smileid: option '--job-type' of 'explain' needs a value; see 'smileid explain --help'"
            ),
            (["codes", "extra"], "smileid: unexpected argument 'extra' for 'codes'; see 'smileid codes --help'"),
            (["compare"], "smileid: 'compare' needs <file | ->; see 'smileid compare --help'"),
            (
                ["compare", "-", "--json"],
                "smileid: unknown option '--json' for 'compare'; see 'smileid compare --help'"
            ),
            (["result"], "smileid: 'result' needs <file | ->; see 'smileid result --help'"),
            (["decide"], "smileid: 'decide' needs <file | ->; see 'smileid decide --help'"),
            (
                ["decide", "-", "--policy", "-"],
                "smileid: the policy and the input cannot both be standard input; see 'smileid decide --help'"
            ),
            (
                ["result", "a.json", "b.json"],
                "smileid: unexpected argument 'b.json' for 'result'; see 'smileid result --help'"
            ),
            (
                ["help", "nothing"],
                "smileid: unknown command 'nothing'; the commands are explain, codes, compare, result, decide, verify, sign; see 'smileid --help'"
            ),
        ])
    func usageErrors(arguments: [String], line: String) throws {
        let run = try SmileIDProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.outputBytes.isEmpty)
        #expect(run.errorLines == [line])
    }

    @Test("a closed standard output ends the command quietly", arguments: [["codes"], ["codes", "--json"]])
    func closedOutput(arguments: [String]) throws {
        let executable = try #require(SmileIDProcess.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let command = ([executable.path] + arguments).joined(separator: " ")
        process.arguments = ["-c", "set -o pipefail; \(command) | head -c 1 > /dev/null"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(errorText.isEmpty)
    }

    @Test(
        "any other write failure is one line on standard error with exit status 1",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDevice() throws {
        let executable: URL = try #require(SmileIDProcess.executable)
        let full: FileHandle = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let process = Process()
        process.executableURL = executable
        process.arguments = ["codes"]
        process.standardOutput = full
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(errorText == "smileid: cannot write the output: No space left on device\n")
    }
}
