/// Asks for betweenness estimated from a sample of shortest paths (Riondato and Kornaropoulos
/// 2016) instead of computed exactly: for graphs where the exact computation takes too long.
///
/// With probability at least ``confidence``, every node's estimate is within ``epsilon`` of its
/// exact betweenness on the ``CentralityNormalization/standard`` scale (NetworkX's
/// `betweenness_centrality(normalized=True)`); the estimates are then scaled like exact scores,
/// whichever normalisation is asked for. The same ``seed`` gives the same estimates, whatever the
/// number of threads.
public struct BetweennessApproximation: Hashable, Sendable, Codable {
    /// The largest error allowed on the standard scale, in (0, 1).
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
}

/// How an approximate betweenness was estimated (see ``BetweennessApproximation``).
public struct BetweennessSampling: Hashable, Sendable, Codable {
    /// What was asked for.
    public var approximation: BetweennessApproximation
    /// The upper bound on the vertex diameter (the most nodes on any shortest path) that the
    /// sample size was derived from.
    public var vertexDiameterBound: Int
    /// The number of shortest paths sampled.
    public var sampleCount: Int
}
