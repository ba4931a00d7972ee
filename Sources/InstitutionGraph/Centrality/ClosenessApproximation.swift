import Foundation

/// Asks for closeness and harmonic centrality estimated from breadth-first searches out of a
/// sample of source nodes (Eppstein and Wang 2004) instead of computed from every node: for graphs
/// where the exact computation, a search from every node, takes too long.
///
/// Connected components are found exactly, so the number of nodes each node reaches is exact; in
/// every component of more than ``sampleCount(nodeCount:)`` nodes that many sources are drawn
/// uniformly without replacement, and smaller components are searched from every node (their
/// scores are exact). A node *v* in a component of *c* nodes, reached from *k′* sampled sources
/// other than itself, gets the distance sum (*c* − 1)/*k′* Σ *d*(*s*, *v*) and the harmonic sum
/// (*c* − 1)/*k′* Σ 1/*d*(*s*, *v*) over those sources.
///
/// The guarantee: with probability at least ``confidence``, at once for every node *v* of a graph
/// of *n* nodes, *v*'s component having *c* nodes and diameter Δ (in hops, or in lengths
/// 1 / weight when weighted),
///
/// - its mean distance to the other nodes of its component, *D*(*v*) / (*c* − 1), is within
///   ``epsilon`` × Δ of the exact one. Closeness is a constant over that mean in every
///   normalisation ((*c* − 1)/(*n* − 1) over it in the ``CentralityNormalization/standard`` one),
///   so its relative error is at most ``epsilon`` × Δ over the estimated mean;
/// - its harmonic centrality is within ``epsilon`` × (*c* − 1) ≤ ``epsilon`` × (*n* − 1) of the
///   exact one: within ``epsilon`` on the normalised scale *H*(*v*) / (*n* − 1). Weighted, the
///   bound is multiplied by the largest edge weight (the reciprocal of the shortest length).
///
/// Both follow from Hoeffding's inequality, which holds for sampling without replacement, and a
/// union bound over the 2*n* estimates (see ``sampleCount(nodeCount:)``). The same ``seed`` gives
/// the same estimates, whatever the number of threads.
public struct ClosenessApproximation: Hashable, Sendable, Codable {
    /// The largest error allowed, as a share of the diameter for mean distances and of *n* − 1 for
    /// harmonic centrality, in (0, 1).
    public var epsilon: Double
    /// The probability that every estimate is within ``epsilon``, in (0, 1).
    public var confidence: Double
    /// The seed of the random choices.
    public var seed: UInt64

    public init(epsilon: Double, confidence: Double = 0.9, seed: UInt64 = 0) {
        self.epsilon = epsilon
        self.confidence = confidence
        self.seed = seed
    }

    /// The number of sources sampled in each component of a graph of `nodeCount` nodes,
    /// ⌈ln(4*n* / (1 − ``confidence``)) / (2 ``epsilon``²)⌉ + 1, at most `nodeCount`: every node
    /// then has at least *k* − 1 sampled sources other than itself, which by Hoeffding's inequality
    /// puts each of its two estimates outside the bound with probability at most
    /// 2 exp(−2(*k* − 1) ``epsilon``²) ≤ (1 − ``confidence``) / (2*n*).
    ///
    /// Components of this many nodes or fewer are searched from every node; when every component
    /// is, the scores are exact and cost a search from every node, as without approximation. The
    /// work of an estimate is about this many searches per large component, against `nodeCount`
    /// for the exact scores.
    public func sampleCount(nodeCount n: Int) -> Int {
        guard n > 1 else { return max(n, 0) }
        let size = log(4 * Double(n) / (1 - confidence)) / (2 * epsilon * epsilon)
        guard size < Double(n) else { return n }
        return min(n, Int(size.rounded(.up)) + 1)
    }
}

/// How approximate closeness and harmonic centrality were estimated (see
/// ``ClosenessApproximation``).
public struct ClosenessSampling: Hashable, Sendable, Codable {
    /// What was asked for.
    public var approximation: ClosenessApproximation
    /// The number of sources sampled in each component of more nodes than this
    /// (``ClosenessApproximation/sampleCount(nodeCount:)``); smaller components were searched from
    /// every node.
    public var sampleCount: Int
    /// The number of nodes whose scores are estimates, those of the components of more than
    /// ``sampleCount`` nodes; the others' are exact.
    public var estimatedNodeCount: Int

    /// Whether every score is exact after all: no component has more than ``sampleCount`` nodes,
    /// so every node was a source.
    public var isExact: Bool { estimatedNodeCount == 0 }
}
