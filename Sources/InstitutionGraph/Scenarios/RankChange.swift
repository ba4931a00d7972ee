/// How far one node moved in a ranking between two sets of scores.
public struct RankChange: Sendable, Equatable {
    /// The node (an institution's index) that moved.
    public var node: Int
    /// Its rank before, 1 for the highest score (tied scores share the best of their ranks).
    public var rankBefore: Int
    /// Its rank after.
    public var rankAfter: Int
    public var scoreBefore: Double
    public var scoreAfter: Double

    /// Places climbed: positive when the node moved up the ranking, negative when it fell.
    public var shift: Int { rankBefore - rankAfter }

    /// The nodes whose own score changed, those whose rank moved most first, then those whose
    /// score changed most (ties: the better rank after, then the lower node).
    ///
    /// A node whose score stays the same is left out even when its rank shifts because others
    /// moved: in graphs with many tied scores (every member of a single consortium scores the
    /// same) such shifts would crowd out the nodes that actually changed.
    ///
    /// Ranks are competition ranks ("1224"): a node's rank is 1 plus the number of nodes scoring
    /// strictly more, so tied nodes share a rank; scores within 1e-12 (relative) count as tied.
    /// Both rankings are taken among `nodes` only, so that nodes leaving the network do not move
    /// the others.
    ///
    /// - Parameters:
    ///   - before: a score per node, before the change.
    ///   - after: a score per node, after it.
    ///   - nodes: the nodes to rank (by default every node).
    ///   - limit: the most changes to return.
    ///   - noiseFloor: a node whose score changes by this much or less counts as unchanged (for
    ///     estimated scores, twice their error bound); 0 for exact scores.
    /// - Complexity: O(*k* log *k*) for *k* nodes ranked.
    public static func largestMoves(
        before: [Double], after: [Double], among nodes: [Int]? = nil, limit: Int = .max, noiseFloor: Double = 0
    ) -> [RankChange] {
        precondition(before.count == after.count, "both rankings need a score per node")
        let nodes = nodes ?? Array(before.indices)
        let ranksBefore = competitionRanks(before, among: nodes)
        let ranksAfter = competitionRanks(after, among: nodes)
        let changes = nodes.map { node in
            RankChange(
                node: node, rankBefore: ranksBefore[node]!, rankAfter: ranksAfter[node]!,
                scoreBefore: before[node], scoreAfter: after[node])
        }
        return changes.filter { !tied($0.scoreBefore, $0.scoreAfter) && abs($0.scoreAfter - $0.scoreBefore) > noiseFloor }
            .sorted { a, b in
                if abs(a.shift) != abs(b.shift) { return abs(a.shift) > abs(b.shift) }
                let (changeA, changeB) = (abs(a.scoreAfter - a.scoreBefore), abs(b.scoreAfter - b.scoreBefore))
                if !tied(changeA, changeB) { return changeA > changeB }
                return (a.rankAfter, a.node) < (b.rankAfter, b.node)
            }
            .prefix(limit).map { $0 }
    }

    /// The competition rank of each of `nodes` by `scores`, highest first.
    ///
    /// - Complexity: O(*k* log *k*)
    public static func competitionRanks(_ scores: [Double], among nodes: [Int]) -> [Int: Int] {
        let ordered = nodes.sorted { scores[$0] > scores[$1] }
        var ranks: [Int: Int] = [:]
        for (position, node) in ordered.enumerated() {
            if position > 0, tied(scores[ordered[position - 1]], scores[node]) {
                ranks[node] = ranks[ordered[position - 1]]
            } else {
                ranks[node] = position + 1
            }
        }
        return ranks
    }

    private static func tied(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }
}

/// The largest rank changes of one measure when consortia are dropped (``RankChange``), and how
/// the scores behind them were computed.
public struct RankChanges: Sendable {
    /// The institutions whose score changed by more than ``noiseFloor``, largest rank moves first.
    public var moves: [RankChange]
    /// How betweenness was sampled before and after, when the work budget made it an estimate.
    public var betweennessSampling: BetweennessSampling?
    /// How closeness or harmonic centrality was sampled before and after, when estimated.
    public var closenessSampling: ClosenessSampling?
    /// The largest change of score counted as no change: twice the estimates' error bound, so
    /// that no listed move can be sampling error alone; 0 when the scores are exact.
    public var noiseFloor: Double
}

extension ConsortiumDropAnalysis {
    /// The institutions whose rank by `measure` on the institutions projection (standard
    /// normalisation, hops) moves most when the consortia at `indices` are dropped; both rankings
    /// are among the institutions still in a consortium afterwards (see
    /// ``RankChange/largestMoves(before:after:among:limit:noiseFloor:)``), on the analysis's
    /// threads.
    ///
    /// Betweenness, closeness and harmonic centrality are estimated where the analysis's work
    /// budget says so (``ShortestPathBudget``), with the same sampling before and after; a score
    /// is then counted as changed only beyond twice the estimate's bound: ε for betweenness and
    /// harmonic centrality, ε × the diameter for closeness (a mean distance within ε × *D* keeps
    /// closeness within ε × *D*).
    ///
    /// - Throws: ``CentralityError`` when eigenvector or PageRank iteration does not converge.
    /// - Complexity: that of the measure, twice.
    public func rankChanges(
        ofDropping indices: some Sequence<Int>, measure: CentralityMeasure = .betweenness, limit: Int = 10
    ) throws -> RankChanges {
        let dropped = Set(indices)
        let after = dataset.removingConsortia(dropped)
        let options = budget.options(for: projection, normalization: .standard, threads: threads)
        let scores = { (graph: CSRGraph) in try graph.centrality([measure], options: options) }
        let (before, changed) = (try scores(projection), try scores(BipartiteGraph(after).guardedProjection(onto: .institution)))
        let noiseFloor: Double =
            switch measure {
            case .betweenness: before.betweennessSampling.map { 2 * $0.approximation.epsilon } ?? 0
            case .harmonic: before.closenessSampling.map { 2 * $0.approximation.epsilon } ?? 0
            case .closeness:
                before.closenessSampling.map {
                    2 * $0.approximation.epsilon * Double(max(1, ApproximateBetweenness.vertexDiameterBound(of: hops, weighted: false) - 1))
                } ?? 0
            default: 0
            }
        let remaining = after.consortiaByInstitution()
        return RankChanges(
            moves: RankChange.largestMoves(
                before: before[measure] ?? [], after: changed[measure] ?? [], among: remaining.indices.filter { !remaining[$0].isEmpty },
                limit: limit, noiseFloor: noiseFloor),
            betweennessSampling: measure == .betweenness ? before.betweennessSampling : nil,
            closenessSampling: measure == .closeness || measure == .harmonic ? before.closenessSampling : nil, noiseFloor: noiseFloor)
    }
}
