/// The status `smileid` exits with.
///
/// - `0`: the command did its work (an unknown code is still an answer).
/// - `1`: the input could not be read or understood (including any failed line of `--jsonl`).
/// - `2`: the command line itself is wrong (unknown option, missing argument, bad value).
enum ExitStatus: Int32, Sendable {
    /// The command did its work.
    case success = 0
    /// The input could not be read or understood.
    case failure = 1
    /// The command line is wrong.
    case usage = 2
}
