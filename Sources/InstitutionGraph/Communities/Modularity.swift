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
    /// Communities are summed in order of first appearance in `communities`, whatever their labels.
    ///
    /// - Precondition: one community per node.
    /// - Complexity: O(*n* + *m*)
    public func modularity(of communities: [Int], resolution: Double = 1) -> Double {
        precondition(communities.count == nodeCount, "modularity needs one community per node")
        // Labels numbered in order of first appearance: through an array when they are small
        // numbers (as Louvain's are), a dictionary otherwise.
        var index = [Int](repeating: 0, count: nodeCount)
        var count = 0
        if communities.allSatisfy({ (0..<nodeCount).contains($0) }) {
            var number = [Int](repeating: -1, count: nodeCount)
            for (node, label) in communities.enumerated() {
                if number[label] < 0 {
                    number[label] = count
                    count += 1
                }
                index[node] = number[label]
            }
        } else {
            var number: [Int: Int] = [:]
            for (node, label) in communities.enumerated() {
                if number[label] == nil {
                    number[label] = count
                    count += 1
                }
                index[node] = number[label]!
            }
        }
        var inside = [Double](repeating: 0, count: count)
        var degrees = [Double](repeating: 0, count: count)
        var total = 0.0
        withBuffers { graph in
            index.withUnsafeBufferPointer { index in
                for node in 0..<nodeCount {
                    let community = index[node]
                    // The node's terms go into its community's sums one by one, as always, but
                    // through registers; adding 0 for a tie to another community changes nothing.
                    var (degree, within) = (degrees[community], inside[community])
                    for edge in graph.edgeRange(of: node) {
                        let weight = graph.weights?[edge] ?? 1
                        total += weight
                        degree += weight
                        within += index[Int(graph.targets[edge])] == community ? weight : 0
                    }
                    (degrees[community], inside[community]) = (degree, within)
                }
            }
        }
        guard total > 0 else { return 0 }
        // `total` and `inside` count every edge from both ends: 2m and 2L_c.
        return zip(inside, degrees).reduce(0) { sum, community in
            sum + community.0 / total - resolution * (community.1 / total) * (community.1 / total)
        }
    }
}
