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
            let consortia = random.sides!.count(where: { $0 == .consortium })
            let bipartite = BipartiteGraph(
                consortiumCount: consortia, institutionCount: random.nodeCount - consortia,
                memberships: random.edges.map { (consortium: $0.0, institution: $0.1 - consortia) })
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
