import Foundation

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
    /// overlapping pair with a dropped consortium in it; empty when they were not listed
    /// (``ConsortiumDropAnalysis/impactOfDropping(each:listingOverlaps:progress:)``).
    public var overlapsLost: [ConsortiumPair]
    /// How many pairs of consortia the drop dissolves, listed or not.
    public var overlapsLostCount: Int
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
///
/// Each drop is worked out from the baseline rather than from a rebuilt dataset: the ties it
/// loses from the pairs inside the dropped consortia, the components from the parts a consortium
/// dropped alone leaves (found once for all) or from one pass over the two-mode graph without
/// several, and the efficiency from the projection with the lost ties left out (or, estimated,
/// from the distances the drop lengthens: `ProjectedEfficiency`).
public struct ConsortiumDropAnalysis: Sendable {
    /// The dataset before any drop.
    public let dataset: Dataset
    private let bipartite: BipartiteGraph
    private let memberOf: [[Int]]
    /// Each consortium's institutions, once each, in ascending order.
    private let institutionsOf: [[Int]]
    let projection: CSRGraph
    /// The projection's ties without weights.
    let hops: CSRGraph
    private let components: Int
    /// For each consortium, the parts its component falls into when it alone is dropped.
    private let partsLeft: [Int]
    private let efficiency: Double
    /// The estimate of global efficiency and the distances behind it, when it is estimated.
    private let estimatedEfficiency: ProjectedEfficiency?
    /// The threads its searches use.
    public let threads: Int
    /// Which measures are computed exactly and which estimated (the analysis's).
    public let budget: ShortestPathBudget
    /// The nodes global efficiency is estimated from (the same before and after every drop), or
    /// `nil` when it is computed exactly.
    public var efficiencySample: [Int]? { estimatedEfficiency?.sources }

    /// Computes the baseline: the projection, its efficiency and the components.
    ///
    /// - Throws: ``ProjectionTooLarge`` when the institutions projection would be too large.
    /// - Complexity: O(*n* *m*) on the institutions projection, for its efficiency.
    public init(_ dataset: Dataset, threads: Int = CentralityOptions.defaultThreadCount) throws {
        try self.init(DatasetAnalysis(dataset, threads: threads))
    }

    /// The baseline from an analysis whose graphs are built (or will be, once, for everyone).
    ///
    /// - Throws: ``ProjectionTooLarge`` when the institutions projection would be too large.
    public init(_ analysis: DatasetAnalysis) throws {
        dataset = analysis.dataset
        threads = analysis.threads
        budget = analysis.budget
        bipartite = analysis.bipartite
        memberOf = analysis.consortiaByInstitution
        institutionsOf = dataset.consortia.map { Array(Set($0.members.map(\.institution))).sorted() }
        projection = try analysis.institutionProjection()
        // Efficiency counts hops: each drop copies the ties without their weights.
        hops = CSRGraph(offsets: projection.offsets, targets: projection.targets, weights: nil)
        components = Self.networkComponents(bipartite, memberOf: memberOf, dropped: [])
        partsLeft = bipartite.partsLeftByDroppingEachConsortium()
        estimatedEfficiency = analysis.budget.efficiencySample(on: projection).map { ProjectedEfficiency(analysis.bipartite, sampling: $0) }
        efficiency = try estimatedEfficiency?.efficiency ?? hops.globalEfficiency(threads: threads)
    }

    /// The global efficiency of the projection once the consortia `dropped` and the ties `lost`
    /// with them are left out: estimated from ``efficiencySample`` with the distances that the
    /// drop lengthens worked out in `workspace`, or computed exactly on the projection.
    private func efficiency(dropping dropped: Set<Int>, lost: [(Int, Int)], using workspace: ProjectedEfficiency.Workspace?) throws -> Double {
        if let estimatedEfficiency, let workspace { return estimatedEfficiency.efficiency(dropping: dropped, using: workspace) }
        return try hops.removingEdges(lost).globalEfficiency(threads: threads)
    }

    /// One thread's buffers for the drops' estimates of efficiency, or `nil` when it is computed
    /// exactly.
    private func makeWorkspace() -> ProjectedEfficiency.Workspace? {
        estimatedEfficiency.map { _ in ProjectedEfficiency.Workspace(nodeCount: bipartite.graph.nodeCount) }
    }

    /// What dropping the consortia at `indices` does.
    ///
    /// - Complexity: O(Σ *s*² log *d*) for the dropped consortia's sizes *s*, plus, for several,
    ///   O(*n* + *m*) on the two-mode graph and, for the efficiency, O(*n* *m*) on the projection
    ///   left, or, when it is estimated, for each sampled source the edges at the nodes whose
    ///   distance changes.
    public func impact(ofDropping indices: some Sequence<Int>) throws -> ConsortiumDropImpact {
        try impact(ofDropping: indices, overlapsLostCount: nil, using: makeWorkspace())
    }

