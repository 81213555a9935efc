import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `smileid-callback-server` binary run as a child process (under `sh -c 'ulimit -n N; exec
/// …'` when a descriptor limit is given), its standard error collected line by line.
final class ServerProcess: Sendable {
    let process: Process
    private let lines = LineLog()
    let port: Int

    /// The built binary: `SMILEID_CALLBACK_SERVER_BINARY`, or next to this test bundle.
    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["SMILEID_CALLBACK_SERVER_BINARY"] { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("smileid-callback-server").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw HTTPTestClient.Failure(
            description: "smileid-callback-server is not built: run swift build --build-tests first")
    }

    /// The environment of a test server: synthetic credentials, a port picked by the kernel.
    static func environment(database: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "SMILE_PARTNER_ID": Synthetic.key.partnerID, "SMILE_API_KEY": "fake-api-key-0000-example-test",
            "SMILE_API_URL": "http://127.0.0.1:9", "PORT": "0", "DATABASE_URL": "sqlite:\(database)",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Starts the server and waits for its `listening on 127.0.0.1:PORT` line.
    init(environment: [String: String], descriptorLimit: Int? = nil) async throws {
        let binary = try Self.binary()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let limit = descriptorLimit.map { "ulimit -n \($0) && " } ?? ""
        process.arguments = ["-c", "\(limit)exec \"$0\"", binary]
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let lines = self.lines
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let pending = Mutex(Data())
        errors.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty {
                handle.readabilityHandler = nil
                continuation.finish()
                return
            }
            let complete: [String] = pending.withLock { buffer in
                buffer.append(chunk)
                var found: [String] = []
                while let newline = buffer.firstIndex(of: 0x0A) {
                    found.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                    buffer.removeSubrange(buffer.startIndex...newline)
                }
                return found
            }
            for line in complete {
                lines.append(line)
                if let range = line.range(of: "listening on 127.0.0.1:") {
                    let digits = line[range.upperBound...].prefix { $0.isNumber }
                    if let port = Int(digits) { continuation.yield(port) }
                }
            }
        }
        try process.run()
        self.process = process
        let port = await withTaskGroup(of: Int?.self) { group in
            group.addTask {
                var iterator = ports.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(30))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let port else {
            process.terminate()
            throw HTTPTestClient.Failure(description: "the server did not start: \(lines.all)")
        }
        self.port = port
    }

    /// Every line written to standard error so far.
    var log: [String] { lines.all }

    /// The process's resident memory and its peak, in KiB (Linux: /proc/PID/status).
    var memory: (resident: Int, peak: Int) {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        func value(_ key: String) -> Int {
            let line = status.split(separator: "\n").first { $0.hasPrefix(key) } ?? ""
            return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }?.filter(\.isNumber) ?? "") ?? -1
        }
        return (value("VmRSS:"), value("VmHWM:"))
    }

    /// The number of open descriptors (Linux: /proc/PID/fd).
    var openDescriptors: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count) ?? -1
    }

    /// Sends SIGTERM and waits for the exit: its status.
    func stop() async -> Int32 {
        process.terminate()
        while process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

/// A callback signed now (the binary runs on the real clock).
func freshCallback(jobID: String) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return Synthetic.callback(timestamp: formatter.string(from: Date()), jobID: jobID)
}

/// Lines collected from several threads.
final class LineLog: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var all: [String] { lines.withLock { $0 } }
}
