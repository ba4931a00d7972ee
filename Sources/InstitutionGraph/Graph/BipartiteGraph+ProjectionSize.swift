extension BipartiteGraph {
    /// An upper bound on the edges of the projection onto `side`: Σ k(k−1)/2 over the other side's
    /// nodes of degree k (pairs met through two shared neighbours are counted twice).
    ///
    /// Projections grow with the square of the largest consortia: check this before projecting.
    ///
    /// - Complexity: O(nodes on the other side)
    public func projectedPairBound(onto side: NodeSide) -> Int {
        let other = side == .institution ? NodeSide.consortium : NodeSide.institution
        return nodes(on: other).reduce(0) { total, node in
            let degree = graph.degree(of: node)
            return total + degree * (degree - 1) / 2
        }
    }
}
