import Foundation
import TestSupport
import Testing

@testable import smileid

/// The README's command-line section shows what the tool really prints: every `$ swift run
/// smileid …` example is run and its output (standard output, then standard error) compared with
/// the lines shown under it.
@Suite struct ReadmeCommandLineTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var output: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let examples: [Example] = {
        guard let readme = try? Fixtures.data("../README.md") else { return [] }
        var examples: [Example] = []
        var current: Example?
        for line in String(decoding: readme, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("$ swift run smileid ") {
                if let current { examples.append(current) }
                current = Example(
                    arguments: line.dropFirst("$ swift run smileid ".count).split(separator: " ").map(String.init),
                    output: [])
            } else if line.isEmpty || line.hasPrefix("```") {
                if let done = current { examples.append(done) }
                current = nil
            } else {
                current?.output.append(String(line))
            }
        }
        return examples
    }()

    @Test func theReadmeHasTheExamples() {
        #expect(Self.examples.count >= 6)
        #expect(Self.examples.contains { $0.arguments.first == "decide" })
        #expect(Self.examples.contains { $0.arguments.first == "result" && $0.arguments.contains("--json") })
    }

    @Test("The README's table of commands shows each command's usage line, as smileid --help prints it")
    func theCommandTableIsTheUsage() throws {
        let readme = String(decoding: try Fixtures.data("../README.md"), as: UTF8.self)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex(of: "| command | what it does |"))
        let table = lines[header...].prefix { !$0.isEmpty }
        let usages = table.compactMap { line -> String? in
            guard line.hasPrefix("| `smileid "), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return line[line.index(line.startIndex, offsetBy: 3)..<end].replacingOccurrences(of: "\\|", with: "|")
        }
        #expect(usages == Command.allCases.map(\.usageLine))
    }

    @Test("Each example prints what the README shows", arguments: examples)
    func example(_ example: Example) throws {
        let run = try SmileIDProcess.run(example.arguments)
        #expect(run.outputLines + run.errorLines == example.output)
    }
}
