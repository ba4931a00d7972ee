/// A projection refused because it would hold more pairs than one machine should build.
///
/// Projections grow with the square of the largest consortia (or of the institutions in the
/// most consortia): a few very large ones can make a projection of billions of edges.
public struct ProjectionTooLarge: Error, Sendable, Equatable, CustomStringConvertible {
    /// The side the projection was asked onto.
    public var side: NodeSide
    /// The upper bound on the projection's pairs (``BipartiteGraph/projectedPairBound(onto:)``).
    public var pairBound: Int
    /// The most pairs allowed.
    public var limit: Int

    public var description: String {
        "the \(side == .institution ? "institutions" : "consortia") projection would hold up to \(pairBound) pairs, more than this machine should build (\(limit))"
    }
}

extension BipartiteGraph {
    /// The most pairs a projection may hold before ``guardedProjection(onto:weighting:limit:threads:)``
    /// refuses it: about 3 GiB of CSR arrays.
    public static let projectionPairLimit = 200_000_000

    /// The projection onto `side` (see ``projection(onto:weighting:minimumWeight:threads:)``), or an
    /// error when it could hold more than `limit` pairs.
    ///
    /// - Throws: ``ProjectionTooLarge``, checked before any memory is allocated.
    /// - Complexity: that of the projection, after an O(nodes) check.
    public func guardedProjection(
        onto side: NodeSide, weighting: ProjectionWeighting = .count, limit: Int = BipartiteGraph.projectionPairLimit,
        threads: Int = CentralityOptions.defaultThreadCount
    ) throws(ProjectionTooLarge) -> CSRGraph {
        let bound = projectedPairBound(onto: side)
        guard bound <= limit else { throw ProjectionTooLarge(side: side, pairBound: bound, limit: limit) }
        return projection(onto: side, weighting: weighting, threads: threads)
    }
}
