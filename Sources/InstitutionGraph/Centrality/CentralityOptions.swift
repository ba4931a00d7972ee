import Foundation

/// How to compute centrality scores.
public struct CentralityOptions: Hashable, Sendable {
    /// How to scale the scores.
    public var normalization: CentralityNormalization
    /// Whether betweenness, closeness and harmonic centrality follow edge weights, as distances
    /// 1 / weight (Dijkstra), instead of counting hops. Ignored on an unweighted graph.
    /// Eigenvector and PageRank always use weights as strengths; degree ignores them.
    public var weighted: Bool
    /// How many threads the shortest-path measures use. Results are identical whatever the
    /// number.
    public var threads: Int
    /// The probability that PageRank's random walk follows an edge rather than jumping.
    public var damping: Double
    /// How many iterations eigenvector and PageRank may take before giving up.
    public var maxIterations: Int
    /// Estimate betweenness from sampled shortest paths instead of computing it exactly; `nil`
    /// (the default) for exact betweenness.
    public var betweennessApproximation: BetweennessApproximation?
    /// Estimate closeness and harmonic centrality from searches out of sampled sources instead of
    /// searching from every node; `nil` (the default) for exact scores. Applies to both measures,
    /// which share their searches, in hops and weighted.
    public var closenessApproximation: ClosenessApproximation?
    /// How shortest paths are walked; tests set ``ShortestPathAlgorithm/plain`` to compare.
    var shortestPaths = ShortestPathAlgorithm.reduced

    public init(
        normalization: CentralityNormalization = .standard, weighted: Bool = false,
        threads: Int = CentralityOptions.defaultThreadCount, damping: Double = 0.85, maxIterations: Int = 10_000,
        betweennessApproximation: BetweennessApproximation? = nil, closenessApproximation: ClosenessApproximation? = nil
    ) {
        self.normalization = normalization
        self.weighted = weighted
        self.threads = threads
        self.damping = damping
        self.maxIterations = maxIterations
        self.betweennessApproximation = betweennessApproximation
        self.closenessApproximation = closenessApproximation
    }

    /// The number of processors available.
    public static var defaultThreadCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
