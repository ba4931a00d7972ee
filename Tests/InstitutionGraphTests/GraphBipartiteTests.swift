import BundledDatasets
import InstitutionGraph
import PropertyBased
import Testing

@Suite("Two-mode graphs and their projections")
struct GraphBipartiteTests {
    let dataset = try! BundledDatasets.load().dataset

    @Test("consortia come first, then institutions, one edge per membership")
    func numbering() throws {
        let graph = BipartiteGraph(dataset)
        #expect(graph.consortiumCount == 5 && graph.institutionCount == 47)
        #expect(graph.graph.edgeCount == dataset.membershipCount)
        let kaist = try #require(dataset.institutions.firstIndex { $0.id == "kaist" })
        let node = graph.node(institution: kaist)
        #expect(node == 5 + kaist)
        #expect(graph.describe(node) == BipartiteNode(side: .institution, index: kaist))
        #expect(graph.describe(2) == BipartiteNode(side: .consortium, index: 2))
        #expect(graph.graph.degree(of: node) == 4)
        #expect(graph.sides.count(where: { $0 == .consortium }) == 5)
        #expect(graph.nodes(on: .institution) == 5..<52)
    }

    @Test("KAIST and Seoul National University share three consortia")
    func sharedCount() throws {
        let projection = BipartiteGraph(dataset).projection(onto: .institution)
        let index = { (id: String) in try #require(dataset.institutions.firstIndex { $0.id == id }) }
        #expect(projection.weight(between: try index("kaist"), and: try index("snu")) == 3)
        #expect(projection.nodeCount == 47)
    }

    @Test("consortia are linked by the institutions they share")
    func consortiumProjection() throws {
        let projection = BipartiteGraph(dataset).projection(onto: .consortium)
        let lg = try #require(dataset.consortia.firstIndex { $0.id == "lg-ai-research-team" })
        #expect(projection.degree(of: lg) == 0)
        #expect(projection.edgeCount == 6)
    }

    @Test("projections are symmetric and count the shared neighbours")
    func projectionProperties() async {
        await propertyCheck(count: 100, input: RandomGraph.twoMode()) { random in
            let bipartite = Self.bipartite(random)
            for side in NodeSide.allCases {
                for weighting in ProjectionWeighting.allCases {
                    let projection = bipartite.projection(onto: side, weighting: weighting)
                    let first = bipartite.nodes(on: side).lowerBound
                    for edge in projection.edges {
                        #expect(projection.weight(between: edge.target, and: edge.source) == edge.weight)
                        let shared = Set(bipartite.graph.neighbors(of: first + edge.source))
                            .intersection(bipartite.graph.neighbors(of: first + edge.target))
                        if weighting == .count { #expect(edge.weight == Double(shared.count)) }
                        #expect(!shared.isEmpty)
                    }
                }
            }
        }
    }

    @Test(
        "a projection's rows are every node met through a shared neighbour, in order, with sums added in neighbour order, whatever the threads",
        arguments: [1, 2, 3, 7])
    func projectionRows(threads: Int) async {
        await propertyCheck(count: 60, input: RandomGraph.twoMode(maximumSide: 40)) { random in
            let bipartite = Self.bipartite(random)
            for side in NodeSide.allCases {
                for weighting in ProjectionWeighting.allCases {
                    for minimumWeight in [0.0, 2.0] {
                        let projection = bipartite.projection(onto: side, weighting: weighting, minimumWeight: minimumWeight, threads: threads)
                        #expect(projection == Self.plainProjection(bipartite, onto: side, weighting: weighting, minimumWeight: minimumWeight))
                    }
                }
            }
        }
        // A side of 300,000 nodes, whose rows reach the three levels of the bitmaps that order them.
        let wide = BipartiteGraph(
            consortiumCount: 3, institutionCount: 300_000,
            memberships: [(0, 299_999), (0, 5), (0, 4_100), (0, 262_150), (1, 4_100), (1, 0), (2, 7)].map { (consortium: $0.0, institution: $0.1) })
        #expect(wide.projection(onto: .institution, threads: threads) == Self.plainProjection(wide, onto: .institution, weighting: .count, minimumWeight: 0))
    }

    /// The two-mode graph of a random two-mode graph's edges, consortia first.
    private static func bipartite(_ random: RandomGraph) -> BipartiteGraph {
        let consortia = random.sides!.count(where: { $0 == .consortium })
        return BipartiteGraph(
            consortiumCount: consortia, institutionCount: random.nodeCount - consortia,
            memberships: random.edges.map { (consortium: $0.0, institution: $0.1 - consortia) })
    }

    /// The projection as its definition reads: for each node, the other members of each of its
    /// neighbours in turn, summed in a dictionary, then sorted.
    private static func plainProjection(
        _ bipartite: BipartiteGraph, onto side: NodeSide, weighting: ProjectionWeighting, minimumWeight: Double
    ) -> CSRGraph {
        let nodes = bipartite.nodes(on: side)
        var edges: [(Int, Int, Double)] = []
        for node in nodes {
            var sums: [Int: Double] = [:]
            for shared in bipartite.graph.neighbors(of: node) {
                let members = bipartite.graph.neighbors(of: Int(shared))
                for member in members where Int(member) != node {
                    sums[Int(member) - nodes.lowerBound, default: 0] += weighting == .count ? 1 : 1 / Double(members.count - 1)
                }
            }
            for (other, sum) in sums where other > node - nodes.lowerBound && sum >= minimumWeight {
                edges.append((node - nodes.lowerBound, other, sum))
            }
        }
        return CSRGraph(nodeCount: nodes.count, weightedEdges: edges)
    }

    @Test("built from a dataset, the graph is the one its memberships make: members in any order, one listed twice, institutions in none")
    func fromDataset() async {
        await propertyCheck(count: 100, input: RandomGraph.twoMode()) { random in
            let consortiumCount = random.sides!.count(where: { $0 == .consortium })
            let institutionCount = random.nodeCount - consortiumCount
            var members = Array(repeating: [Membership](), count: consortiumCount)
            // Members in the order the edges come (not sorted), and every third one listed twice.
            for (index, edge) in random.edges.enumerated() {
                let membership = Membership(institution: edge.1 - consortiumCount)
                members[edge.0].append(membership)
                if index % 3 == 0 { members[edge.0].insert(membership, at: 0) }
            }
            let dataset = Dataset(
                title: LocalizedName(english: "random"),
                institutions: (0..<institutionCount).map { Institution(id: "i\($0)", name: LocalizedName(english: "i\($0)")) },
                consortia: members.enumerated().map { Consortium(id: "c\($0)", name: LocalizedName(english: "c\($0)"), members: $1) })
            let expected = Self.bipartite(random)
            let built = BipartiteGraph(dataset)
            #expect(built.graph == expected.graph)
            #expect(built.consortiumCount == consortiumCount && built.institutionCount == institutionCount)
        }
    }

    @Test("the projection size bound counts the pairs each shared neighbour makes")
    func projectionBound() throws {
        let data = try BundledDatasets.load().dataset
        let graph = BipartiteGraph(data)
        // Consortia of 8, 13, 8, 14 and 10 members.
        #expect(graph.projectedPairBound(onto: .institution) == 28 + 78 + 28 + 91 + 45)
        // KAIST (4 consortia), SNU (3) and Korea University (2).
        #expect(graph.projectedPairBound(onto: .consortium) == 6 + 3 + 1)
    }
}
