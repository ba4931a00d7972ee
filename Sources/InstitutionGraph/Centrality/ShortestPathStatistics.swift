/// What one sweep of single-source shortest paths from every node yields: Brandes' betweenness
/// sums and, per source, the sums that closeness and harmonic centrality are made of.
///
/// This is the plain algorithm: one search from every node, hops or weights. It is what weighted
/// distances use, and the reference that the reduced, unweighted computations
/// (``ReducedBetweenness``, ``HopDistanceSweep``) are tested against.
///
/// Sources run in parallel (``SourceChunks``): each worker allocates its buffers once, each chunk
/// of sources adds its dependencies into its own row of partial sums, and the rows are merged in
/// chunk order, so the result does not depend on the number of threads.
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
    /// - Complexity: O(*n* *m*) for hops, O(*n* *m* log *m*) for weights; memory
    ///   O(``SourceChunks/maximumCount`` *n*) for betweenness and O(*n*) per thread.
    init(graph: CSRGraph, weighted: Bool, betweenness: Bool, distances: Bool, threads: Int) {
        let n = graph.nodeCount
        let chunks = SourceChunks(nodeCount: n)
        let lengths = weighted ? graph.weights?.map { 1 / $0 } : nil
        let heapCapacity = lengths == nil ? 0 : graph.targets.count + 1

        let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: betweenness ? chunks.count * n : 0)
        partials.initialize(repeating: 0)
        defer { partials.deallocate() }
        var reached = [Int](repeating: 0, count: distances ? n : 0)
        var distanceSums = [Double](repeating: 0, count: distances ? n : 0)
        var inverseDistanceSums = [Double](repeating: 0, count: distances ? n : 0)

        reached.withUnsafeMutableBufferPointer { reached in
            distanceSums.withUnsafeMutableBufferPointer { distanceSums in
                inverseDistanceSums.withUnsafeMutableBufferPointer { inverseDistanceSums in
                    graph.withBuffers { buffers in
                        withOptionalBuffer(lengths) { lengths in
                            chunks.forEach(threads: threads) {
                                ShortestPathWorkspace(nodeCount: n, heapCapacity: heapCapacity)
                            } _: { workspace, chunk in
                                let partial = betweenness ? UnsafeMutableBufferPointer(rebasing: partials[(chunk * n)..<((chunk + 1) * n)]) : nil
                                for source in chunks.sources(of: chunk) {
                                    workspace.search(from: source, in: buffers, lengths: lengths)
                                    if distances {
                                        (reached[source], distanceSums[source], inverseDistanceSums[source]) = workspace.distanceSums()
                                    }
                                    if let partial {
                                        workspace.accumulateDependencies(into: partial, in: buffers, lengths: lengths)
                                    }
                                    workspace.reset()
                                }
                            }
                        }
                    }
                }
            }
        }

        if betweenness {
            var total = [Double](repeating: 0, count: n)
            for chunk in 0..<chunks.count {
                for node in 0..<n {
                    total[node] += partials[chunk * n + node]
                }
            }
            self.betweenness = total
        }
        if distances {
            self.distances = DistanceSums(reached: reached, distances: distanceSums, inverseDistances: inverseDistanceSums)
        }
    }
}
