import BundledDatasets
import Foundation
@testable import InstitutionGraph
import Testing

/// Random datasets with disconnected parts, isolated institutions and consortia of one.
private func randomDataset(seed: UInt64, consortia: Int = 25, institutions: Int = 40) -> Dataset {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    let people = (0..<institutions).map { Institution(id: "i\($0)", name: LocalizedName(english: "Institution \($0)")) }
    let teams = (0..<consortia).map { index -> Consortium in
        let size = 1 + next(6)
        // Institutions of the last quarter stay in no consortium; the first ones are popular.
        var members: [Int] = []
        while members.count < size {
            let candidate = min(next(institutions * 3 / 4), next(institutions * 3 / 4))
            if !members.contains(candidate) { members.append(candidate) }
        }
        return Consortium(
            id: "c\(index)", name: LocalizedName(english: "Consortium \(index)"),
            members: members.enumerated().map { Membership(institution: $1, role: $0 == 0 ? .lead : .member) })
    }
    return Dataset(title: LocalizedName(english: "random \(seed)"), institutions: people, consortia: teams)
}

@Suite("The analysis context, guarded projections and the incremental what-if")
struct AnalysisContextTests {
    @Test("a projection over the limit is refused before it is built, with its bound")
    func guardedProjection() throws {
        let data = try BundledDatasets.load().dataset
        let bipartite = BipartiteGraph(data)
        let bound = bipartite.projectedPairBound(onto: .institution)
        #expect(try bipartite.guardedProjection(onto: .institution, limit: bound) == bipartite.projection(onto: .institution))
        #expect(throws: ProjectionTooLarge(side: .institution, pairBound: bound, limit: bound - 1)) {
            try bipartite.guardedProjection(onto: .institution, limit: bound - 1)
        }
        let analysis = DatasetAnalysis(data, projectionPairLimit: 5)
        #expect(throws: ProjectionTooLarge.self) { try analysis.brokerage() }
        #expect(throws: ProjectionTooLarge.self) { try analysis.centrality(on: .institutions) }
        #expect(throws: ProjectionTooLarge.self) { try ConsortiumDropAnalysis(analysis) }
        #expect(try analysis.centrality(on: .twoMode).betweenness != nil)
    }

    @Test("what the analysis computes once equals what the dataset computes each time", arguments: 0..<6)
    func sameAnswers(seed: UInt64) throws {
        let data = randomDataset(seed: seed)
        let analysis = DatasetAnalysis(data, threads: 2)
        #expect(try analysis.institutionProjection() == BipartiteGraph(data).projection(onto: .institution))
        #expect(analysis.consortiaByInstitution == data.consortiaByInstitution())
        #expect(try analysis.centrality(on: .twoMode) == BipartiteGraph(data).centrality(options: CentralityOptions(normalization: .bipartite, threads: 2)))
        #expect(
            try analysis.centrality(on: .institutions) == BipartiteGraph(data).projection(onto: .institution).centrality(options: CentralityOptions(threads: 2))
        )
        #expect(try analysis.brokerage().holes == data.brokerage().holes)
        #expect(try analysis.communities().partition.labels == data.institutionCommunities().partition.labels)
        #expect(analysis.summary.components == DatasetSummary(data).components)
    }

    @Test("asked from many tasks at once, the analysis computes one answer for all")
    func concurrentUse() async throws {
        let analysis = DatasetAnalysis(randomDataset(seed: 42, consortia: 60, institutions: 90), threads: 2)
        let results = try await withThrowingTaskGroup(of: CentralityScores.self) { group in
            for index in 0..<8 { group.addTask { try analysis.centrality(on: index.isMultiple(of: 2) ? .twoMode : .institutions) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results).count == 2)
    }

    @Test("the work budget: exact below the limit, estimated above it, exact whatever it costs when asked")
    func budget() throws {
        let graph = BipartiteGraph(randomDataset(seed: 3)).graph
        let work = ShortestPathBudget.work(of: graph)
        #expect(work == Double(graph.nodeCount * graph.edgeCount))
        #expect(!ShortestPathBudget(exactBetweennessWork: work).estimatesBetweenness(on: graph))
        #expect(ShortestPathBudget(exactBetweennessWork: work - 1).estimatesBetweenness(on: graph))
        #expect(!ShortestPathBudget(exact: true, exactBetweennessWork: 1).estimatesBetweenness(on: graph))
        let estimated = try DatasetAnalysis(randomDataset(seed: 3), budget: ShortestPathBudget(exactBetweennessWork: 1)).centrality(on: .twoMode)
        #expect(estimated.betweennessSampling?.approximation == ShortestPathBudget().betweennessApproximation)
    }

    @Test("efficiency from every node as sampled sources is the exact efficiency; samples are seeded and distinct", arguments: 0..<4)
    func sampledEfficiency(seed: UInt64) throws {
        let projection = BipartiteGraph(randomDataset(seed: seed)).projection(onto: .institution)
        let everyone = Array(0..<projection.nodeCount)
        #expect(abs(projection.globalEfficiency(sampling: everyone) - (try projection.globalEfficiency(threads: 2))) < 1e-12)
        let sample = CSRGraph.sampledSources(10, nodeCount: projection.nodeCount, seed: seed)
        #expect(sample.count == 10 && Set(sample).count == 10 && sample == sample.sorted())
        #expect(sample == CSRGraph.sampledSources(10, nodeCount: projection.nodeCount, seed: seed))
        #expect(CSRGraph.sampledSources(100, nodeCount: 7, seed: seed) == Array(0..<7))
        let budget = ShortestPathBudget(exactEfficiencyWork: 1, efficiencySources: 10)
        #expect(budget.efficiencySample(on: projection, seed: seed) == sample)
        #expect(ShortestPathBudget().efficiencySample(on: projection) == nil)
        let drops = try ConsortiumDropAnalysis(DatasetAnalysis(randomDataset(seed: seed), budget: budget, threads: 2))
        #expect(drops.efficiencySample?.count == 10)
        #expect(try drops.impact(ofDropping: []).efficiencyLoss == 0)
    }

    @Test("a graph with many edges gets fewer efficiency sources, in multiples of 64, at least 64; Louvain fewer trials, at least one per thread")
    func workScaledSamples() {
        let graph = CSRGraph(nodeCount: 1_000, edges: (0..<999).map { ($0, $0 + 1) })
        let sources = { (work: Double) in ShortestPathBudget(exactEfficiencyWork: 1, sampledEfficiencyWork: work).efficiencySample(on: graph)?.count }
        #expect(sources(1e9) == 256)
        #expect(sources(999.0 * 130) == 128)
        #expect(sources(1) == 64)
        let trials = { (work: Double, exact: Bool) in ShortestPathBudget(exact: exact, louvainWork: work).louvainOptions(for: graph, threads: 3).trials }
        #expect(trials(1e9, false) == 10 && trials(999.0 * 5, false) == 5 && trials(1, false) == 3 && trials(1, true) == 10)
    }

    @Test("dropping consortia on one thread or several gives the same impacts in the same order, listed or counted", arguments: 0..<3)
    func parallelDrops(seed: UInt64) throws {
        let data = randomDataset(seed: seed)
        let budget = ShortestPathBudget(exactEfficiencyWork: 1, efficiencySources: 10)
        let impacts = try [1, 2, 3].map { threads in
            try ConsortiumDropAnalysis(DatasetAnalysis(data, budget: budget, threads: threads)).impactOfDroppingEach()
        }
        #expect(impacts[1] == impacts[0] && impacts[2] == impacts[0])
        #expect(impacts[0].count == data.consortia.count)
        // Counted rather than listed: the same impacts, in the same order, with the lists empty.
        let counted = try ConsortiumDropAnalysis(DatasetAnalysis(data, budget: budget, threads: 2))
            .impactOfDropping(each: data.consortia.indices, listingOverlaps: false)
        #expect(counted.map(\.overlapsLostCount) == impacts[0].map(\.overlapsLost.count))
        #expect(counted.contains { $0.overlapsLostCount > 0 } && counted.allSatisfy(\.overlapsLost.isEmpty))
        #expect(
            counted
                == impacts[0].map { impact in
                    var unlisted = impact
                    unlisted.overlapsLost = []
                    return unlisted
                })
        // A consortium asked for twice is counted alike both times.
        let busiest = try #require(impacts[0].max { $0.overlapsLost.count < $1.overlapsLost.count }).dropped[0]
        let twice = try ConsortiumDropAnalysis(DatasetAnalysis(data, budget: budget, threads: 1))
            .impactOfDropping(each: [busiest, busiest], listingOverlaps: false)
        #expect(twice.map(\.overlapsLostCount) == Array(repeating: impacts[0].first { $0.dropped == [busiest] }!.overlapsLost.count, count: 2))
    }

    @Test("the overlap ranking counts every overlapping pair and keeps the top ones in order", arguments: 0..<6)
    func overlapRanking(seed: UInt64) {
        let data = randomDataset(seed: seed)
        let all = data.overlappingPairs()
        let ranking = data.overlapRanking(top: 7, by: .count)
        #expect(ranking.overlappingPairCount == all.count)
        let expected = all.sorted { ($0.shared.count, $1.first, $1.second) > ($1.shared.count, $0.first, $0.second) }.prefix(7)
        #expect(ranking.pairs == Array(expected))
    }

    @Test("each drop worked out from the baseline equals the dataset rebuilt without the consortia", arguments: 0..<12)
    func incrementalDrops(seed: UInt64) throws {
        let data = randomDataset(seed: seed)
        let analysis = try ConsortiumDropAnalysis(data, threads: 2)
        var state = seed
        for size in [1, 1, 2, 3] {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let dropped = Set((0..<size).map { Int((state >> UInt64(8 * $0 + 8)) % UInt64(data.consortia.count)) })
            let impact = try analysis.impact(ofDropping: dropped)
            let reference = try rebuiltImpact(of: data, dropping: dropped)
            #expect(impact.orphaned == reference.orphaned)
            #expect(impact.noLongerShared == reference.noLongerShared)
            #expect(impact.overlapsLost == reference.overlapsLost && impact.overlapsLostCount == reference.overlapsLostCount)
            #expect(impact.tiesLost == reference.tiesLost && impact.tiesWeakened == reference.tiesWeakened)
            #expect(impact.componentsBefore == reference.componentsBefore && impact.componentsAfter == reference.componentsAfter)
            #expect(abs(impact.efficiencyAfter - reference.efficiencyAfter) < 1e-12)
        }
    }

    @Test("efficiency worked out from the distances a drop lengthens, or searched again, is the rebuilt projection's, to the last bit", arguments: 0..<8)
    func projectedEfficiency(seed: UInt64) throws {
        // Random datasets, and a ring of 40 pairs with chords, where a drop sends paths the long way round.
        let ring = Dataset(
            title: LocalizedName(english: "ring"),
            institutions: (0..<45).map { Institution(id: "i\($0)", name: LocalizedName(english: "Institution \($0)")) },
            consortia: (0..<44).map { index in
                let members = index < 40 ? [index, (index + 1) % 40] : [index - 40, index - 30, 40 + index % 3]
                return Consortium(
                    id: "c\(index)", name: LocalizedName(english: "Consortium \(index)"),
                    members: members.map { Membership(institution: $0, role: .member) })
            })
        for data in [randomDataset(seed: seed, consortia: 90, institutions: 150), ring] {
            let bipartite = BipartiteGraph(data)
            let workspace = ProjectedEfficiency.Workspace(nodeCount: bipartite.graph.nodeCount)
            var state = seed &+ 11
            for sources in [1, 7, 64, 65, 130] {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let sample = CSRGraph.sampledSources(sources, nodeCount: data.institutions.count, seed: state)
                let estimate = ProjectedEfficiency(bipartite, sampling: sample)
                #expect(estimate.efficiency == bipartite.projection(onto: .institution).globalEfficiency(sampling: sample))
                for size in [1, 1, 2, 3, 6] {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let dropped = Set((0..<size).map { Int((state >> UInt64(8 * $0 + 8)) % UInt64(data.consortia.count)) })
                    let expected = BipartiteGraph(data.removingConsortia(dropped)).projection(onto: .institution).globalEfficiency(sampling: sample)
                    // Worked out, as the budget decides, always, or never (searched again).
                    #expect(estimate.efficiency(dropping: dropped, using: workspace) == expected)
                    #expect(estimate.efficiency(dropping: dropped, using: workspace, repairBudget: .max) == expected)
                    #expect(estimate.efficiency(dropping: dropped, using: workspace, repairBudget: 0) == expected)
                }
            }
        }
        let budget = ShortestPathBudget(exactEfficiencyWork: 1, efficiencySources: 64)
        let data = randomDataset(seed: seed, consortia: 90, institutions: 150)
        let drops = try ConsortiumDropAnalysis(DatasetAnalysis(data, budget: budget, threads: 2))
        let sample = try #require(drops.efficiencySample)
        let dropped: Set = [0, data.consortia.count - 1]
        let projected = BipartiteGraph(data.removingConsortia(dropped)).projection(onto: .institution)
        #expect(try drops.impact(ofDropping: dropped).efficiencyAfter == projected.globalEfficiency(sampling: sample))
    }

    @Test("the parts a consortium dropped alone leaves, from one depth-first search, are the components counted afresh", arguments: 0..<10)
    func partsLeft(seed: UInt64) {
        // Sparse datasets (many cut consortia, members only in one, consortia of one) and denser ones.
        for data in [
            randomDataset(seed: seed, consortia: 60, institutions: 200), randomDataset(seed: seed), randomDataset(seed: seed, consortia: 40, institutions: 12),
        ] {
            let bipartite = BipartiteGraph(data)
            let memberOf = data.consortiaByInstitution()
            let before = ConsortiumDropAnalysis.networkComponents(bipartite, memberOf: memberOf, dropped: [])
            let parts = bipartite.partsLeftByDroppingEachConsortium()
            for consortium in data.consortia.indices {
                #expect(before - 1 + parts[consortium] == ConsortiumDropAnalysis.networkComponents(bipartite, memberOf: memberOf, dropped: [consortium]))
            }
        }
    }

    /// The impact computed the slow way: the dataset rebuilt without the consortia, its projection
    /// compared edge by edge, its components counted afresh.
    private func rebuiltImpact(of data: Dataset, dropping dropped: Set<Int>) throws -> ConsortiumDropImpact {
        let after = data.removingConsortia(dropped)
        let memberOf = data.consortiaByInstitution()
        let remaining = after.consortiaByInstitution()
        let before = BipartiteGraph(data).projection(onto: .institution)
        let projected = BipartiteGraph(after).projection(onto: .institution)
        var lost = 0
        var weakened = 0
        for edge in before.edges where edge.source < edge.target {
            switch projected.weight(between: edge.source, and: edge.target) {
            case nil: lost += 1
            case let weight? where weight < edge.weight: weakened += 1
            default: break
            }
        }
        let components = { (dataset: Dataset) in
            let bipartite = BipartiteGraph(dataset)
            return bipartite.graph.connectedComponents().count - bipartite.nodes(on: .institution).count { bipartite.graph.degree(of: $0) == 0 }
        }
        let lostPairs = data.overlappingPairs().filter { dropped.contains($0.first) || dropped.contains($0.second) }
        return ConsortiumDropImpact(
            dropped: dropped.sorted(),
            orphaned: memberOf.indices.filter { !memberOf[$0].isEmpty && remaining[$0].isEmpty },
            noLongerShared: memberOf.indices.filter { memberOf[$0].count > 1 && remaining[$0].count < 2 },
            overlapsLost: lostPairs, overlapsLostCount: lostPairs.count,
            tiesLost: lost, tiesWeakened: weakened,
            componentsBefore: components(data), componentsAfter: components(after),
            efficiencyBefore: try before.globalEfficiency(threads: 2), efficiencyAfter: try projected.globalEfficiency(threads: 2))
    }
}