    /// The impact, with the overlaps lost listed, or, given their number, not.
    private func impact(
        ofDropping indices: some Sequence<Int>, overlapsLostCount: Int?, using workspace: ProjectedEfficiency.Workspace?
    ) throws -> ConsortiumDropImpact {
        let dropped = Set(indices.filter { dataset.consortia.indices.contains($0) })
        // Only the dropped consortia's institutions lose memberships.
        var lostMemberships: [Int: Int] = [:]
        for consortium in dropped {
            for institution in institutionsOf[consortium] { lostMemberships[institution, default: 0] += 1 }
        }
        let affected = lostMemberships.keys.sorted()
        let remaining = { (institution: Int) in memberOf[institution].count - lostMemberships[institution]! }
        let (lostTies, weakened) = tiesChanged(dropping: dropped)
        let overlaps = overlapsLostCount == nil ? overlapsLost(dropping: dropped) : []
        return ConsortiumDropImpact(
            dropped: dropped.sorted(),
            orphaned: affected.filter { remaining($0) == 0 },
            noLongerShared: affected.filter { memberOf[$0].count > 1 && remaining($0) < 2 },
            overlapsLost: overlaps, overlapsLostCount: overlapsLostCount ?? overlaps.count,
            tiesLost: lostTies.count, tiesWeakened: weakened,
            componentsBefore: components, componentsAfter: componentsAfter(dropping: dropped),
            efficiencyBefore: efficiency, efficiencyAfter: try efficiency(dropping: dropped, lost: lostTies, using: workspace))
    }

    /// The impact of dropping each consortium alone, most damaging first.
    ///
    /// Ranked by the loss of global efficiency, which sums up in one number what the other columns
    /// count (orphaned institutions, lost ties, longer paths); ties are broken by institutions
    /// orphaned, then ties lost, then components added, then dataset order.
    ///
    /// - Complexity: O(*C* *n* *m*) for *C* consortia.
    public func impactOfDroppingEach() throws -> [ConsortiumDropImpact] {
        try impactOfDropping(each: dataset.consortia.indices)
    }

    /// The impact of dropping each of `consortia` alone, ranked as ``impactOfDroppingEach()``;
    /// `progress` is told how many drops are done after each (one call at a time).
    ///
    /// When efficiency is estimated (a large projection), the drops run on several threads, each
    /// with buffers of its own; exact efficiency is parallel within each drop.
    ///
    /// With `listingOverlaps` false, each impact counts the overlaps it loses without listing
    /// them: on a programme of thousands of consortia the lists of every drop add up to every
    /// overlapping pair twice, with the institutions each shares.
    public func impactOfDropping(
        each consortia: some Collection<Int>, listingOverlaps: Bool = true, progress: (Int) -> Void = { _ in }
    ) throws -> [ConsortiumDropImpact] {
        let drops = Array(consortia)
        let reporting = NSLock()
        nonisolated(unsafe) var done = 0
        let outcomes = ClaimedChunks(itemCount: drops.count, maximumCount: drops.count).forEach(
            threads: efficiencySample == nil ? 1 : threads,
            makeContext: {
                DropsDone(workspace: makeWorkspace(), partnerMarks: listingOverlaps ? [] : Array(repeating: 0, count: dataset.consortia.count))
            }
        ) { thread, positions in
            for position in positions {
                thread.outcomes.append(
                    (
                        position,
                        Result {
                            try impact(
                                ofDropping: [drops[position]],
                                overlapsLostCount: listingOverlaps
                                    ? nil : overlapPartnerCount(of: drops[position], marks: &thread.partnerMarks, stamp: &thread.stamp),
                                using: thread.workspace)
                        }
                    ))
                reporting.withLock {
                    done += 1
                    progress(done)
                }
            }
        }
        let impacts = try outcomes.flatMap(\.outcomes).sorted { $0.0 < $1.0 }.map { try $0.1.get() }
        return impacts.sorted { a, b in
            if abs(a.efficiencyLoss - b.efficiencyLoss) > 1e-12 { return a.efficiencyLoss > b.efficiencyLoss }
            if a.orphaned.count != b.orphaned.count { return a.orphaned.count > b.orphaned.count }
            if a.tiesLost != b.tiesLost { return a.tiesLost > b.tiesLost }
            if a.componentChange != b.componentChange { return a.componentChange > b.componentChange }
            return a.dropped.lexicographicallyPrecedes(b.dropped)
        }
    }

    /// The components left once the consortia `dropped` are: from the parts each consortium
    /// leaves when it is dropped alone, or counted afresh for several.
    private func componentsAfter(dropping dropped: Set<Int>) -> Int {
        guard dropped.count == 1, let consortium = dropped.first else {
            return Self.networkComponents(bipartite, memberOf: memberOf, dropped: dropped)
        }
        return components - 1 + partsLeft[consortium]
    }

    /// One thread's drops: their positions and outcomes, and its buffers.
    private struct DropsDone {
        let workspace: ProjectedEfficiency.Workspace?
        /// For counting overlaps (``overlapPartnerCount(of:marks:stamp:)``).
        var partnerMarks: [Int]
        var stamp = 0
        var outcomes: [(Int, Result<ConsortiumDropImpact, any Error>)] = []
    }

