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
    /// `threads`. A leaf's sums come from those of its neighbour (see the type's notes).
    ///
    /// - Complexity: O(*n* *m*) word operations in the worst case, where a node is expanded once
    ///   per source of its search; on small-world graphs a node is expanded a few times per search
    ///   of 256 sources, close to O(*n* *m* / 256).
    static func sums(of graph: CSRGraph, threads: Int) -> DistanceSums {
        let n = graph.nodeCount
        // The searches run on the graph renumbered in breadth-first order: the sources of one
        // search are neighbours there, and so, in memory, are the nodes each level touches. A
        // graph with no odd cycle is renumbered side by side, and each search takes its sources
        // from one side, so that its bottom-up levels look at one side only.
        let breadthFirst = graph.breadthFirstOrder().order
        let sided = graph.breadthFirstOrderBySide(splitting: breadthFirst)
        let order = sided?.order ?? breadthFirst
        let local = graph.renumbered(by: order)
        // A leaf whose neighbour is not a leaf takes its sums from that neighbour.
        let leafParent = (0..<n).map { node -> Int32 in
            guard local.degree(of: node) == 1 else { return -1 }
            let parent = local.targets[local.edgeRange(of: node).lowerBound]
            return local.degree(of: Int(parent)) > 1 ? parent : -1
        }
        let sources = (0..<Int32(n)).filter { local.degree(of: Int($0)) > 0 && leafParent[Int($0)] < 0 }
        let width = BitParallelSearchWorkspace<WideSearchLanes>.width
        let firstSide = sided.map { sided in 0..<sided.firstSideCount }
        let firstSideSources = firstSide.map { side in sources.firstIndex { !side.contains(Int($0)) } ?? sources.count } ?? sources.count
        let batches =
            stride(from: 0, to: firstSideSources, by: width).map { $0..<min(firstSideSources, $0 + width) }
            + stride(from: firstSideSources, to: sources.count, by: width).map { $0..<min(sources.count, $0 + width) }
        let chunks = SourceChunks(nodeCount: batches.count)

        var reached = [Int](repeating: 1, count: n)
        var distances = [Double](repeating: 0, count: n)
        var inverseDistances = [Double](repeating: 0, count: n)
        var shiftedInverseDistances = [Double](repeating: 0, count: n)
        reached.withUnsafeMutableBufferPointer { reached in
            distances.withUnsafeMutableBufferPointer { distances in
                inverseDistances.withUnsafeMutableBufferPointer { inverseDistances in
                    shiftedInverseDistances.withUnsafeMutableBufferPointer { shiftedInverseDistances in
                        local.withBuffers { buffers in
                            chunks.forEach(threads: threads) {
                                BitParallelSearchWorkspace<WideSearchLanes>(nodeCount: n)
                            } _: { workspace, chunk in
                                for batch in chunks.sources(of: chunk) {
                                    let batch = batches[batch]
                                    let sides = firstSide.map { firstSide in
                                        SearchSides.twoMode(
                                            sourcesOn: batch.lowerBound < firstSideSources ? firstSide : firstSide.upperBound..<n, nodeCount: n)
                                    }
                                    workspace.search(
                                        from: sources[batch], in: buffers, reached: reached, distances: distances,
                                        inverseDistances: inverseDistances, shiftedInverseDistances: shiftedInverseDistances, sides: sides)
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
        // Back to the graph's own numbering.
        var sums = DistanceSums(
            reached: Array(repeating: 0, count: n), distances: Array(repeating: 0, count: n),
            inverseDistances: Array(repeating: 0, count: n))
        for (index, node) in order.enumerated() {
            sums.reached[Int(node)] = reached[index]
            sums.distances[Int(node)] = distances[index]
            sums.inverseDistances[Int(node)] = inverseDistances[index]
        }
        return sums
    }

}
