extension CSRGraph {
    /// Closeness from the per-source distance sums (``DistanceSums``). For a
    /// node that reaches *r* nodes (itself included) at distances summing to *D*:
    ///
    /// - ``CentralityNormalization/standard``: (*r* − 1) / *D* × (*r* − 1) / (*n* − 1), the
    ///   Wasserman–Faust form of `networkx.closeness_centrality` (`wf_improved=True`);
    /// - ``CentralityNormalization/bipartite``: (*m* + 2(*k* − 1)) / *D* × (*r* − 1) / (*n* − 1),
    ///   *k* being the size of the node's side and *m* that of the other
    ///   (`networkx.algorithms.bipartite.closeness_centrality`, `normalized=True`);
    /// - ``CentralityNormalization/none``: 1 / *D*.
    ///
    /// A node that reaches no other node scores 0.
    func closenessScores(_ sums: DistanceSums, _ normalization: CentralityNormalization, _ bipartition: Bipartition?) -> [Double] {
        let n = nodeCount
        return (0..<n).map { node in
            let total = sums.distances[node]
            guard total > 0, n > 1 else { return 0 }
            let others = Double(sums.reached[node] - 1)
            switch normalization {
            case .standard:
                return others / total * (others / Double(n - 1))
            case .bipartite:
                guard let bipartition else { preconditionFailure("the bipartite normalisation needs sides") }
                let minimum = Double(bipartition.otherSize(of: node) + 2 * (bipartition.ownSize(of: node) - 1))
                return minimum / total * (others / Double(n - 1))
            case .none:
                return 1 / total
            }
        }
    }
}
