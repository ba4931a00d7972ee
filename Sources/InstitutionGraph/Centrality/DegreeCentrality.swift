extension CSRGraph {
    /// Degree centrality: the number of neighbours, over *n* − 1 (``CentralityNormalization/standard``;
    /// 1 for every node of a graph of one node, as NetworkX), over the size of the other side
    /// (``CentralityNormalization/bipartite``), or as a count (``CentralityNormalization/none``).
    /// Weights are ignored.
    ///
    /// - Complexity: O(*n*)
    func degreeScores(_ normalization: CentralityNormalization, _ bipartition: Bipartition?) -> [Double] {
        let n = nodeCount
        switch normalization {
        case .standard:
            guard n > 1 else { return Array(repeating: 1, count: n) }
            let scale = 1 / Double(n - 1)
            return (0..<n).map { Double(degree(of: $0)) * scale }
        case .bipartite:
            guard let bipartition else { preconditionFailure("the bipartite normalisation needs sides") }
            return (0..<n).map { node in
                let other = bipartition.otherSize(of: node)
                return other == 0 ? 0 : Double(degree(of: node)) * (1 / Double(other))
            }
        case .none:
            return (0..<n).map { Double(degree(of: $0)) }
        }
    }
}
