/// How centrality scores are scaled.
public enum CentralityNormalization: String, CaseIterable, Hashable, Sendable, Codable {
    /// NetworkX's one-mode conventions: degree / (*n* − 1); betweenness × 2 / ((*n* − 1)(*n* − 2));
    /// closeness with the Wasserman–Faust correction for disconnected graphs; harmonic, eigenvector
    /// (unit length) and PageRank (summing to 1) as NetworkX computes them.
    case standard
    /// Borgatti and Everett's two-mode normalisation for affiliation graphs, as
    /// `networkx.algorithms.bipartite`: each node is compared with the most it could score given
    /// the sizes of its own side and the other side. Applies to degree, betweenness and closeness;
    /// the others are computed as ``standard`` (see ``CentralityMeasure/hasBipartiteNormalization``).
    case bipartite
    /// Raw values: degree counts; betweenness as the number of shortest paths through the node,
    /// each pair of other nodes counted once with its paths shared equally
    /// (`networkx.betweenness_centrality(normalized=False)`); closeness as 1 / (sum of distances to
    /// the nodes reached), 0 for a node that reaches none (as igraph's unnormalised closeness).
    /// Harmonic, eigenvector and PageRank are computed as ``standard``.
    case none
}
