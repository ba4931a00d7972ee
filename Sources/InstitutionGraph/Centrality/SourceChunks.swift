import Dispatch

/// Work over every node as a source, split into a fixed number of contiguous chunks that threads
/// share out.
///
/// The chunks depend on the number of nodes only, never on the number of threads: per-chunk
/// partial results merged in chunk order are therefore bit-for-bit identical whatever the thread
/// count.
struct SourceChunks {
    /// The most chunks a graph is split into; it bounds the memory of per-chunk partial sums.
    static let maximumCount = 64

    let nodeCount: Int
    /// The number of chunks: ``maximumCount``, or one per node on smaller graphs.
    let count: Int

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        count = min(nodeCount, Self.maximumCount)
    }

    /// The sources of chunk `chunk`.
    func sources(of chunk: Int) -> Range<Int> {
        (chunk * nodeCount / count)..<((chunk + 1) * nodeCount / count)
    }

    /// Runs `work` on every chunk, spread over up to `threads` threads: thread *k* makes one
    /// context with `makeContext` and then runs chunks *k*, *k* + *threads*, … with it.
    ///
    /// `work` runs concurrently on different chunks: it must write only to memory that belongs to
    /// its chunk or its context.
    func forEach<Context>(threads: Int, makeContext: () -> Context, _ work: (Context, Int) -> Void) {
        let workers = max(1, min(threads, count))
        guard workers > 1 else {
            let context = makeContext()
            for chunk in 0..<count { work(context, chunk) }
            return
        }
        withoutActuallyEscaping(makeContext) { makeContext in
            withoutActuallyEscaping(work) { work in
                // Dispatch wants Sendable closures; the contract above (each chunk writes only its
                // own memory) is what makes sharing these two safe, and the thread-sanitizer tests
                // check it.
                nonisolated(unsafe) let makeContext = makeContext
                nonisolated(unsafe) let work = work
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    let context = makeContext()
                    for chunk in stride(from: worker, to: count, by: workers) { work(context, chunk) }
                }
            }
        }
    }
}
