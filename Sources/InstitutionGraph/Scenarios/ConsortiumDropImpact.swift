/// What the network loses when one or more consortia are dropped (a stage evaluation cutting a
/// team, a consortium dissolving).
///
/// Institutions keep their places: counts and efficiencies before and after are over the same
/// institutions, and an institution left in no consortium is *orphaned*.
public struct ConsortiumDropImpact: Sendable, Equatable {
    /// The dropped consortia, as indices into ``Dataset/consortia`` of the original dataset.
    public var dropped: [Int]
    /// Institutions that were in a consortium and are in none once the consortia are dropped, in
    /// dataset order.
    public var orphaned: [Int]
    /// Institutions that were in two or more consortia and are in one or none afterwards (they no
    /// longer link consortia), in dataset order.
    public var noLongerShared: [Int]
    /// The pairs of consortia that shared institutions and that the drop dissolves: every
    /// overlapping pair with a dropped consortium in it.
    public var overlapsLost: [ConsortiumPair]
    /// Pairs of institutions that shared a consortium and share none afterwards: ties of the
    /// institutions projection that disappear.
    public var tiesLost: Int
    /// Pairs of institutions that still share a consortium, but fewer than before.
    public var tiesWeakened: Int
    /// Connected components of the network (consortia and the institutions in them) before.
    public var componentsBefore: Int
    /// Connected components of the network left: remaining consortia and the institutions in them.
    public var componentsAfter: Int
    /// The global efficiency of the institutions projection before (see
    /// ``CSRGraph/globalEfficiency(threads:)``), over every institution of the dataset.
    public var efficiencyBefore: Double
    /// The global efficiency afterwards, over the same institutions (orphans are isolated nodes).
    public var efficiencyAfter: Double

    /// How much global efficiency the drop costs (negative when it rises).
    public var efficiencyLoss: Double { efficiencyBefore - efficiencyAfter }

    /// The change in the number of components (positive when the network falls apart further).
    public var componentChange: Int { componentsAfter - componentsBefore }
}

/// Drops consortia from a dataset, one set at a time, against a baseline computed once.
public struct ConsortiumDropAnalysis: Sendable {
    /// The dataset before any drop.
    public let dataset: Dataset
    private let memberOf: [[Int]]
    private let projection: CSRGraph
    private let pairs: [ConsortiumPair]
    private let components: Int
    private let efficiency: Double
    private let threads: Int

    /// Computes the baseline: the projection, its efficiency, the components and the overlaps.
    ///
    /// - Complexity: O(*n* *m*) on the institutions projection, for its efficiency.
    public init(_ dataset: Dataset, threads: Int = CentralityOptions.defaultThreadCount) throws {
        self.dataset = dataset
        self.threads = threads
        memberOf = dataset.consortiaByInstitution()
        projection = BipartiteGraph(dataset).projection(onto: .institution)
        pairs = dataset.overlappingPairs()
        components = Self.networkComponents(of: dataset)
        efficiency = try projection.globalEfficiency(threads: threads)
    }

    /// What dropping the consortia at `indices` does.
    ///
    /// - Complexity: O(*n* *m*) on the projection left, for its efficiency.
    public func impact(ofDropping indices: some Sequence<Int>) throws -> ConsortiumDropImpact {
        let dropped = Set(indices)
        let after = dataset.removingConsortia(dropped)
        let remaining = memberOf.map { $0.count { !dropped.contains($0) } }
        let projected = BipartiteGraph(after).projection(onto: .institution)
        var lost = 0
        var weakened = 0
        for edge in projection.edges {
            switch projected.weight(between: edge.source, and: edge.target) {
            case nil: lost += 1
            case let weight? where weight < edge.weight: weakened += 1
            default: break
            }
        }
        return ConsortiumDropImpact(
            dropped: dropped.sorted(),
            orphaned: memberOf.indices.filter { !memberOf[$0].isEmpty && remaining[$0] == 0 },
            noLongerShared: memberOf.indices.filter { memberOf[$0].count > 1 && remaining[$0] < 2 },
            overlapsLost: pairs.filter { dropped.contains($0.first) || dropped.contains($0.second) },
            tiesLost: lost, tiesWeakened: weakened,
            componentsBefore: components, componentsAfter: Self.networkComponents(of: after),
            efficiencyBefore: efficiency, efficiencyAfter: try projected.globalEfficiency(threads: threads))
    }

    /// The impact of dropping each consortium alone, most damaging first.
    ///
    /// Ranked by the loss of global efficiency, which sums up in one number what the other columns
    /// count (orphaned institutions, lost ties, longer paths); ties are broken by institutions
    /// orphaned, then ties lost, then components added, then dataset order.
    ///
    /// - Complexity: O(*C* *n* *m*) for *C* consortia.
    public func impactOfDroppingEach() throws -> [ConsortiumDropImpact] {
        let impacts = try dataset.consortia.indices.map { try impact(ofDropping: [$0]) }
        return impacts.sorted { a, b in
            if abs(a.efficiencyLoss - b.efficiencyLoss) > 1e-12 { return a.efficiencyLoss > b.efficiencyLoss }
            if a.orphaned.count != b.orphaned.count { return a.orphaned.count > b.orphaned.count }
            if a.tiesLost != b.tiesLost { return a.tiesLost > b.tiesLost }
            if a.componentChange != b.componentChange { return a.componentChange > b.componentChange }
            return a.dropped.lexicographicallyPrecedes(b.dropped)
        }
    }

    /// Components of the two-mode graph, leaving out institutions in no consortium (they are not
    /// part of the network).
    static func networkComponents(of dataset: Dataset) -> Int {
        let bipartite = BipartiteGraph(dataset)
        let components = bipartite.graph.connectedComponents()
        let isolatedInstitutions = bipartite.nodes(on: .institution).count { bipartite.graph.degree(of: $0) == 0 }
        return components.count - isolatedInstitutions
    }
}
