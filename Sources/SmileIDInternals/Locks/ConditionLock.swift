#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread mutex with one condition variable: the only synchronisation of the worker threads
/// of `--jsonl --jobs N` (see ``LinePipeline``).
///
/// Every waiter waits on the same condition and every change wakes them all (``broadcast()``):
/// the threads are few (the workers and the reading thread) and each batch of lines they pass
/// around takes milliseconds, so a targeted wake-up would save nothing measurable.
///
/// `@unchecked Sendable`: the mutex and the condition live at fixed addresses allocated here,
/// and pthreads makes them safe to use from any thread.
package final class ConditionLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    /// Creates an unlocked lock.
    package init() {
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

extension ConditionLock {
    /// Runs `body` with the mutex held.
    package func withLock<Result>(_ body: () -> Result) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Releases the mutex until another thread calls ``broadcast()``, then takes it again; call
    /// only inside ``withLock(_:)``, in a loop that checks what it waits for.
    package func wait() {
        pthread_cond_wait(condition, mutex)
    }

    /// Wakes every thread in ``wait()``; call inside ``withLock(_:)`` after a change.
    package func broadcast() {
        pthread_cond_broadcast(condition)
    }
}
