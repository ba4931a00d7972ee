/// What one sweep of single-source shortest paths from every node yields: Brandes' betweenness
/// sums and, per source, the sums that closeness and harmonic centrality are made of.
///
/// This is the plain algorithm: one search from every node, hops or weights. It is what weighted
/// distances use, and the reference that the reduced, unweighted computations
/// (``ReducedBetweenness``, ``HopDistanceSweep``) are tested against.
///
/// Sources run in parallel (``SourceChunks``): each worker allocates its buffers once and adds its
/// chunk's dependencies into its own row, merged into the total in chunk order, so the result does
/// not depend on the number of threads.
struct ShortestPathStatistics {
    /// For each node, the sum over ordered pairs of other nodes (s, t) of the share of shortest
    /// s–t paths through it: every unordered pair counts twice. `nil` unless asked for.
    var betweenness: [Double]?
    /// The per-source sums of distances. `nil` unless asked for.
    var distances: DistanceSums?

    /// Sweeps `graph`.
    ///
    /// - Parameters:
    ///   - weighted: measure distance as 1 / weight (Dijkstra) instead of hops; ignored when the
    ///     graph is unweighted.
    ///   - betweenness: whether to accumulate betweenness.
    ///   - distances: whether to record the per-source sums.
    ///   - threads: how many threads to use.
    /// - Complexity: O(*n* *m*) for hops, O(*n* *m* log *m*) for weights; memory O(*n*) per
    ///   thread (``SourceChunks/orderedSum(length:threads:makeContext:_:)`` keeps one row of
    ///   betweenness sums per thread).
    init(graph: CSRGraph, weighted: Bool, betweenness: Bool, distances: Bool, threads: Int) {
        let n = graph.nodeCount
        let chunks = SourceChunks(nodeCount: n)
        let lengths = weighted ? graph.weights?.map { 1 / $0 } : nil
        let heapCapacity = lengths == nil ? 0 : graph.targets.count + 1

        var reached = [Int](repeating: 0, count: distances ? n : 0)
        var distanceSums = [Double](repeating: 0, count: distances ? n : 0)
        var inverseDistanceSums = [Double](repeating: 0, count: distances ? n : 0)

        var sums: [Double]?
        reached.withUnsafeMutableBufferPointer { reached in
            distanceSums.withUnsafeMutableBufferPointer { distanceSums in
                inverseDistanceSums.withUnsafeMutableBufferPointer { inverseDistanceSums in
                    graph.withBuffers { buffers in
                        withOptionalBuffer(lengths) { lengths in
                            // One search per source of `chunk`; each source's distance sums go to
                            // its own slot, its dependencies into `row` when betweenness is asked.
                            func sweep(_ workspace: ShortestPathWorkspace, _ chunk: Int, _ row: UnsafeMutableBufferPointer<Double>?) {
                                for source in chunks.sources(of: chunk) {
                                    workspace.search(from: source, in: buffers, lengths: lengths)
                                    if distances {
                                        (reached[source], distanceSums[source], inverseDistanceSums[source]) = workspace.distanceSums()
                                    }
                                    if let row {
                                        workspace.accumulateDependencies(into: row, in: buffers, lengths: lengths)
                                    }
                                    workspace.reset()
                                }
                            }
                            func makeWorkspace() -> ShortestPathWorkspace { ShortestPathWorkspace(nodeCount: n, heapCapacity: heapCapacity) }
                            if betweenness {
                                sums = chunks.orderedSum(length: n, threads: threads, makeContext: makeWorkspace) { sweep($0, $1, $2) }
                            } else {
                                chunks.forEach(threads: threads, makeContext: makeWorkspace) { sweep($0, $1, nil) }
                            }
                        }
                    }
                }
            }
        }
        self.betweenness = sums
        if distances {
            self.distances = DistanceSums(reached: reached, distances: distanceSums, inverseDistances: inverseDistanceSums)
        }
    }
}
