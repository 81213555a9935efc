import HTTPTypes
import NIOCore
import NIOHTTPTypes
import Synchronization

/// Holds at most a number of connections, and closes a request that takes too long to read.
///
/// When a new connection would go over the cap, the oldest connection that has no request in
/// progress (one that sent nothing, half a request line, or is idle between requests) is closed
/// to make room; when every connection has a request in progress, the new one is closed. So
/// descriptors never run out (the cap is below the open-file limit), a flood of half-sent
/// requests cannot keep out a real callback, and nothing in progress is cut off.
public final class ConnectionGuard: Sendable {
    private struct Entry {
        var channel: any Channel
        var order: Int
        var isBusy: Bool
    }

    private struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var nextOrder = 0
    }

    private let state = Mutex(State())
    /// The most connections held.
    public let cap: Int
    /// How long reading a request may take, from its head to its end.
    public let readTimeout: TimeAmount
    let refusals: RefusalLog

    /// A guard of `cap` connections.
    public init(cap: Int, readTimeout: Duration, refusals: RefusalLog) {
        self.cap = max(1, cap)
        let (seconds, attoseconds) = readTimeout.components
        self.readTimeout = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        self.refusals = refusals
    }

    /// The number of connections held.
    public var count: Int { state.withLock { $0.entries.count } }

    func opened(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        let victim: (any Channel)? = state.withLock { state in
            state.entries[id] = Entry(channel: channel, order: state.nextOrder, isBusy: false)
            state.nextOrder += 1
            guard state.entries.count > cap else { return nil }
            let idle = state.entries.lazy.filter { $0.key != id && !$0.value.isBusy }
            guard let oldest = idle.min(by: { $0.value.order < $1.value.order }) else {
                state.entries[id] = nil
                return channel
            }
            state.entries[oldest.key] = nil
            return oldest.value.channel
        }
        guard let victim else { return }
        refusals.count(victim === channel ? "connection_over_cap" : "connection_evicted")
        victim.close(promise: nil)
    }

    func closed(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        state.withLock { _ = $0.entries.removeValue(forKey: id) }
    }

    func setBusy(_ channel: any Channel, _ isBusy: Bool) {
        let id = ObjectIdentifier(channel)
        state.withLock { $0.entries[id]?.isBusy = isBusy }
    }

    /// A handler for one connection's pipeline (after HTTP decoding).
    public func makeHandler() -> any RemovableChannelHandler {
        ConnectionGuardHandler(guard: self)
    }
}

/// One connection's part of a ``ConnectionGuard``: registers the connection, marks it busy from
/// a request's head until its response ends, and closes it when a request is not read in time.
final class ConnectionGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let connections: ConnectionGuard
    private var readDeadline: Scheduled<Void>?
    private var isRegistered = false

    init(guard connections: ConnectionGuard) {
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard !isRegistered else { return }
        isRegistered = true
        let channel = context.channel
        let connections = self.connections
        connections.opened(channel)
        channel.closeFuture.whenComplete { _ in connections.closed(channel) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        readDeadline?.cancel()
        readDeadline = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            connections.setBusy(context.channel, true)
            readDeadline?.cancel()
            let channel = context.channel
            let refusals = connections.refusals
            readDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: connections.readTimeout) {
                refusals.count("read_timeout")
                channel.close(promise: nil)
            }
        case .end:
            readDeadline?.cancel()
            readDeadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            connections.setBusy(context.channel, false)
        }
        context.write(data, promise: promise)
    }
}
