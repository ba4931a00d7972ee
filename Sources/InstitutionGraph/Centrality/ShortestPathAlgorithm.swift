/// How betweenness, closeness and harmonic centrality walk shortest paths. Both give the same
/// scores; the plain sweep is kept as the reference the reductions are tested against.
enum ShortestPathAlgorithm: Hashable, Sendable {
    /// Hops: betweenness through ``ReducedBetweenness``, distance sums through
    /// ``HopDistanceSweep``. Weighted distances always take the plain sweep.
    case reduced
    /// One search from every node (``ShortestPathStatistics``), as Brandes' algorithm is written.
    case plain
}
