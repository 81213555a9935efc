#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread running one closure, joined by ``join()``: the workers of `--jsonl --jobs N`.
///
/// Plain pthreads rather than Swift concurrency: the workers run long loops of pure computation
/// between short waits on a lock (`PThreadLocked`), which is what a cooperative thread pool is not
/// meant for, and the tool keeps its dependencies to the C library.
struct WorkerThread: Sendable {
    #if canImport(Darwin)
    private let thread: pthread_t?
    #else
    private let thread: pthread_t
    #endif

    /// Starts a thread running `body`; `nil` when the system refuses another thread.
    init?(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(
            &thread, nil,
            { context in
                #if canImport(Darwin)
                Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                #else
                if let context { Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run() }
                #endif
                return nil
            }, context)
        guard started == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        self.thread = thread
    }

    /// Waits until the thread's closure has returned.
    func join() {
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
    }

    /// The closure, boxed to cross `pthread_create`'s C function pointer.
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// The number of processors available to this process, at least 1: the default of `--jobs`.
    static var availableProcessorCount: Int {
        max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1)
    }
}
