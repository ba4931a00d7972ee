import BundledDatasets
import InstitutionGraph
import Testing

@Suite("Centrality of the bundled K-AI dataset")
struct CentralityKAITests {
    let dataset = try! BundledDatasets.load().dataset
    var graph: BipartiteGraph { BipartiteGraph(dataset) }

    /// The fixture's nodes (consortium and institution ids) as nodes of ``graph``.
    func nodes(of fixture: NetworkXFixture) throws -> [Int] {
        try zip(fixture.nodes, try #require(fixture.sides)).map { id, side in
            switch side {
            case .consortium: graph.node(consortium: try #require(dataset.consortia.firstIndex { $0.id == id }))
            case .institution: graph.node(institution: try #require(dataset.institutions.firstIndex { $0.id == id }))
            }
        }
    }

    @Test("the two-mode graph is the one NetworkX was given")
    func sameGraph() throws {
        let fixture = try NetworkXFixture.load("k-ai-foundation-2025")
        let nodes = try nodes(of: fixture)
        #expect(Set(nodes).count == graph.graph.nodeCount)
        let edges = Set(fixture.edges.map { [nodes[$0[0]], nodes[$0[1]]].sorted() })
        #expect(edges == Set(graph.graph.edges.map { [$0.source, $0.target] }))
    }

    @Test("every measure and normalisation matches NetworkX, node by node")
    func scores() throws {
        let fixture = try NetworkXFixture.load("k-ai-foundation-2025")
        let nodes = try nodes(of: fixture)
        for reference in fixture.scores {
            let scores = try graph.centrality([reference.measure], options: CentralityOptions(normalization: reference.normalization))
            let actual = try #require(scores[reference.measure])
            #expect(
                agrees(nodes.map { actual[$0] }, reference.values, tolerance: tolerance(of: reference.measure)),
                "\(reference.measure) \(reference.normalization)")
        }
    }

    @Test("the library's two-mode default is the bipartite normalisation, as the CLI's")
    func libraryDefault() throws {
        let byDefault = try graph.centrality([.degree, .betweenness, .closeness])
        let bipartite = try graph.centrality([.degree, .betweenness, .closeness], options: CentralityOptions(normalization: .bipartite))
        let standard = try graph.centrality([.degree], options: CentralityOptions(normalization: .standard))
        #expect(byDefault == bipartite)
        #expect(byDefault.degree != standard.degree)
        let kaist = graph.node(institution: try #require(dataset.institutions.firstIndex { $0.id == "kaist" }))
        // KAIST is in 4 of the 5 consortia: 4/5 on the bipartite scale, 4/51 on the standard one.
        #expect(byDefault.degree?[kaist] == 0.8)
    }

    @Test("KAIST has the highest bipartite betweenness")
    func kaistBetweenness() throws {
        let betweenness = try #require(try graph.centrality([.betweenness], options: CentralityOptions(normalization: .bipartite)).betweenness)
        let top = try #require(betweenness.indices.max { betweenness[$0] < betweenness[$1] })
        #expect(graph.describe(top) == BipartiteNode(side: .institution, index: try #require(dataset.institutions.firstIndex { $0.id == "kaist" })))
    }

    @Test("the institution projection matches NetworkX's, pair by pair")
    func projection() throws {
        let fixture = try NetworkXFixture.load("k-ai-foundation-2025-institution-newman")
        let index = try fixture.nodes.map { id in try #require(dataset.institutions.firstIndex { $0.id == id }) }
        let projection = graph.projection(onto: .institution, weighting: .newman)
        #expect(projection.edgeCount == fixture.edges.count)
        for (edge, weight) in zip(fixture.edges, try #require(fixture.weights)) {
            let mine = try #require(projection.weight(between: index[edge[0]], and: index[edge[1]]))
            #expect(abs(mine - weight) < 1e-12)
        }
    }
}
