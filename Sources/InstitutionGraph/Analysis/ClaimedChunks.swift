import Dispatch
import Foundation

/// Work over the items `0..<itemCount`, split into contiguous chunks that threads claim one at a
/// time, in ascending order, as each finishes its previous chunk.
///
/// Claiming balances uneven chunks (a chunk holding a hub of a skewed graph costs far more than
/// the others), but which thread runs which chunk depends on timing, unlike ``SourceChunks``. Use
/// it only for work whose result cannot depend on that: each item's results written once, to
/// memory of its own, and per-thread tallies combined by an operation whose order does not matter
/// (sums of integers).
struct ClaimedChunks {
    /// The most chunks the items are split into by default: enough for a few threads to even out
    /// chunks of very different costs, few enough that claiming costs nothing.
    static let defaultMaximumCount = 1024

    let itemCount: Int
    /// The number of chunks: the maximum asked for, or one per item when there are fewer.
    let count: Int

    init(itemCount: Int, maximumCount: Int = Self.defaultMaximumCount) {
        self.itemCount = itemCount
        count = Swift.min(itemCount, Swift.max(1, maximumCount))
    }

    /// The items of chunk `chunk`.
    func items(of chunk: Int) -> Range<Int> {
        (chunk * itemCount / count)..<((chunk + 1) * itemCount / count)
    }

    /// Runs `work` on every chunk on up to `threads` threads, each thread with a context of its own
    /// made by `makeContext`, and returns the contexts of the threads that ran, in no particular
    /// order of chunks.
    ///
    /// `work` runs concurrently on different chunks: it must write only to its context and to
    /// memory that belongs to the items of its chunk.
    func forEach<Context>(threads: Int, makeContext: () -> Context, _ work: (inout Context, Range<Int>) -> Void) -> [Context] {
        let workers = Swift.max(1, Swift.min(threads, count))
        guard workers > 1 else {
            var context = makeContext()
            for chunk in 0..<count { work(&context, items(of: chunk)) }
            return [context]
        }
        // A lock the thread sanitizer sees through (it does not see Synchronization's futexes).
        let claiming = NSLock()
        nonisolated(unsafe) var next = 0
        let contexts = UnsafeMutableBufferPointer<Context?>.allocate(capacity: workers, filledWith: nil)
        defer {
            contexts.deinitialize()
            contexts.deallocate()
        }
        withoutActuallyEscaping(makeContext) { makeContext in
            withoutActuallyEscaping(work) { work in
                // Dispatch wants Sendable closures; the contract above (each chunk writes only its
                // own memory) and one context slot per worker are what make sharing these safe, and
                // the thread-sanitizer tests check it.
                nonisolated(unsafe) let makeContext = makeContext
                nonisolated(unsafe) let work = work
                nonisolated(unsafe) let contexts = contexts
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var context = makeContext()
                    while true {
                        let chunk = claiming.withLock {
                            defer { next += 1 }
                            return next
                        }
                        guard chunk < count else { break }
                        work(&context, items(of: chunk))
                    }
                    contexts[worker] = context
                }
            }
        }
        return contexts.map { $0! }
    }
}
