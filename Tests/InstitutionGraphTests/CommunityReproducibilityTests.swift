import BundledDatasets
import InstitutionGraph
import Testing

/// Louvain on flat arrays and on several threads finds the communities the plain implementation
/// (``ReferenceMeasures/louvain(_:_:)``) finds for the same seed, with the same modularity.
@Suite("Louvain reproduces its communities")
struct CommunityReproducibilityTests {
    /// Labels renumbered 0, 1, … in order of first appearance, to compare partitions.
    static func canonical(_ labels: [Int]) -> [Int] {
        var number: [Int: Int] = [:]
        return labels.map { label in
            if let existing = number[label] { return existing }
            number[label] = number.count
            return number.count - 1
        }
    }

    static func graphs(seed: UInt64) -> [CSRGraph] {
        let dataset = RandomDatasets.make(seed: seed, consortia: 60, institutions: 90)
        let bipartite = BipartiteGraph(dataset)
        return [
            BrokerageSweepTests.skewed(seed: seed, nodes: 80, hubs: 2, weighted: true),
            BrokerageSweepTests.skewed(seed: seed, nodes: 50, hubs: 0, weighted: false),
            bipartite.projection(onto: .institution),
            bipartite.projection(onto: .institution, weighting: .newman),
        ]
    }

    @Test("the same seed gives the communities and modularity of the plain implementation", arguments: 0..<8)
    func matchesReference(seed: UInt64) {
        for graph in Self.graphs(seed: seed) {
            for resolution in [0.5, 1, 2] {
                let options = LouvainOptions(resolution: resolution, seed: seed, trials: 3, threads: 1)
                let expected = ReferenceMeasures.louvain(graph, options)
                let found = graph.louvainCommunities(options)
                #expect(Self.canonical(found.labels) == Self.canonical(expected.assignment), "resolution \(resolution)")
                #expect(found.modularity.bitPattern == expected.modularity.bitPattern)
            }
        }
    }

    @Test("1, 2 and 4 threads give identical partitions", arguments: 0..<3)
    func threadCountIndependence(seed: UInt64) {
        let graph = BrokerageSweepTests.skewed(seed: seed, nodes: 1_500, hubs: 3, weighted: true)
        let partitions = [1, 2, 4].map { graph.louvainCommunities(LouvainOptions(seed: seed, trials: 7, threads: $0)) }
        #expect(partitions[1] == partitions[0])
        #expect(partitions[2] == partitions[0])
        #expect(partitions[0].modularity.bitPattern == ReferenceMeasures.louvain(graph, LouvainOptions(seed: seed, trials: 7)).modularity.bitPattern)
    }

    @Test("modularity is the same number whatever the labels, and that of the plain implementation", arguments: 0..<6)
    func modularityLabels(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for graph in Self.graphs(seed: seed) {
            let labels = (0..<graph.nodeCount).map { _ in Int.random(in: 0..<max(1, graph.nodeCount / 5), using: &generator) }
            let expected = ReferenceMeasures.modularity(graph, of: labels, resolution: 1.5)
            #expect(graph.modularity(of: labels, resolution: 1.5).bitPattern == expected.bitPattern)
            #expect(graph.modularity(of: labels.map { $0 * 1_000_003 - 7 }, resolution: 1.5).bitPattern == expected.bitPattern)
        }
    }

    @Test("communities of a projection already built are those of the dataset; main consortia by most members, then dataset order")
    func projectionGiven() throws {
        for dataset in [try BundledDatasets.load().dataset, RandomDatasets.make(seed: 3, consortia: 80, institutions: 120)] {
            for weighting in ProjectionWeighting.allCases {
                let options = LouvainOptions(seed: 4, trials: 4, threads: 2)
                let own = try dataset.institutionCommunities(options, weighting: weighting)
                let projection = BipartiteGraph(dataset).projection(onto: .institution, weighting: weighting)
                let given = dataset.institutionCommunities(projection: projection, options, consortiaByInstitution: dataset.consortiaByInstitution())
                #expect(own.partition == given.partition)
                #expect(own.communities == given.communities)
                #expect(own.consortiumAgreement.bitPattern == given.consortiumAgreement.bitPattern)
                // Main consortia as counted over every consortium.
                let memberOf = dataset.consortiaByInstitution()
                for community in given.communities {
                    var counts = [Int](repeating: 0, count: dataset.consortia.count)
                    for member in community.members { for consortium in memberOf[member] { counts[consortium] += 1 } }
                    let main = counts.indices.max { (counts[$0], $1) < (counts[$1], $0) }.flatMap { counts[$0] > 0 ? $0 : nil }
                    #expect(community.mainConsortium == main)
                    #expect(community.inMainConsortium == (main.map { counts[$0] } ?? 0))
                }
            }
        }
    }
}
