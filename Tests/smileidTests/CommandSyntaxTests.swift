import Foundation
import Models
import ResultCodes
import Testing

@testable import smileid

/// The usage lines and the help, made from each command's declared options.
@Suite("CommandSyntax")
struct CommandSyntaxTests {
    @Test("every command's help starts with its usage line, which the overview lists", arguments: Command.allCases)
    func usage(command: Command) {
        #expect(Help.text(for: command).hasPrefix("Usage: \(command.usageLine)\n\n"))
        #expect(Help.overview.contains("\n  \(command.usageLine)\n"))
    }

    @Test(
        "every declared option is in the usage line, in the help, and accepted by the parser",
        arguments: Command.allCases)
    func declaredOptions(command: Command) throws {
        let help = Help.text(for: command)
        for option in command.syntax.options {
            #expect(command.usageLine.contains(option.label), "\(option.name)")
            #expect(help.contains("\n  \(option.label)   "), "\(option.name)")
            var arguments = command.syntax.argument.map { _ in ["x"] } ?? []
            arguments += [option.name] + (option.takesValue ? ["1"] : [])
            if let companion = option.appliesOnlyWith { arguments.append(companion) }
            let parsed = try ArgumentParser(command: command).parse(arguments)
            #expect(parsed.has(option) || parsed.value(of: option) == "1", "\(option.name)")
        }
    }

    @Test("the usage line nests an option inside the one it applies with, brackets an optional argument")
    func usageLine() {
        #expect(Command.decide.usageLine == "smileid decide <file | -> [--policy FILE] [--json] [--jsonl [--jobs N]]")
        #expect(
            Command.verify.usageLine
                == "smileid verify <file | -> [--partner-id ID] [--max-age SECONDS] [--now TIMESTAMP] [--json]")
        #expect(
            Command.sign.usageLine
                == "smileid sign [<file | ->] [--timestamp TIMESTAMP] [--partner-id ID] [--api-key KEY]")
        #expect(Command.codes.usageLine == "smileid codes [--job-type N] [--json]")
    }

    @Test("a required option is shown bare")
    func requiredOption() {
        let syntax = CommandSyntax(
            argument: "file | -",
            options: [.value("--key", "K", isRequired: true, help: "."), .flag("--json", help: ".")],
            summary: "", description: "")
        #expect(syntax.usage == "<file | -> --key K [--json]")
    }

    @Test("an optional argument may be left out; a second one is refused")
    func optionalArgument() throws {
        #expect(try ArgumentParser(command: .sign).parse(["--timestamp", "t"]).positionals == [])
        #expect(try ArgumentParser(command: .sign).parse(["-"]).positionals == ["-"])
        #expect(throws: CommandLineError.self) { try ArgumentParser(command: .sign).parse(["a", "b"]) }
        #expect(throws: CommandLineError.self) { try ArgumentParser(command: .result).parse([]) }
    }

    @Test("codes --help names every table of ResultCodeTable.allCases, with its job type")
    func codesHelpListsEveryTable() throws {
        let help = Help.text(for: .codes).replacingOccurrences(of: "\n", with: " ")
        #expect(help.contains("plus the \(ResultCodeTable.general.title), which apply to every job type"))
        var extraTables = 0
        for (jobType, tables) in Help.jobTypesWithTables {
            #expect(help.contains(" \(jobType.rawValue) \(tables[0].title)"), "\(jobType)")
            extraTables += tables.count - 1
        }
        let withJobTypes = ResultCodeTable.allCases.filter { !$0.jobTypes.isEmpty }
        #expect(Help.jobTypesWithTables.map(\.tables.count).reduce(0, +) == withJobTypes.count)
        #expect(help.components(separatedBy: "(and ").count - 1 == extraTables)
        let others = JobType.allCases.filter { ResultCodeTable.tables(for: $0).isEmpty }.map { String($0.rawValue) }
        #expect(help.contains("The other job types (\(Help.list(others + ["unknown ones"])))"))
        #expect(
            Help.tableCoverage.replacingOccurrences(of: "\n", with: " ")
                == "Code tables in this version: job types 1 Biometric KYC, 2 SmartSelfie Authentication, 4 SmartSelfie Registration, 5 Enhanced KYC (and the ID API errors), 8 Update Photo and 9 Compare User Info (and its errors), plus the General failures, which apply to every job type. The other job types (6, 7, 10, 11, 12 and unknown ones) have only the General failures; their results' Actions are read as signals ('smileid result')."
        )
    }

    @Test("explain --help lists every table and outcome name the JSON output writes")
    func explainHelpListsNames() {
        let help = Help.text(for: .explain).replacingOccurrences(of: "\n", with: " ")
        #expect(
            help.contains("table is one of " + ResultCodeTable.allCases.map(\.rawValue).joined(separator: ", ") + ";"))
        #expect(help.contains("outcome one of " + Outcome.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    }

    @Test("help columns: two spaces, the longest label, three spaces; later lines keep their indentation")
    func columns() {
        #expect(
            Help.columns([("-a", "one\n  two"), ("--bb X", "three")]) == [
                "  -a       one\n             two", "  --bb X   three",
            ])
        #expect(Help.wrap("aa bb cc", width: 5) == "aa bb\ncc")
        #expect(Help.list(["a"]) == "a" && Help.list(["a", "b", "c"]) == "a, b and c")
    }
}
