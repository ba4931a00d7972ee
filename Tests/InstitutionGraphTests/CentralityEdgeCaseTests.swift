import InstitutionGraph
import Testing

@Suite("Centrality on small and odd graphs")
struct CentralityEdgeCaseTests {
    @Test("an empty graph has empty scores")
    func empty() throws {
        let scores = try CSRGraph(nodeCount: 0, edges: []).centrality()
        #expect(CentralityMeasure.allCases.allSatisfy { scores[$0] == [] })
    }

    @Test("a single node has degree centrality 1 and no paths")
    func single() throws {
        let scores = try CSRGraph(nodeCount: 1, edges: []).centrality()
        #expect(scores.degree == [1] && scores.betweenness == [0] && scores.closeness == [0] && scores.harmonic == [0])
        #expect(scores.eigenvector == [1] && scores.pageRank == [1])
    }

    @Test("isolated nodes score 0 on paths and share PageRank's jumps")
    func isolated() throws {
        let scores = try CSRGraph(nodeCount: 4, edges: [(0, 1)]).centrality()
        #expect(scores.closeness?[2] == 0 && scores.harmonic?[3] == 0)
        #expect(scores.eigenvector?[2] == 0)
        let pageRank = try #require(scores.pageRank)
        #expect(abs(pageRank[2] - pageRank[3]) < 1e-15 && pageRank[0] > pageRank[2])
    }

    @Test("the bipartite normalisation asks for sides")
    func missingSides() {
        let graph = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        #expect(throws: CentralityError.self) { try graph.centrality([.betweenness], options: CentralityOptions(normalization: .bipartite)) }
        #expect(throws: CentralityError.self) {
            try graph.centrality([.degree], sides: [.consortium], options: CentralityOptions(normalization: .bipartite))
        }
        #expect(throws: Never.self) { try graph.centrality([.pageRank], options: CentralityOptions(normalization: .bipartite)) }
    }

    @Test("weighted is ignored on an unweighted graph")
    func weightedUnweighted() throws {
        let graph = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        let hops = try graph.centrality(options: CentralityOptions(weighted: false))
        let weighted = try graph.centrality(options: CentralityOptions(weighted: true))
        #expect(hops == weighted)
    }

    @Test("a heavy edge is a short distance when weighted")
    func weightedDistance() throws {
        // 0 –(4)– 1 –(4)– 2 and 0 –(1)– 2: through 1 is shorter when weights are strengths.
        let graph = CSRGraph(nodeCount: 3, weightedEdges: [(0, 1, 4), (1, 2, 4), (0, 2, 1)])
        let weighted = try graph.centrality([.betweenness], options: CentralityOptions(normalization: .none, weighted: true))
        let hops = try graph.centrality([.betweenness], options: CentralityOptions(normalization: .none))
        #expect(weighted.betweenness == [0, 1, 0])
        #expect(hops.betweenness == [0, 0, 0])
    }

    @Test("measure names are the command line's")
    func names() {
        #expect(CentralityMeasure.allCases.map(\.rawValue) == ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"])
        #expect(CentralityNormalization.allCases.map(\.rawValue) == ["standard", "bipartite", "none"])
        #expect(CentralityMeasure.pageRank.appliedNormalization(for: .bipartite) == .standard)
        #expect(CentralityMeasure.closeness.appliedNormalization(for: .none) == .none)
    }

    @Test("a star and a triangle tie for the largest eigenvalue, 2, and share the eigenvector by the sums of their own")
    func bipartiteAndShiftedComponentsTie() throws {
        // K₁,₄ is bipartite (iterated with A²), the triangle is not (iterated with A + I).
        let graph = CSRGraph(nodeCount: 8, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (5, 6), (6, 7), (5, 7)])
        let scores = try #require(try graph.centrality([.eigenvector]).eigenvector)
        let star = [1 / 2.0.squareRoot()] + Array(repeating: 1 / (2 * 2.0.squareRoot()), count: 4)
        let triangle = Array(repeating: 1 / 3.0.squareRoot(), count: 3)
        let weighted = star.map { $0 * star.reduce(0, +) } + triangle.map { $0 * triangle.reduce(0, +) }
        let length = weighted.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let expected = weighted.map { $0 / length }
        #expect(zip(scores, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(scores)")
    }

    @Test("a bipartite component with a smaller eigenvalue than a triangle scores 0")
    func bipartiteComponentBelowLeader() throws {
        let graph = CSRGraph(nodeCount: 7, edges: [(0, 1), (0, 2), (0, 3), (4, 5), (5, 6), (4, 6)])
        let scores = try #require(try graph.centrality([.eigenvector]).eigenvector)
        #expect(scores[0..<4].allSatisfy { $0 == 0 })
        #expect(scores[4...].allSatisfy { abs($0 - 1 / 3.0.squareRoot()) < 1e-12 })
    }
}
