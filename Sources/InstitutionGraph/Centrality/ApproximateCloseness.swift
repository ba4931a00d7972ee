import Foundation

/// Distance sums for closeness and harmonic centrality estimated from searches out of sampled
/// sources (Eppstein and Wang 2004; see ``ClosenessApproximation`` for the estimator and its
/// guarantee).
///
/// Each search adds its distances to the nodes it reaches, so after the searches every node holds
/// the sum of its distances from the sampled sources of its component, which is then scaled up to
/// the whole component. Components are found exactly: the number of nodes each node reaches is
/// exact, and components no larger than the sample are searched from every node.
enum ApproximateCloseness {
    /// Estimated distance sums of every node of `graph` (as ``HopDistanceSweep/sums(of:threads:)``)
    /// and how they were sampled. The sums are `nil` when no component has more nodes than the
    /// sample: every node would be a source, and the exact computation gives the exact numbers at
    /// the same cost.
    ///
    /// - Complexity: O(*k* (*n* + *m*)) for *k* = `approximation.sampleCount(nodeCount: n)` in
    ///   hops, 256 sources per search (O(*k* *m* log *m*) weighted, one source per search).
    static func distanceSums(
        of graph: CSRGraph, weighted: Bool, approximation: ClosenessApproximation, threads: Int
    ) -> (sums: DistanceSums?, sampling: ClosenessSampling) {
        let samples = approximation.sampleCount(nodeCount: graph.nodeCount)
        let estimated = graph.connectedComponents().sizes.reduce(0) { $0 + ($1 > samples ? $1 : 0) }
        let sampling = ClosenessSampling(approximation: approximation, sampleCount: samples, estimatedNodeCount: estimated)
        guard estimated > 0 else { return (nil, sampling) }
        return (sums(of: graph, weighted: weighted, sampleCount: samples, seed: approximation.seed, threads: threads), sampling)
    }

    /// The distance sums of every node of `graph` estimated from `sampleCount` sources drawn in
    /// each component of more nodes, every node of the smaller components being a source.
    ///
    /// Sources are drawn with one generator seeded by `seed`, component after component, by
    /// selection sampling (Knuth's algorithm S), and searched in breadth-first order, so that the
    /// sources of one search are close to each other; searches are split into chunks that depend
    /// on the sources only, and each chunk's sums are added in chunk order
    /// (``SourceChunks/orderedSum(length:threads:makeContext:_:)``), so the result does not depend
    /// on `threads`. With a `sampleCount` no smaller than any component, the counts and distance
    /// sums are exactly those of the exact computation, and the reciprocal sums equal up to the
    /// order of the additions.
    ///
    /// - Parameter weighted: measure distance as 1 / weight (Dijkstra, one source per search)
    ///   instead of hops; ignored when the graph is unweighted.
    static func sums(of graph: CSRGraph, weighted: Bool, sampleCount: Int, seed: UInt64, threads: Int) -> DistanceSums {
        let n = graph.nodeCount
        // The searches run on the graph renumbered in breadth-first order, where each component is
        // a range of nodes.
        let (order, componentStarts) = graph.breadthFirstOrder()
        let local = graph.renumbered(by: order)

        var sources: [Int32] = []
        var isSource = [Bool](repeating: false, count: n)
        var generator = SeededRandom(seed: seed)
        for (start, end) in zip(componentStarts, componentStarts.dropFirst()) where end - start > 1 {
            // Each node is taken with probability (sources still needed) / (nodes left): a
            // uniform sample without replacement, in order.
            var needed = min(sampleCount, end - start)
            for node in start..<end where needed > 0 {
                let left = end - node
                guard needed == left || generator.below(left) < needed else { continue }
                sources.append(Int32(node))
                isSource[node] = true
                needed -= 1
            }
        }

        let lengths = weighted ? local.weights?.map { 1 / $0 } : nil
        let totals = local.withBuffers { buffers in
            withOptionalBuffer(lengths) { lengths in
                if let lengths {
                    let chunks = SourceChunks(nodeCount: sources.count)
                    return chunks.orderedSum(length: 2 * n, threads: threads) {
                        ShortestPathWorkspace(nodeCount: n, heapCapacity: local.targets.count + 1)
                    } _: { workspace, chunk, row in
                        let distances = UnsafeMutableBufferPointer(rebasing: row[0..<n])
                        let inverseDistances = UnsafeMutableBufferPointer(rebasing: row[n..<(2 * n)])
                        for index in chunks.sources(of: chunk) {
                            workspace.search(from: Int(sources[index]), in: buffers, lengths: lengths)
                            workspace.addDistances(into: distances, inverseDistances: inverseDistances)
                            workspace.reset()
                        }
                    }
                }
                let width = BitParallelSearchWorkspace<WideSearchLanes>.width
                let chunks = SourceChunks(nodeCount: (sources.count + width - 1) / width)
                return chunks.orderedSum(length: 2 * n, threads: threads) {
                    BitParallelSearchWorkspace<WideSearchLanes>(nodeCount: n)
                } _: { workspace, chunk, row in
                    let distances = UnsafeMutableBufferPointer(rebasing: row[0..<n])
                    let inverseDistances = UnsafeMutableBufferPointer(rebasing: row[n..<(2 * n)])
                    for batch in chunks.sources(of: chunk) {
                        workspace.addDistances(
                            from: sources[(batch * width)..<min(sources.count, (batch + 1) * width)], in: buffers,
                            distances: distances, inverseDistances: inverseDistances)
                    }
                }
            }
        }

        // Scaled up to each node's component, and back to the graph's own numbering.
        var sums = DistanceSums(
            reached: Array(repeating: 1, count: n), distances: Array(repeating: 0, count: n),
            inverseDistances: Array(repeating: 0, count: n))
        for (start, end) in zip(componentStarts, componentStarts.dropFirst()) where end - start > 1 {
            let size = end - start
            let drawn = min(sampleCount, size)
            for index in start..<end {
                let node = Int(order[index])
                sums.reached[node] = size
                // The sampled sources other than the node itself.
                let others = drawn - (isSource[index] ? 1 : 0)
                guard others > 0 else { continue }
                let scale = Double(size - 1) / Double(others)
                sums.distances[node] = totals[index] * scale
                sums.inverseDistances[node] = totals[n + index] * scale
            }
        }
        return sums
    }
}
