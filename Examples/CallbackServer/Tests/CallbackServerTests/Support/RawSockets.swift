import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Blocking sockets to 127.0.0.1 for the attacks the hostile-input tests make.
enum RawSockets {
    /// A connected socket, or -1.
    static func connect(port: Int, receiveTimeout seconds: Int = 20) -> Int32 {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return -1 }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// Sends all of `bytes`; false if the peer closed.
    @discardableResult
    static func send(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    /// Whether the server closed the connection: a read gives end of file or an error, without
    /// waiting.
    static func isClosedByPeer(_ descriptor: Int32) -> Bool {
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT))
        if count == 0 { return true }
        if count < 0 { return errno != EAGAIN && errno != EWOULDBLOCK }
        return false
    }

    /// Sends `count` requests one after the other on one keep-alive connection, reading each
    /// answer: the statuses.
    static func keepAlive(port: Int, request: [UInt8], count: Int) -> [Int] {
        var statuses: [Int] = []
        var descriptor = connect(port: port)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var pending: [UInt8] = []
        while statuses.count < count {
            if descriptor < 0 || !send(descriptor, request) {
                if descriptor >= 0 { close(descriptor) }
                descriptor = connect(port: port)
                pending = []
                if descriptor < 0 { statuses.append(-1) }
                continue
            }
            // Read one answer: the head, then Content-Length bytes.
            var status = -1
            while true {
                if let end = find(pending, Array("\r\n\r\n".utf8)) {
                    let head = String(decoding: pending[..<end], as: UTF8.self)
                    let length =
                        head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                        .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                    if pending.count >= end + 4 + length {
                        status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? -1
                        pending.removeFirst(end + 4 + length)
                        break
                    }
                }
                let received = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if received <= 0 { break }
                pending += buffer[..<received]
            }
            statuses.append(status)
            if status < 0 {
                close(descriptor)
                descriptor = -1
            }
        }
        if descriptor >= 0 { close(descriptor) }
        return statuses
    }

    private static func find(_ haystack: [UInt8], _ needle: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// Runs `work` on `threads` threads at once (blocking socket calls stay off Swift's pool).
    static func onThreads<T: Sendable>(_ threads: Int, _ work: @escaping @Sendable (Int) -> T) async -> [T] {
        await withTaskGroup(of: T.self) { group in
            for index in 0..<threads {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        Thread { continuation.resume(returning: work(index)) }.start()
                    }
                }
            }
            var all: [T] = []
            for await value in group { all.append(value) }
            return all
        }
    }
}

extension Array where Element == UInt8 {
    /// An HTTP/1.1 POST to `path` with `body`, keeping the connection open.
    static func post(_ path: String, body: [UInt8]) -> [UInt8] {
        Array(
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
                .utf8) + body
    }
}