    /// The ties of the projection that the drop removes (each once, as `(lower, higher)` node
    /// pairs) and how many more it weakens: a tie's weight counts shared consortia, so it goes
    /// when every consortium it counts is dropped.
    private func tiesChanged(dropping dropped: Set<Int>) -> (lost: [(Int, Int)], weakened: Int) {
        var droppedTogether: [Int: [Int: Int]] = [:]
        for consortium in dropped {
            let members = institutionsOf[consortium]
            for (position, first) in members.enumerated() {
                for second in members[(position + 1)...] { droppedTogether[first, default: [:]][second, default: 0] += 1 }
            }
        }
        var lost: [(Int, Int)] = []
        var weakened = 0
        for (first, partners) in droppedTogether {
            for (second, count) in partners {
                guard let weight = projection.weight(between: first, and: second) else { continue }
                if weight - Double(count) < 0.5 { lost.append((first, second)) } else { weakened += 1 }
            }
        }
        return (lost, weakened)
    }

    /// Every overlapping pair of consortia with a dropped one in it, ordered by the first
    /// consortium then the second.
    private func overlapsLost(dropping dropped: Set<Int>) -> [ConsortiumPair] {
        // The institutions each pair shares, found from the dropped side: ascending, as
        // `institutionsOf` is.
        var shared: [Int: [Int]] = [:]
        let consortiumCount = dataset.consortia.count
        for consortium in dropped {
            for institution in institutionsOf[consortium] {
                for other in memberOf[institution] where other != consortium && !(dropped.contains(other) && other < consortium) {
                    shared[min(consortium, other) * consortiumCount + max(consortium, other), default: []].append(institution)
                }
            }
        }
        return shared.keys.sorted().map { key in
            let (first, second) = (key / consortiumCount, key % consortiumCount)
            return ConsortiumPair(
                first: first, second: second, shared: shared[key]!,
                firstSize: dataset.consortia[first].members.count, secondSize: dataset.consortia[second].members.count)
        }
    }

    /// How many other consortia share an institution with `consortium`: the overlaps lost when it
    /// alone is dropped. The partners found are marked in `marks` (one entry per consortium) with
    /// the next `stamp`.
    ///
    /// - Complexity: O(Σ *d*) over its members' numbers of consortia *d*.
    private func overlapPartnerCount(of consortium: Int, marks: inout [Int], stamp: inout Int) -> Int {
        guard dataset.consortia.indices.contains(consortium) else { return 0 }
        stamp += 1
        var count = 0
        for institution in institutionsOf[consortium] {
            for other in memberOf[institution] where other != consortium && marks[other] != stamp {
                marks[other] = stamp
                count += 1
            }
        }
        return count
    }

    /// Components of the two-mode graph without the `dropped` consortia, leaving out institutions
    /// in no consortium that remains (they are not part of the network).
    ///
    /// - Complexity: O(*n* + *m*) on the two-mode graph.
    static func networkComponents(_ bipartite: BipartiteGraph, memberOf: [[Int]], dropped: Set<Int>) -> Int {
        let graph = bipartite.graph
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        for consortium in dropped { seen[bipartite.node(consortium: consortium)] = true }
        var stack: [Int] = []
        var count = 0
        for consortium in 0..<bipartite.consortiumCount where !seen[bipartite.node(consortium: consortium)] {
            count += 1
            let root = bipartite.node(consortium: consortium)
            seen[root] = true
            stack.append(root)
            while let node = stack.popLast() {
                for neighbor in graph.neighbors(of: node) where !seen[Int(neighbor)] {
                    seen[Int(neighbor)] = true
                    stack.append(Int(neighbor))
                }
            }
        }
        return count
    }
}

extension CSRGraph {
    /// The graph without the undirected edges `removed` (pairs of nodes, each edge once).
    ///
    /// - Complexity: O(*n* + *m* + *r* log *r*) for *r* edges removed.
    func removingEdges(_ removed: [(Int, Int)]) -> CSRGraph {
        guard !removed.isEmpty else { return self }
        var gone = Set<Int>()
        let n = nodeCount
        var touched = [Bool](repeating: false, count: n)
        for (a, b) in removed {
            gone.insert(a * n + b)
            gone.insert(b * n + a)
            touched[a] = true
            touched[b] = true
        }
        var newOffsets = [Int32](repeating: 0, count: n + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double]? = weights.map { _ in [] }
        newTargets.reserveCapacity(targets.count - 2 * removed.count)
        for node in 0..<n {
            for edge in edgeRange(of: node) where !touched[node] || !gone.contains(node * n + Int(targets[edge])) {
                newTargets.append(targets[edge])
                if let weights { newWeights!.append(weights[edge]) }
            }
            newOffsets[node + 1] = Int32(newTargets.count)
        }
        return CSRGraph(offsets: newOffsets, targets: newTargets, weights: newWeights)
    }
}
