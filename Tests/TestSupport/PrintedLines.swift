import Foundation

/// Where the README's examples print when the tests run them: each test module that runs one
/// declares a `print` of its own that calls ``record(_:separator:)``, so the lines go to the
/// running test's ``current`` collector (and are checked there), not to the terminal, where
/// `Smile ID callback refused (mismatch): …` would read as a failure of the run.
///
/// ```swift
/// let printed = PrintedLines()
/// try await PrintedLines.$current.withValue(printed) { try await runTheExample() }
/// #expect(printed.lines.contains("Smile ID callback accepted: recorded as trusted"))
/// ```
///
/// Without a collector, the lines are dropped: an example's output is never the test's verdict.
public final class PrintedLines: @unchecked Sendable {
    /// The collector of the running test, if it set one.
    @TaskLocal public static var current: PrintedLines?

    private let lock = NSLock()
    private var recorded: [String] = []

    /// An empty collector.
    public init() {}

    /// The lines printed so far, in order.
    public var lines: [String] {
        lock.withLock { recorded }
    }

    /// Records what `print(items…, separator:)` would have written, one entry a call, in the
    /// running test's collector.
    public static func record(_ items: [Any], separator: String) {
        guard let current else { return }
        let line = items.map { String(describing: $0) }.joined(separator: separator)
        current.lock.withLock { current.recorded.append(line) }
    }
}
