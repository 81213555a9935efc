import Foundation
import TestSupport
import Testing

/// Runs the built `smileid` executable as a subprocess, as a user's shell would.
///
/// Standard input, output and error go through temporary files, so no pipe can fill up and
/// block, whatever the sizes.
struct SmileIDProcess {
    /// What one run produced.
    struct Run {
        /// The exit status.
        var status: Int32
        /// Standard output, as bytes.
        var outputBytes: [UInt8]
        /// Standard error.
        var errors: String

        /// Standard output, as text.
        var output: String { String(decoding: outputBytes, as: UTF8.self) }

        /// Standard output's lines, without the empty string after the last line break.
        var outputLines: [String] {
            var lines = output.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }

        /// Standard error's lines, without the empty string after the last line break.
        var errorLines: [String] {
            var lines = errors.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// The executable: next to the test bundle, or in the package's `.build/debug`.
    static let executable: URL? = {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.appendingPathComponent("smileid"),
            bundle.deletingLastPathComponent().appendingPathComponent("smileid"),
            Fixtures.packageRoot.appendingPathComponent(".build/debug/smileid"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `smileid` with `arguments`, feeding `input` to its standard input (empty if `nil`).
    ///
    /// `environment` is added to the test's own environment, from which `SMILE_API_KEY` and
    /// `SMILE_PARTNER_ID` are removed first (a variable set where the tests run changes nothing).
    static func run(_ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:]) throws -> Run {
        let executable = try #require(executable, "build the smileid product first: swift build")
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("smileid-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("stdin")
        let outputURL = directory.appendingPathComponent("stdout")
        let errorURL = directory.appendingPathComponent("stderr")
        try Data(input ?? []).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var processEnvironment = ProcessInfo.processInfo.environment
        processEnvironment["SMILE_API_KEY"] = nil
        processEnvironment["SMILE_PARTNER_ID"] = nil
        processEnvironment.merge(environment) { _, new in new }
        process.environment = processEnvironment
        process.currentDirectoryURL = Fixtures.packageRoot
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            outputBytes: [UInt8](try Data(contentsOf: outputURL)),
            errors: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// Runs `smileid` with `input` as text on standard input.
    static func run(_ arguments: [String], text: String) throws -> Run {
        try run(arguments, input: Array(text.utf8))
    }
}

/// A JSON value parsed from the tool's output, for assertions.
func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// The keys of a JSON object in the order they appear in `text` (top level only).
func topLevelKeys(ofObjectIn text: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var index = text.startIndex
    var inString = false
    var stringStart = text.startIndex
    var escaped = false
    while index < text.endIndex {
        let character = text[index]
        if inString {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inString = false
                if depth == 1 {
                    let rest = text[text.index(after: index)...].drop { $0 == " " || $0 == "\n" }
                    if rest.first == ":" { keys.append(String(text[text.index(after: stringStart)..<index])) }
                }
            }
        } else if character == "\"" {
            inString = true
            stringStart = index
        } else if character == "{" || character == "[" {
            depth += 1
        } else if character == "}" || character == "]" {
            depth -= 1
        }
        index = text.index(after: index)
    }
    return keys
}
