import BundledDatasets
@testable import InstitutionGraph
import Testing

/// Structural holes and brokerage roles from the triangle sweep: the numbers of the plain pass
/// over every contact's contacts (``ReferenceMeasures``), up to rounding for structural holes
/// (the sweep factors each edge's sums) and exactly for roles; bit for bit whatever the threads.
@Suite("Brokerage sweep")
struct BrokerageSweepTests {
    /// A random graph with `hubs` nodes tied to most others, so that degrees are very uneven (as
    /// on an institutions projection); weights from a small set with fractions (as Newman's).
    static func skewed(seed: UInt64, nodes: Int, hubs: Int, weighted: Bool) -> CSRGraph {
        var generator = SplitMix64(seed: seed)
        let weights = [1, 2, 3, 0.5, 1.0 / 3, 0.25 + 1.0 / 7]
        var edges: [(Int, Int, Double)] = (0..<(3 * nodes)).map { _ in
            (Int.random(in: 0..<nodes, using: &generator), Int.random(in: 0..<nodes, using: &generator), weights.randomElement(using: &generator)!)
        }
        for hub in 0..<min(hubs, nodes) {
            for other in 0..<nodes where Double.random(in: 0..<1, using: &generator) < 0.6 {
                edges.append((hub * 7 % nodes, other, weights.randomElement(using: &generator)!))
            }
        }
        return weighted ? CSRGraph(nodeCount: nodes, weightedEdges: edges) : CSRGraph(nodeCount: nodes, edges: edges.map { ($0.0, $0.1) })
    }

    /// Small graphs of every shape, and projections of random datasets both ways of weighting.
    static func graphs(seed: UInt64) -> [CSRGraph] {
        let dataset = RandomDatasets.make(seed: seed, consortia: 40, institutions: 60)
        let bipartite = BipartiteGraph(dataset)
        return [
            skewed(seed: seed, nodes: Int(seed % 7) + 1, hubs: 1, weighted: true),
            skewed(seed: seed, nodes: 30 + Int(seed), hubs: 0, weighted: seed.isMultiple(of: 2)),
            skewed(seed: seed, nodes: 60, hubs: 3, weighted: true),
            skewed(seed: seed, nodes: 60, hubs: 2, weighted: false),
            bipartite.projection(onto: .institution),
            bipartite.projection(onto: .institution, weighting: .newman),
            bipartite.projection(onto: .consortium),
        ]
    }

    static func groups(seed: UInt64, count: Int) -> [Int] {
        var generator = SplitMix64(seed: seed &+ 99)
        let labels = [0, 1, 2, -5, 1_000_000_007].prefix(Int(seed % 5) + 1)
        return (0..<count).map { _ in labels.randomElement(using: &generator)! }
    }

    /// The same doubles, bit for bit (NaN where NaN).
    static func identical(_ a: [Double], _ b: [Double]) -> Bool {
        a.map(\.bitPattern) == b.map(\.bitPattern)
    }

    static func identical(_ a: StructuralHoles, _ b: StructuralHoles) -> Bool {
        identical(a.effectiveSize, b.effectiveSize) && identical(a.efficiency, b.efficiency) && identical(a.constraint, b.constraint)
    }

    /// Within a few units of rounding of each other (NaN where NaN): the sweep divides each edge's
    /// sums once where the plain pass divides every term.
    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in x.isNaN ? y.isNaN : abs(x - y) <= 1e-12 * max(1, abs(y)) }
    }

    static func close(_ a: StructuralHoles, _ b: StructuralHoles) -> Bool {
        close(a.effectiveSize, b.effectiveSize) && close(a.efficiency, b.efficiency) && close(a.constraint, b.constraint)
    }

    @Test(
        "structural holes are those of the pass over every contact's contacts up to rounding, weighted and not, whatever the threads",
        arguments: 0..<16)
    func holesMatchReference(seed: UInt64) {
        for graph in Self.graphs(seed: seed) {
            for weighted in [true, false] {
                let expected = ReferenceMeasures.structuralHoles(graph, weighted: weighted)
                let single = graph.structuralHoles(weighted: weighted, threads: 1)
                #expect(Self.close(single, expected), "\(graph.nodeCount) nodes, weighted \(weighted)")
                #expect(Self.identical(graph.structuralHoles(weighted: weighted, threads: 3), single), "\(graph.nodeCount) nodes, weighted \(weighted)")
            }
        }
    }

    @Test("brokerage roles are those of looking at every pair of contacts, whatever the group labels", arguments: 0..<16)
    func rolesMatchReference(seed: UInt64) {
        for graph in Self.graphs(seed: seed) {
            let groups = Self.groups(seed: seed, count: graph.nodeCount)
            let expected = ReferenceMeasures.brokerageRoles(graph, groups: groups)
            #expect(graph.brokerageRoles(groups: groups, threads: 1) == expected)
            #expect(graph.brokerageRoles(groups: groups, threads: 3) == expected)
        }
    }

    @Test("1, 2 and 4 threads give identical holes and roles on large skewed graphs", arguments: 0..<3)
    func threadCountIndependence(seed: UInt64) {
        let graph = Self.skewed(seed: seed, nodes: 2_500, hubs: 4, weighted: true)
        let groups = Self.groups(seed: seed, count: graph.nodeCount)
        let results = [1, 2, 4].map { threads in
            (
                BrokerageSweep.measures(of: graph, holes: true, weighted: true, groups: groups, threads: threads),
                graph.structuralHoles(weighted: false, threads: threads)
            )
        }
        for (measures, unweighted) in results.dropFirst() {
            #expect(Self.identical(measures.holes!, results[0].0.holes!))
            #expect(measures.roles! == results[0].0.roles!)
            #expect(Self.identical(unweighted, results[0].1))
        }
        #expect(Self.close(results[0].0.holes!, ReferenceMeasures.structuralHoles(graph, weighted: true)))
        #expect(results[0].0.roles! == ReferenceMeasures.brokerageRoles(graph, groups: groups))
    }

    @Test("brokerage on a projection already built is brokerage on the dataset")
    func projectionGiven() throws {
        for dataset in [try BundledDatasets.load().dataset, RandomDatasets.make(seed: 5, consortia: 80, institutions: 120)] {
            let projection = BipartiteGraph(dataset).projection(onto: .institution)
            for weighted in [true, false] {
                let own = try dataset.brokerage(weighted: weighted)
                let given = dataset.brokerage(projection: projection, weighted: weighted, threads: 2)
                #expect(Self.identical(own.holes, given.holes))
                #expect(own.roles == given.roles)
                #expect(own.partners == given.partners)
                #expect(own.ranking == given.ranking)
            }
        }
    }

    @Test("claimed chunks cover every item once, and each thread that runs returns its context", arguments: [1, 2, 4])
    func claimedChunks(threads: Int) {
        for (items, maximum) in [(0, 8), (1, 8), (10, 3), (1_000, 1024), (5_000, 64)] {
            let chunks = ClaimedChunks(itemCount: items, maximumCount: maximum)
            let seen = chunks.forEach(threads: threads) {
                [Int]()
            } _: { seen, range in
                seen.append(contentsOf: range)
            }
            #expect(seen.count <= max(1, threads))
            #expect(seen.flatMap { $0 }.sorted() == Array(0..<items))
        }
    }
}
