/// What a JSON Lines command does with one line: ``JSONLinesEngine`` calls it for every line
/// that is not blank (only JSON white space), on one thread with `--jobs 1`, or on several
/// worker threads at once.
///
/// A transform must give the same output for the same line whatever thread runs it and
/// whatever ran before (it is a pure function of the line), so that `--jobs N` prints exactly
/// what `--jobs 1` prints.
protocol LineTransform: Sendable {
    /// Appends the output for `line` (without its line break) to `output` and says
    /// ``LineOutcome/written``; or appends nothing and says why there is no output.
    ///
    /// `line` is the line's bytes without its line break (and without a `\r` before it); it
    /// holds something other than JSON white space.
    func transform(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> LineOutcome
}

/// What a ``LineTransform`` made of one line.
enum LineOutcome: Sendable, Equatable {
    /// The line's output was appended.
    case written
    /// The line failed: it prints `{"error": message, "line": N}`, and the run exits with 1.
    /// The message names what was wrong and where; it never contains a personal value, a key or
    /// a signature from the line (it may name a `SmileJobID`).
    case failed(String)
}
