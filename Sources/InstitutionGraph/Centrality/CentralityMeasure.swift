/// A node centrality measure, named as the command line names it.
public enum CentralityMeasure: String, CaseIterable, Hashable, Sendable, Codable {
    /// The number of neighbours (`networkx.degree_centrality`).
    case degree
    /// The share of shortest paths between other nodes that pass through the node (Brandes).
    case betweenness
    /// The reciprocal of the node's distances to the nodes it reaches (Wasserman–Faust).
    case closeness
    /// The sum of the reciprocals of the node's distances to the other nodes.
    case harmonic
    /// The node's entry in the leading eigenvector of the adjacency matrix.
    case eigenvector
    /// The stationary probability of a random walk that jumps anywhere with probability 0.15.
    case pageRank = "pagerank"

    /// Whether the measure has two-mode (Borgatti–Everett) and raw forms. Harmonic, eigenvector
    /// and PageRank have neither: asked for ``CentralityNormalization/bipartite`` or
    /// ``CentralityNormalization/none``, they are computed as ``CentralityNormalization/standard``
    /// (harmonic centrality is a raw sum already).
    public var hasBipartiteNormalization: Bool {
        switch self {
        case .degree, .betweenness, .closeness: true
        case .harmonic, .eigenvector, .pageRank: false
        }
    }

    /// The normalisation this measure actually gets when `requested` is asked for: `requested`
    /// itself for degree, betweenness and closeness, ``CentralityNormalization/standard`` for the
    /// others.
    public func appliedNormalization(for requested: CentralityNormalization) -> CentralityNormalization {
        hasBipartiteNormalization ? requested : .standard
    }

    /// Whether the measure walks shortest paths, and so follows ``CentralityOptions/weighted``.
    /// Eigenvector and PageRank always treat weights as strengths; degree ignores them.
    public var usesDistances: Bool {
        switch self {
        case .betweenness, .closeness, .harmonic: true
        case .degree, .eigenvector, .pageRank: false
        }
    }
}
