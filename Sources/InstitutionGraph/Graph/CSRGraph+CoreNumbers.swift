extension CSRGraph {
    /// The core number of every node: the largest *k* such that the node belongs to a *k*-core,
    /// a maximal subgraph in which every node has at least *k* neighbours (as
    /// `networkx.core_number`; weights are ignored).
    ///
    /// Uses the bucket algorithm of Batagelj and Zaversnik: nodes are peeled in order of their
    /// remaining degree, kept sorted in buckets.
    ///
    /// - Complexity: O(*n* + *m*)
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        var core = (0..<n).map(degree(of:))
        let maximum = core.max() ?? 0
        // bucketStart[d]: where the nodes of remaining degree d start in `sorted`.
        var bucketStart = [Int](repeating: 0, count: maximum + 2)
        for degree in core { bucketStart[degree + 1] += 1 }
        for degree in 0...maximum { bucketStart[degree + 1] += bucketStart[degree] }
        var sorted = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var next = bucketStart
        for node in 0..<n {
            position[node] = next[core[node]]
            sorted[position[node]] = node
            next[core[node]] += 1
        }
        for index in 0..<n {
            let node = sorted[index]
            for neighbor in neighbors(of: node) where core[Int(neighbor)] > core[node] {
                // Swap the neighbour to the front of its bucket, then move the bucket's start past
                // it: it now ends the bucket of one degree less.
                let neighbor = Int(neighbor)
                let degree = core[neighbor]
                let front = bucketStart[degree]
                let displaced = sorted[front]
                sorted[position[neighbor]] = displaced
                position[displaced] = position[neighbor]
                sorted[front] = neighbor
                position[neighbor] = front
                bucketStart[degree] += 1
                core[neighbor] -= 1
            }
        }
        return core
    }
}
