extension CSRGraph {
    /// The global efficiency of the graph (Latora and Marchiori): the mean of 1 / *d*(*u*, *v*)
    /// over every ordered pair of distinct nodes, counting hops and adding 0 for pairs that cannot
    /// reach each other, as `networkx.global_efficiency`. 0 for a graph of fewer than two nodes.
    ///
    /// Unlike the mean distance it stays defined on a disconnected graph, so it measures how much
    /// a change (a consortium dropped) lengthens or cuts paths between the same nodes.
    ///
    /// - Complexity: O(*n* *m*): one breadth-first search per node (harmonic centrality).
    public func globalEfficiency(threads: Int = CentralityOptions.defaultThreadCount) throws -> Double {
        let n = nodeCount
        guard n > 1 else { return 0 }
        let harmonic = try centrality([.harmonic], options: CentralityOptions(weighted: false, threads: threads)).harmonic ?? []
        return harmonic.reduce(0, +) / Double(n * (n - 1))
    }

    /// Global efficiency estimated from breadth-first searches out of `sources` alone: the mean,
    /// over the sources, of Σ 1/*d* to every other node, divided by *n* − 1. With sources drawn
    /// uniformly, an unbiased estimate of ``globalEfficiency(threads:)``; with the same sources
    /// before and after a change, the difference estimates the change with little noise.
    ///
    /// - Complexity: O(*m*) word operations per 256 sources, about.
    public func globalEfficiency(sampling sources: [Int]) -> Double {
        let n = nodeCount
        guard n > 1, !sources.isEmpty else { return 0 }
        var reached = [Int](repeating: 1, count: n)
        var distances = [Double](repeating: 0, count: n)
        var inverseDistances = [Double](repeating: 0, count: n)
        var shifted = [Double](repeating: 0, count: n)
        let searched = sources.map(Int32.init)
        let width = BitParallelSearchWorkspace<WideSearchLanes>.width
        let workspace = BitParallelSearchWorkspace<WideSearchLanes>(nodeCount: n)
        reached.withUnsafeMutableBufferPointer { reached in
            distances.withUnsafeMutableBufferPointer { distances in
                inverseDistances.withUnsafeMutableBufferPointer { inverseDistances in
                    shifted.withUnsafeMutableBufferPointer { shifted in
                        withBuffers { buffers in
                            for start in stride(from: 0, to: searched.count, by: width) {
                                workspace.search(
                                    from: searched[start..<min(searched.count, start + width)], in: buffers, reached: reached,
                                    distances: distances, inverseDistances: inverseDistances, shiftedInverseDistances: shifted)
                            }
                        }
                    }
                }
            }
        }
        return sources.reduce(0) { $0 + inverseDistances[$1] } / Double(sources.count * (n - 1))
    }

    /// `count` distinct nodes drawn uniformly from `0..<nodeCount` with `seed`, in ascending order
    /// (all of them when `count` is at least `nodeCount`).
    public static func sampledSources(_ count: Int, nodeCount: Int, seed: UInt64) -> [Int] {
        var generator = SeededRandom(seed: seed)
        var needed = Swift.min(count, nodeCount)
        var sources: [Int] = []
        for node in 0..<nodeCount where needed > 0 {
            guard needed == nodeCount - node || generator.below(nodeCount - node) < needed else { continue }
            sources.append(node)
            needed -= 1
        }
        return sources
    }
}
