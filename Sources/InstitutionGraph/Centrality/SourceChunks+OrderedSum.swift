import Dispatch
import Foundation

extension SourceChunks {
    /// Runs `work` on every chunk on up to `threads` threads, each chunk adding into a row of
    /// `length` numbers, and returns the sum of the rows taken in chunk order: the same numbers,
    /// bit for bit, whatever `threads` is.
    ///
    /// Threads take chunks in ascending order. Each owns one row, made with its context by
    /// `makeContext`: when its chunk is done it waits until every earlier chunk has been added to
    /// the total, adds its row, clears it and takes the next chunk. Every earlier chunk is already
    /// held by a running thread, so the wait always ends; memory stays at one row per thread
    /// rather than one per chunk.
    ///
    /// `work` runs concurrently on different chunks: it must write only to its row and context.
    ///
    /// - Complexity: O(``count`` × `length`) additions besides `work`; memory O(`threads` × `length`).
    func orderedSum<Context>(
        length: Int, threads: Int, makeContext: () -> Context, _ work: (Context, Int, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        let total = UnsafeMutableBufferPointer<Double>.allocate(capacity: length, filledWith: 0)
        defer { total.deallocate() }
        let turn = NSCondition()
        var taken = 0
        var merged = 0
        func runWorker() {
            let context = makeContext()
            let row = UnsafeMutableBufferPointer<Double>.allocate(capacity: length, filledWith: 0)
            defer { row.deallocate() }
            while true {
                turn.lock()
                let chunk = taken
                taken += 1
                turn.unlock()
                guard chunk < count else { return }
                work(context, chunk, row)
                turn.lock()
                while merged != chunk { turn.wait() }
                for index in 0..<length { total[index] += row[index] }
                merged += 1
                turn.broadcast()
                turn.unlock()
                row.update(repeating: 0)
            }
        }
        let workers = max(1, min(threads, count))
        if workers == 1 {
            runWorker()
        } else {
            withoutActuallyEscaping(runWorker) { runWorker in
                // Dispatch wants a Sendable closure; the lock guards the counters and the total,
                // and each thread writes only to its own row and context.
                nonisolated(unsafe) let runWorker = runWorker
                DispatchQueue.concurrentPerform(iterations: workers) { _ in runWorker() }
            }
        }
        return Array(total)
    }
}
