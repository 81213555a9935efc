#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few C library calls `smileid` makes, with errors as ``SystemError``.
enum SystemCall {
    /// The descriptor of standard input.
    static let standardInput: Int32 = 0
    /// The descriptor of standard output.
    static let standardOutput: Int32 = 1
    /// The descriptor of standard error.
    static let standardError: Int32 = 2

    /// Writes up to `count` bytes; the number written, or the error.
    static func write(_ fileDescriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Result<Int, SystemError> {
        retryingOnInterrupt {
            #if canImport(Darwin)
            Darwin.write(fileDescriptor, bytes, count)
            #elseif canImport(Musl)
            Musl.write(fileDescriptor, bytes, count)
            #else
            Glibc.write(fileDescriptor, bytes, count)
            #endif
        }
    }

    /// Reads up to `count` bytes; the number read (0 at the end), or the error.
    static func read(_ fileDescriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Result<
        Int, SystemError
    > {
        retryingOnInterrupt {
            #if canImport(Darwin)
            Darwin.read(fileDescriptor, bytes, count)
            #elseif canImport(Musl)
            Musl.read(fileDescriptor, bytes, count)
            #else
            Glibc.read(fileDescriptor, bytes, count)
            #endif
        }
    }

    /// Calls `call` until it is not interrupted by a signal (EINTR); its non-negative result,
    /// or the error it set.
    private static func retryingOnInterrupt(_ call: () -> Int) -> Result<Int, SystemError> {
        while true {
            let result = call()
            if result >= 0 { return .success(result) }
            let error = SystemError.current
            if !error.isInterrupted { return .failure(error) }
        }
    }

    /// Opens `path` for reading; the descriptor, or the error. A directory is refused with `EISDIR`.
    static func openForReading(_ path: String) -> Result<Int32, SystemError> {
        let fileDescriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard fileDescriptor >= 0 else { return .failure(.current) }
        var status = stat()
        if fstat(fileDescriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(fileDescriptor)
            return .failure(SystemError(code: EISDIR))
        }
        return .success(fileDescriptor)
    }

    /// Closes a descriptor this process opened.
    static func closeDescriptor(_ fileDescriptor: Int32) {
        _ = close(fileDescriptor)
    }

    /// Makes a closed pipe an `EPIPE` error of `write` instead of a signal that ends the process.
    static func ignoreBrokenPipeSignal() {
        _ = signal(SIGPIPE, SIG_IGN)
    }
}

// MARK: - Environment

extension SystemCall {
    /// The value of the environment variable `name`, or `nil` when it is not set.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

// MARK: - Exiting

extension SystemCall {
    /// Ends the process with `status`.
    static func exit(_ status: ExitStatus) -> Never {
        #if canImport(Darwin)
        Darwin.exit(status.rawValue)
        #elseif canImport(Musl)
        Musl.exit(status.rawValue)
        #else
        Glibc.exit(status.rawValue)
        #endif
    }
}
