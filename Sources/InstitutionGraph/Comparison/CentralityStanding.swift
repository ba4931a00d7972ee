/// One institution's place among the most central, in the old and in the new dataset.
public struct CentralityStanding: Sendable, Equatable {
    /// Its index in the old dataset, if it was there.
    public var old: Int?
    /// Its index in the new dataset, if it is there.
    public var new: Int?
    /// Its competition rank before and after (see ``RankChange``), among the institutions in at
    /// least one consortium; `nil` where it was not in the network.
    public var rankBefore: Int?
    public var rankAfter: Int?
    public var scoreBefore: Double?
    public var scoreAfter: Double?
}

extension DatasetDiff {
    /// The institutions in the top `limit` by `measure` on the institutions projection (standard
    /// normalisation, hops) before or after, with their ranks in both; ordered by rank now, then
    /// by rank before. Each side contributes at most `limit` institutions, by rank then dataset
    /// order, and none that scores 0 (with betweenness, most institutions tie there).
    ///
    /// - Throws: ``CentralityError`` when eigenvector or PageRank iteration does not converge.
    /// - Complexity: that of the measure on both projections.
    public func topCentralityChanges(_ measure: CentralityMeasure = .betweenness, limit: Int = 10) throws -> [CentralityStanding] {
        let (scoresBefore, ranksBefore) = try Self.standings(of: old, measure: measure)
        let (scoresAfter, ranksAfter) = try Self.standings(of: new, measure: measure)
        var newForOld: [Int: Int] = [:]
        var oldForNew: [Int: Int] = [:]
        for match in institutions {
            newForOld[match.old] = match.new
            oldForNew[match.new] = match.old
        }
        // Each side's top: at most `limit` institutions with a score above 0, by rank then order.
        let top = { (ranks: [Int: Int], scores: [Double]) in
            ranks.filter { scores[$0.key] > 0 }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
        }
        var keys: [(old: Int?, new: Int?)] = []
        var seenOld: Set<Int> = []
        for index in top(ranksAfter, scoresAfter) {
            keys.append((oldForNew[index], index))
            if let match = oldForNew[index] { seenOld.insert(match) }
        }
        for index in top(ranksBefore, scoresBefore) where !seenOld.contains(index) {
            keys.append((index, newForOld[index]))
        }
        let standings = keys.map { key in
            CentralityStanding(
                old: key.old, new: key.new,
                rankBefore: key.old.flatMap { ranksBefore[$0] }, rankAfter: key.new.flatMap { ranksAfter[$0] },
                scoreBefore: key.old.flatMap { ranksBefore[$0] == nil ? nil : scoresBefore[$0] },
                scoreAfter: key.new.flatMap { ranksAfter[$0] == nil ? nil : scoresAfter[$0] })
        }
        return standings.sorted {
            ($0.rankAfter ?? .max, $0.rankBefore ?? .max, $0.new ?? .max, $0.old ?? .max)
                < ($1.rankAfter ?? .max, $1.rankBefore ?? .max, $1.new ?? .max, $1.old ?? .max)
        }
    }

    private static func standings(of dataset: Dataset, measure: CentralityMeasure) throws -> ([Double], [Int: Int]) {
        let scores = try BipartiteGraph(dataset).guardedProjection(onto: .institution).centrality([measure])[measure] ?? []
        let memberOf = dataset.consortiaByInstitution()
        let inNetwork = memberOf.indices.filter { !memberOf[$0].isEmpty }
        return (scores, RankChange.competitionRanks(scores, among: inNetwork))
    }
}
