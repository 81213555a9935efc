import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attacks of issue 19, made on the real binary: half-sent requests under `ulimit -n 1024`,
/// a flood of unsigned requests and its log, a flood of 1 MiB bodies and the memory it leaves.
@Suite(.serialized) struct HostileInputTests {
    static func database() throws -> (folder: URL, path: String) {
        let folder = try StoreConformanceTests.temporaryDirectory()
        return (folder, folder.appendingPathComponent("inbox.sqlite").path)
    }

    @Test func halfSentRequestsUnderAThousandDescriptorsDoNotKeepOutACallback() async throws {
        let (folder, path) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let idleTimeout = 4.0
        let server = try await ServerProcess(
            environment: ServerProcess.environment(
                database: path,
                extra: ["SMILE_IDLE_TIMEOUT_SECONDS": "\(idleTimeout)", "SMILE_LOG_INTERVAL_SECONDS": "1"]),
            descriptorLimit: 1024)
        let port = server.port
        // 1,100 connections that send half a request line and nothing more.
        let opened = Date()
        let held = await RawSockets.onThreads(10) { _ in
            (0..<110).map { _ in
                let descriptor = RawSockets.connect(port: port)
                if descriptor >= 0 { RawSockets.send(descriptor, Array("POST /smile-id/callb".utf8)) }
                return descriptor
            }
        }.flatMap { $0 }
        defer { for descriptor in held where descriptor >= 0 { close(descriptor) } }
        #expect(held.filter { $0 >= 0 }.count == 1_100, "the kernel refused some connections")
        // Until the server has accepted what it will (its descriptors stop growing).
        var descriptorsUnderAttack = server.openDescriptors
        for _ in 0..<30 {
            try await Task.sleep(for: .milliseconds(100))
            let now = server.openDescriptors
            if now == descriptorsUnderAttack && now > 800 { break }
            descriptorsUnderAttack = max(descriptorsUnderAttack, now)
        }
        #expect(descriptorsUnderAttack < 1_024, "the server ran out of descriptors")

        // A normal signed callback is still answered, promptly.
        let started = Date()
        let answer = try await HTTPTestClient.post(
            port: port, path: "/smile-id/callback", body: Array(freshCallback(jobID: "job-under-attack").utf8))
        let latency = Date().timeIntervalSince(started)
        #expect(answer.status == 200 && answer.body == #"{"outcome":"accepted"}"#)
        #expect(latency < 2, "the callback took \(latency) s")

        // Every held connection is closed once the idle timeout has passed.
        let wait = idleTimeout + 2 - Date().timeIntervalSince(opened)
        if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
        let closed = held.filter { $0 >= 0 && RawSockets.isClosedByPeer($0) }.count
        #expect(closed == 1_100, "\(1_100 - closed) half-sent connections still held after the idle timeout")
        #expect(try await HTTPTestClient.get(port: port, path: "/health").status == 200)
        let status = await server.stop()
        #expect(status == 0, "a graceful stop exits 0")
        let log = server.log
        let evicted = log.compactMap { line -> Int? in
            guard let range = line.range(of: "connection_evicted=") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }.reduce(0, +)
        #expect(evicted > 0, "no half-sent connection was evicted to make room")
        print(
            "half-sent attack: 1,100 connections, \(descriptorsUnderAttack) descriptors open under ulimit -n 1024, \(evicted) evicted at the cap, callback answered in \(Int(latency * 1000)) ms, \(closed) closed by the idle timeout; \(log.count) log lines"
        )
    }

    @Test func tenThousandUnsignedRequestsWriteABoundedLog() async throws {
        let (folder, path) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await ServerProcess(
            environment: ServerProcess.environment(database: path, extra: ["SMILE_LOG_INTERVAL_SECONDS": "1"]))
        let port = server.port
        let before = server.log.count
        let request = [UInt8].post("/smile-id/callback", body: Array(Synthetic.callback(timestamp: nil).utf8))
        let started = Date()
        let statuses = await RawSockets.onThreads(8) { _ in
            RawSockets.keepAlive(port: port, request: request, count: 1_250)
        }
        .flatMap { $0 }
        let seconds = Date().timeIntervalSince(started)
        #expect(statuses.count == 10_000 && statuses.allSatisfy { $0 == 401 })
        try await Task.sleep(for: .seconds(2.5))  // the last interval's summary
        _ = await server.stop()
        let written = server.log.dropFirst(before)
        let summaries = written.filter { $0.contains("refused") }
        let counted = summaries.compactMap { line -> Int? in
            guard let range = line.range(of: "refused ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }.reduce(0, +)
        #expect(counted == 10_000, "the summaries count every refusal")
        // One summary a second at most, and a few lines of starting and stopping.
        #expect(written.count <= Int(seconds) + 8, "\(written.count) lines for 10,000 refusals in \(seconds) s")
        let bytes = written.reduce(0) { $0 + $1.utf8.count + 1 }
        print(
            "10,000 unsigned requests in \(String(format: "%.1f", seconds)) s: \(written.count) log lines, \(bytes) bytes"
        )
        for value in Synthetic.secrets {
            #expect(!server.log.joined().contains(value))
        }
    }

    @Test func memoryTakenByAFloodOfLargeBodiesIsGivenBack() async throws {
        let (folder, path) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await ServerProcess(
            environment: ServerProcess.environment(database: path, extra: ["SMILE_LOG_INTERVAL_SECONDS": "1"]))
        let port = server.port
        // Warm up: the first requests allocate what every later one reuses.
        _ = await RawSockets.onThreads(4) { _ in
            RawSockets.keepAlive(port: port, request: .post("/smile-id/callback", body: Array("{}".utf8)), count: 10)
        }
        try await Task.sleep(for: .seconds(1.5))
        let before = server.memory
        var body = Array(Synthetic.callback(timestamp: nil).utf8)
        body.removeLast()
        body +=
            Array(#", "Padding": ""#.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 1_048_576 - body.count - 14)
            + Array(#""}"#.utf8)
        let request = [UInt8].post("/smile-id/callback", body: body)
        let statuses = await RawSockets.onThreads(32) { _ in
            RawSockets.keepAlive(port: port, request: request, count: 32)
        }
        .flatMap { $0 }
        #expect(statuses.count == 1_024 && statuses.allSatisfy { $0 == 401 })
        let during = server.memory
        try await Task.sleep(for: .seconds(3))  // a summary interval: the memory is given back
        let after = server.memory
        _ = await server.stop()
        print(
            "1,024 unsigned 1 MiB bodies on 32 connections: RSS \(before.resident / 1024) MiB before, \(during.resident / 1024) MiB right after, \(after.resident / 1024) MiB 3 s later (peak \(after.peak / 1024) MiB)"
        )
        #expect(
            after.resident - before.resident < 64 * 1024,
            "RSS grew from \(before.resident) KiB to \(after.resident) KiB")
    }

    @Test func missingCredentialsExitWithStatus2AndOneLine() async throws {
        let binary = try ServerProcess.binary()
        for missing in ["SMILE_PARTNER_ID", "SMILE_API_KEY", "SMILE_API_URL"] {
            var environment = ServerProcess.environment(database: "/nonexistent/never-created.sqlite")
            environment[missing] = nil
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2)
            #expect(output == "smileid-callback-server: \(missing) is required\n")
        }
    }
}
