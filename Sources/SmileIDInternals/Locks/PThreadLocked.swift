#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value guarded by a `pthread_mutex_t`, with one condition variable to wait for a change:
/// the package's one lock (the in-memory job inbox store's records, the batches of `--jsonl --jobs N`).
///
/// `Synchronization.Mutex` would do for the value, but on Linux its contended path waits on a
/// futex inside the uninstrumented standard library, so ThreadSanitizer cannot see the ordering
/// it gives and reports races that are not there; it does understand `pthread_mutex_lock` and
/// `pthread_cond_wait`. This keeps `swift test --sanitize=thread` meaningful for the types that
/// share state between threads.
///
/// Every waiter waits on the same condition and every change wakes them all (``broadcast()``):
/// the threads that wait are few (the JSON Lines workers and the reading thread) and each batch
/// they pass around takes milliseconds, so a targeted wake-up would save nothing measurable. A
/// lock nobody waits on (the in-memory store's) never calls it.
///
/// `@unchecked Sendable`: the value is read and written only with the mutex held, and the mutex
/// and the condition live at fixed addresses allocated here, which pthreads makes safe to use
/// from any thread.
package final class PThreadLocked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var value: Value

    /// Creates an unlocked lock guarding `value`.
    package init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deinitialize(count: 1)
        condition.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }
}

// MARK: - Locking

extension PThreadLocked {
    /// Runs `body` with the value while holding the lock.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }

    /// Takes the lock, waits until `isReady` holds of the value (releasing the lock while it
    /// waits for a ``broadcast()``), then runs `body` with the value, still holding the lock.
    ///
    /// `isReady` is asked with the lock held, first at once and then after every broadcast; it
    /// must become true through another thread's change, or the caller waits for ever.
    package func withLock<Result>(
        waitingUntil isReady: (Value) -> Bool, _ body: (inout Value) throws -> Result
    ) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !isReady(value) {
            pthread_cond_wait(condition, mutex)
        }
        return try body(&value)
    }

    /// Wakes every thread waiting in ``withLock(waitingUntil:_:)``, which then asks its
    /// condition again; call after a change another thread may wait for (inside or after the
    /// `withLock` that made it).
    package func broadcast() {
        pthread_cond_broadcast(condition)
    }
}
