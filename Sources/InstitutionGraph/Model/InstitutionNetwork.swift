/// An institutions projection computed elsewhere — by the Spark job in `spark/`, from a membership
/// table too large for one machine — and read as it was written: the institutions, how many
/// consortia each is in, and their ties weighted both ways.
///
/// It answers what the projection alone answers (centrality on the institutions projection,
/// communities, brokerage, its diagram and exports); questions about consortia need the
/// membership table, and the counts the job wrote beside the projection stand for them.
public struct InstitutionNetwork: Sendable {
    /// The institutions, in the order of the node table's ids, without consortia.
    public var dataset: Dataset
    /// How many consortia each institution is in.
    public var consortiumCounts: [Int]
    /// The ties, weighted by the consortia each pair shares
    /// (``ProjectionWeighting/count``).
    public var projection: CSRGraph
    /// The weight of each entry of the projection's targets under Newman's weighting
    /// (``ProjectionWeighting/newman``).
    public var newmanWeights: [Double]
    /// The counts the job wrote with the projection (`summary.csv`: consortia, memberships,
    /// components of the two-mode graph, …), in its order; empty when there were none.
    public var counts: [(measure: String, count: Int)]
    /// The pairs of consortia that share most institutions, as the job listed them beside the
    /// projection (`overlap.csv`), most shared first; empty when it listed none.
    public var overlaps: [ListedOverlap]

    public init(
        dataset: Dataset, consortiumCounts: [Int], projection: CSRGraph, newmanWeights: [Double], counts: [(measure: String, count: Int)] = [],
        overlaps: [ListedOverlap] = []
    ) {
        self.dataset = dataset
        self.consortiumCounts = consortiumCounts
        self.projection = projection
        self.newmanWeights = newmanWeights
        self.counts = counts
        self.overlaps = overlaps
    }

    /// The projection weighted as `weighting` says.
    public func projection(weighting: ProjectionWeighting) -> CSRGraph {
        switch weighting {
        case .count: projection
        case .newman: CSRGraph(offsets: projection.offsets, targets: projection.targets, weights: newmanWeights)
        }
    }

    /// The `count` institutions in the most consortia (ties: node order), as ascending indices:
    /// the part of a projection too large to draw that `render --top N` draws.
    public func inMostConsortia(_ count: Int) -> [Int] {
        dataset.institutions.indices.sorted { (consortiumCounts[$0], $1) > (consortiumCounts[$1], $0) }.prefix(count).sorted()
    }

    /// The network of the institutions at `kept` (ascending indices) and the ties among them,
    /// renumbered 0, 1, … in that order.
    ///
    /// - Complexity: O(nodes + the kept institutions' ties).
    public func keeping(_ kept: [Int]) -> InstitutionNetwork {
        var newIndex = [Int32](repeating: -1, count: dataset.institutions.count)
        for (position, institution) in kept.enumerated() { newIndex[institution] = Int32(position) }
        var offsets: [Int32] = [0]
        var targets: [Int32] = []
        var counts: [Double] = []
        var newman: [Double] = []
        for institution in kept {
            for edge in projection.edgeRange(of: institution) where newIndex[Int(projection.targets[edge])] >= 0 {
                targets.append(newIndex[Int(projection.targets[edge])])
                counts.append(projection.weights?[edge] ?? 1)
                newman.append(newmanWeights[edge])
            }
            offsets.append(Int32(targets.count))
        }
        var part = dataset
        part.institutions = kept.map { dataset.institutions[$0] }
        return InstitutionNetwork(
            dataset: part, consortiumCounts: kept.map { consortiumCounts[$0] }, projection: CSRGraph(offsets: offsets, targets: targets, weights: counts),
            newmanWeights: newman, counts: self.counts, overlaps: overlaps)
    }
}
