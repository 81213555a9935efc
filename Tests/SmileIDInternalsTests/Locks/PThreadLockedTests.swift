import SmileIDInternals
import Testing

#if canImport(FoundationEssentials)
import Dispatch
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("The one lock")
struct PThreadLockedTests {
    @Test("withLock serialises every change: no increment is lost across threads")
    func serialisesChanges() {
        let counter = PThreadLocked(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<10_000 {
                counter.withLock { value in
                    // Read, let another thread run, write: without the lock, updates get lost.
                    let read = value
                    if read % 16 == 0 { sched_yield() }
                    value = read + 1
                }
            }
        }
        #expect(counter.withLock { $0 } == 40_000)
    }

    @Test("withLock(waitingUntil:) runs its body only once the condition holds, woken by broadcast()")
    func waitsForTheCondition() {
        // Two threads take turns: one acts on even values, the other on odd ones. A body run
        // before its turn would see the other parity.
        let turn = PThreadLocked(0)
        let outOfTurn = PThreadLocked(0)
        let rounds = 500
        DispatchQueue.concurrentPerform(iterations: 2) { parity in
            for _ in 0..<rounds {
                turn.withLock(
                    waitingUntil: { $0 % 2 == parity },
                    { value in
                        if value % 2 != parity { outOfTurn.withLock { $0 += 1 } }
                        value += 1
                    })
                turn.broadcast()
            }
        }
        #expect(turn.withLock { $0 } == 2 * rounds)
        #expect(outOfTurn.withLock { $0 } == 0)
    }

    @Test("A condition that already holds does not wait")
    func readyAtOnce() {
        let lock = PThreadLocked([1, 2, 3])
        #expect(lock.withLock(waitingUntil: { !$0.isEmpty }, { $0.removeLast() }) == 3)
        #expect(lock.withLock { $0 } == [1, 2])
    }
}
