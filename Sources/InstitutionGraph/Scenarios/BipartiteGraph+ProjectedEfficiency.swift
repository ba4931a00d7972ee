extension BipartiteGraph {
    /// The global efficiency of the institutions projection estimated from the institutions
    /// `sources`, as ``CSRGraph/globalEfficiency(sampling:)`` on `projection(onto: .institution)`,
    /// once the consortia `dropped` are left out; searched on this graph rather than on the
    /// projection.
    ///
    /// Two institutions *k* ties apart in the projection are 2*k* edges apart here, and a
    /// consortium of *s* members is *s* edges here but *s*(*s* − 1)/2 ties there, so the searches
    /// cover a fraction of the edges. The sums are the same, added in the same order, so the
    /// result is the projection's to the last bit.
    ///
    /// - Complexity: O(*m*) word operations per 64 sources, about, on this graph.
    public func projectedGlobalEfficiency(sampling sources: [Int], dropping dropped: Set<Int> = []) -> Double {
        let n = institutionCount
        guard n > 1, !sources.isEmpty else { return 0 }
        let searched = graph.isolatingNodes(dropped.map { node(consortium: $0) })
        var inverseDistances = [Double](repeating: 0, count: n)
        let institutions = nodes(on: .institution)
        let sourceNodes = sources.map { Int32(node(institution: $0)) }
        let width = BitParallelSearchWorkspace.width
        let workspace = BitParallelSearchWorkspace(nodeCount: searched.nodeCount)
        inverseDistances.withUnsafeMutableBufferPointer { inverseDistances in
            searched.withBuffers { buffers in
                for start in stride(from: 0, to: sourceNodes.count, by: width) {
                    workspace.addProjectedInverseDistances(
                        from: sourceNodes[start..<min(sourceNodes.count, start + width)], in: buffers, counted: institutions,
                        inverseDistances: inverseDistances)
                }
            }
        }
        return sources.reduce(0) { $0 + inverseDistances[$1] } / Double(sources.count * (n - 1))
    }
}

extension CSRGraph {
    /// The graph with every edge at `isolated` nodes left out: the nodes stay, without neighbours.
    ///
    /// - Complexity: O(*n* + *m*).
    fileprivate func isolatingNodes(_ isolated: some Collection<Int>) -> CSRGraph {
        guard !isolated.isEmpty else { return self }
        var kept = [Bool](repeating: true, count: nodeCount)
        for node in isolated { kept[node] = false }
        var newOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double]? = weights.map { _ in [] }
        newTargets.reserveCapacity(targets.count)
        for node in 0..<nodeCount {
            if kept[node] {
                for edge in edgeRange(of: node) where kept[Int(targets[edge])] {
                    newTargets.append(targets[edge])
                    if let weights { newWeights!.append(weights[edge]) }
                }
            }
            newOffsets[node + 1] = Int32(newTargets.count)
        }
        return CSRGraph(offsets: newOffsets, targets: newTargets, weights: newWeights)
    }
}
