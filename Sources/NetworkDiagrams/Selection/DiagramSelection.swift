import InstitutionGraph

/// Parts of a dataset small enough to draw.
public enum DiagramSelection {
    /// The most nodes a drawing may have: beyond it labels cannot be read and layouts take minutes.
    public static let nodeLimit = 2_000

    /// How many nodes `view` of `dataset` draws.
    public static func nodeCount(_ view: GraphKind, of dataset: Dataset) -> Int {
        switch view {
        case .bipartite: dataset.consortia.count + dataset.institutions.count
        case .institutions: dataset.institutions.count
        case .consortia: dataset.consortia.count
        }
    }

    /// The `count` institutions in the most consortia (ties: dataset order) with their consortia;
    /// for the bipartite view, only the `count` consortia that hold most of them; for the
    /// consortia view, the `count` largest consortia.
    ///
    /// - Complexity: O(memberships + n log n)
    public static func top(_ count: Int, of dataset: Dataset, for view: GraphKind) -> Dataset {
        let largestFirst = { (data: Dataset) in
            data.consortia.indices.sorted { (data.consortia[$0].members.count, $1) > (data.consortia[$1].members.count, $0) }
        }
        if view == .consortia {
            let largest = Set(largestFirst(dataset).prefix(count))
            return dataset.subset(keepingConsortium: largest.contains, institution: { _ in true })
        }
        let memberOf = dataset.consortiaByInstitution()
        let most = Set(dataset.institutions.indices.sorted { (memberOf[$0].count, $1) > (memberOf[$1].count, $0) }.prefix(count))
        let kept = dataset.subset(keepingConsortium: { _ in true }, institution: most.contains)
        guard view == .bipartite else { return kept }
        let holding = Set(largestFirst(kept).prefix(count))
        return kept.subset(keepingConsortium: holding.contains, institution: { _ in true })
    }

    /// The smallest whole minimum weight (``DiagramOptions/minimumWeight``) that leaves `view` of
    /// `dataset` at most `edges` edges, or 0 when it has no more than that already. Only the
    /// projection views have weights: the two-mode view gets 0.
    ///
    /// Weights are counts (shared consortia or institutions), so the result is the weight one
    /// above the `edges`-th heaviest edge's, unless that would leave no edge at all.
    ///
    /// - Complexity: that of the projection, plus sorting its weights.
    public static func minimumWeight(leavingAtMost edges: Int, of view: GraphKind, of dataset: Dataset) -> Double {
        let weights: [Double]
        switch view {
        case .bipartite: return 0
        case .institutions: weights = BipartiteGraph(dataset).projection(onto: .institution).edges.filter { $0.source < $0.target }.map(\.weight)
        case .consortia: weights = dataset.overlappingPairs().map { Double($0.shared.count) }
        }
        return minimumWeight(leavingAtMost: edges, of: weights)
    }

    /// The smallest whole minimum weight that leaves at most `edges` of the edges weighing
    /// `weights` (counts, each edge once), or 0 when there are no more than that already.
    ///
    /// - Complexity: O(*m* log *m*) for *m* weights.
    public static func minimumWeight(leavingAtMost edges: Int, of weights: [Double]) -> Double {
        guard weights.count > edges else { return 0 }
        let descending = weights.sorted(by: >)
        let boundary = descending[edges]
        return boundary + 1 <= descending[0] ? boundary + 1 : boundary
    }

    /// The K-core of the two-mode graph: consortia and institutions with at least `k` ties among
    /// themselves.
    ///
    /// - Complexity: O(memberships)
    public static func kCore(_ k: Int, of dataset: Dataset) -> Dataset {
        let bipartite = BipartiteGraph(dataset)
        let cores = bipartite.graph.coreNumbers()
        return dataset.subset(
            keepingConsortium: { cores[bipartite.node(consortium: $0)] >= k },
            institution: { cores[bipartite.node(institution: $0)] >= k })
    }
}
