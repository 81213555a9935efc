/// Finds the lines of a snippet between two marker lines, so that a test can check that the
/// README shows exactly the code the test compiles and runs.
public enum ReadmeSnippet {
    /// The lines strictly between the first line containing `start` and the next line
    /// containing `end`, without blank lines and Markdown code fences, dedented by their common
    /// indentation (relative indentation is kept); `nil` when a marker is missing.
    public static func lines(of text: String, between start: String, and end: String) -> [String]? {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let lower = all.firstIndex(where: { $0.contains(start) }),
            let upper = all[(lower + 1)...].firstIndex(where: { $0.contains(end) })
        else { return nil }
        let body = all[(lower + 1)..<upper].filter { line in
            !line.allSatisfy(\.isWhitespace) && !line.drop { $0 == " " }.hasPrefix("```")
        }
        let indent = body.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return body.map { String($0.dropFirst(indent)) }
    }
}
