extension CSRGraph {
    /// The modularity of a partition of the graph's nodes, with `communities[v]` the community of
    /// node `v`, as `networkx.community.modularity`:
    ///
    /// *Q* = Σ_c [ *L*_c / *m* − γ (*D*_c / 2*m*)² ],
    ///
    /// where *m* is the total edge weight, *L*_c the weight of the edges inside community *c*, *D*_c
    /// the total (weighted) degree of its nodes and γ the resolution. Weights count when the graph
    /// has them. 0 for a graph without edges (where NetworkX divides by zero).
    ///
    /// - Precondition: one community per node.
    /// - Complexity: O(*n* + *m*)
    public func modularity(of communities: [Int], resolution: Double = 1) -> Double {
        precondition(communities.count == nodeCount, "modularity needs one community per node")
        var index: [Int: Int] = [:]
        for label in communities where index[label] == nil { index[label] = index.count }
        var inside = [Double](repeating: 0, count: index.count)
        var degrees = [Double](repeating: 0, count: index.count)
        var total = 0.0
        for node in 0..<nodeCount {
            let community = index[communities[node]]!
            for edge in edgeRange(of: node) {
                let weight = weights?[edge] ?? 1
                total += weight
                degrees[community] += weight
                if communities[Int(targets[edge])] == communities[node] { inside[community] += weight }
            }
        }
        guard total > 0 else { return 0 }
        // `total` and `inside` count every edge from both ends: 2m and 2L_c.
        return zip(inside, degrees).reduce(0) { sum, community in
            sum + community.0 / total - resolution * (community.1 / total) * (community.1 / total)
        }
    }
}
