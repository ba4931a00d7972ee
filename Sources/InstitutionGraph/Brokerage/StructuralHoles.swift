/// Burt's structural-hole measures of every node of an undirected graph, as NetworkX computes
/// `effective_size` and `constraint`.
///
/// With *p*ᵢⱼ = *w*ᵢⱼ / Σₖ *w*ᵢₖ (the share of *i*'s tie strength that goes to *j*) and
/// *m*ⱼₖ = *w*ⱼₖ / maxₗ *w*ⱼₗ (the strength of *j*'s tie to *k* relative to *j*'s strongest tie):
///
/// - effective size: *e*ᵢ = Σⱼ∈N(i) (1 − Σₖ *p*ᵢₖ *m*ⱼₖ), the number of contacts less their
///   redundancy; on an unweighted graph, Borgatti's *n* − 2*t*/*n* (*t* ties among the *n* contacts);
/// - efficiency: *e*ᵢ / degree, between 0 (all contacts tied to each other) and 1;
/// - constraint: *c*ᵢ = Σⱼ∈N(i) (*p*ᵢⱼ + Σₖ *p*ᵢₖ *p*ₖⱼ)², how much *i*'s contacts are tied to
///   each other: high for a node inside a closed group, low for a broker across holes.
///
/// An isolated node has no ego network: its three values are NaN, as in NetworkX.
public struct StructuralHoles: Sendable, Equatable {
    /// Burt's effective size of each node.
    public var effectiveSize: [Double]
    /// Effective size divided by degree.
    public var efficiency: [Double]
    /// Burt's constraint of each node.
    public var constraint: [Double]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        func same(_ a: [Double], _ b: [Double]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
        return same(lhs.effectiveSize, rhs.effectiveSize) && same(lhs.efficiency, rhs.efficiency)
            && same(lhs.constraint, rhs.constraint)
    }
}

extension CSRGraph {
    /// Burt's effective size, efficiency and constraint of every node (see ``StructuralHoles``).
    ///
    /// Both are sums over the triangles at each node, added up edge by edge on `threads` threads
    /// (see `BrokerageSweep`): the values are the same, bit for bit, whatever the number of
    /// threads, and those of summing over every contact's contacts (as NetworkX does) up to
    /// rounding.
    ///
    /// - Parameters:
    ///   - weighted: use the edge weights (on the institutions projection, shared consortia) as tie
    ///     strengths, as NetworkX's `weight="weight"`; otherwise every tie counts 1
    ///     (`weight=None`). Ignored on an unweighted graph.
    ///   - threads: how many threads to use.
    /// - Complexity: O(*m* + Σ_{{u,v}} min(*d*ᵤ, *d*ᵥ)): for each edge, a pass over the contacts of
    ///   its end of lower degree; at most O(*m*^1.5).
    public func structuralHoles(weighted: Bool = true, threads: Int = CentralityOptions.defaultThreadCount) -> StructuralHoles {
        BrokerageSweep.measures(of: self, holes: true, weighted: weighted, groups: nil, threads: threads).holes!
    }
}
