/// Distance sums in hops from every node (``DistanceSums``), for closeness and harmonic
/// centrality: bit-parallel breadth-first searches (``BitParallelSearchWorkspace``) from every
/// node but the leaves, whose sums follow from their neighbour's.
///
/// A leaf *ℓ* hanging off *p* is one hop further than *p* from every other node, so if *p* reaches
/// *r* nodes at distances summing to *D*, *ℓ* reaches the same *r* nodes at distances summing to
/// *D* + *r* − 2 (*ℓ* itself leaves the sum at distance 1 and *p* joins it at distance 1), and the
/// reciprocals sum to 1 + Σ 1/(*d* + 1) over *p*'s others minus ½ for *ℓ* itself. Distance sums
/// are whole numbers and come out exactly as from the plain sweep (``ShortestPathStatistics``);
/// reciprocal sums are added up in another order.
enum HopDistanceSweep {
    /// The distance sums of every node of `graph`, in hops.
    ///
    /// Sources are taken in breadth-first order, so that the sources of one search are close to
    /// each other, and split into searches and chunks that depend on the graph only; each source's
    /// sums are written by the one search that carries it, so the result does not depend on
    /// `threads`.
    ///
    /// - Complexity: O(*n* *m* / 64) word operations in the worst case, much less when the sources
    ///   of a search reach most nodes at nearby levels, as in small-world graphs.
    static func sums(of graph: CSRGraph, threads: Int) -> DistanceSums {
        let n = graph.nodeCount
        // A leaf whose neighbour is not a leaf takes its sums from that neighbour.
        let leafParent = (0..<n).map { node -> Int32 in
            guard graph.degree(of: node) == 1 else { return -1 }
            let parent = graph.targets[graph.edgeRange(of: node).lowerBound]
            return graph.degree(of: Int(parent)) > 1 ? parent : -1
        }
        let sources = breadthFirstOrder(graph).filter { graph.degree(of: Int($0)) > 0 && leafParent[Int($0)] < 0 }
        let width = BitParallelSearchWorkspace.width
        let chunks = SourceChunks(nodeCount: (sources.count + width - 1) / width)

        var reached = [Int](repeating: 1, count: n)
        var distances = [Double](repeating: 0, count: n)
        var inverseDistances = [Double](repeating: 0, count: n)
        var shiftedInverseDistances = [Double](repeating: 0, count: n)
        reached.withUnsafeMutableBufferPointer { reached in
            distances.withUnsafeMutableBufferPointer { distances in
                inverseDistances.withUnsafeMutableBufferPointer { inverseDistances in
                    shiftedInverseDistances.withUnsafeMutableBufferPointer { shiftedInverseDistances in
                        graph.withBuffers { buffers in
                            chunks.forEach(threads: threads) {
                                BitParallelSearchWorkspace(nodeCount: n)
                            } _: { workspace, chunk in
                                for batch in chunks.sources(of: chunk) {
                                    workspace.search(
                                        from: sources[(batch * width)..<min(sources.count, (batch + 1) * width)], in: buffers,
                                        reached: reached, distances: distances, inverseDistances: inverseDistances,
                                        shiftedInverseDistances: shiftedInverseDistances)
                                }
                            }
                        }
                    }
                }
            }
        }
        for (leaf, parent) in leafParent.enumerated() where parent >= 0 {
            let parent = Int(parent)
            reached[leaf] = reached[parent]
            distances[leaf] = distances[parent] + Double(reached[parent] - 2)
            inverseDistances[leaf] = shiftedInverseDistances[parent] + 0.5
        }
        return DistanceSums(reached: reached, distances: distances, inverseDistances: inverseDistances)
    }

    /// Every node once, component after component, each in breadth-first order from its
    /// lowest-numbered node.
    ///
    /// - Complexity: O(*n* + *m*)
    private static func breadthFirstOrder(_ graph: CSRGraph) -> [Int32] {
        var order: [Int32] = []
        order.reserveCapacity(graph.nodeCount)
        var visited = [Bool](repeating: false, count: graph.nodeCount)
        for root in 0..<graph.nodeCount where !visited[root] {
            visited[root] = true
            order.append(Int32(root))
            var head = order.count - 1
            while head < order.count {
                for neighbor in graph.neighbors(of: Int(order[head])) where !visited[Int(neighbor)] {
                    visited[Int(neighbor)] = true
                    order.append(neighbor)
                }
                head += 1
            }
        }
        return order
    }
}
