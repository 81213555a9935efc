#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` value from a failed system call, described as the C library describes it.
struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `errno` value.
    var code: Int32

    /// The error of the last failed system call on this thread.
    static var current: SystemError { SystemError(code: errno) }

    /// Whether the error is `EPIPE`: the reader of a pipe has gone away.
    var isBrokenPipe: Bool { code == EPIPE }

    /// Whether the error is `EINTR`: the call was interrupted and should be retried.
    var isInterrupted: Bool { code == EINTR }

    /// The C library's text, such as `No such file or directory`.
    var description: String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
