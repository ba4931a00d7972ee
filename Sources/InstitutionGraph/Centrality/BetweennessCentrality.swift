extension CSRGraph {
    /// Scales Brandes' sums over ordered pairs (``ShortestPathStatistics/betweenness``) as
    /// `networkx.betweenness_centrality` does on an undirected graph:
    ///
    /// - ``CentralityNormalization/standard``: × 1 / ((*n* − 1)(*n* − 2)), which is the usual
    ///   2 / ((*n* − 1)(*n* − 2)) applied to unordered pairs (`normalized=True`);
    /// - ``CentralityNormalization/none``: × ½, each unordered pair counted once
    ///   (`normalized=False`);
    /// - ``CentralityNormalization/bipartite``: × ½, then over the most a node of its side can
    ///   have (``Bipartition/maximumBetweenness(own:other:)``, as
    ///   `networkx.algorithms.bipartite.betweenness_centrality`). Where that maximum is 0 (leaves
    ///   of a star, say) NetworkX divides by zero; here the score is 0.
    ///
    /// Graphs of two nodes or fewer are left unscaled (every score is 0), as NetworkX leaves them.
    func betweennessScores(_ orderedSums: [Double], _ normalization: CentralityNormalization, _ bipartition: Bipartition?) -> [Double] {
        let n = nodeCount
        guard n > 2 else { return orderedSums }
        switch normalization {
        case .standard:
            let scale = 1 / Double((n - 1) * (n - 2))
            return orderedSums.map { $0 * scale }
        case .none:
            return orderedSums.map { $0 * 0.5 }
        case .bipartite:
            guard let bipartition else { preconditionFailure("the bipartite normalisation needs sides") }
            return orderedSums.indices.map { node in
                let maximum = Bipartition.maximumBetweenness(own: bipartition.ownSize(of: node), other: bipartition.otherSize(of: node))
                return maximum == 0 ? 0 : orderedSums[node] * 0.5 / maximum
            }
        }
    }
}
