@testable import InstitutionGraph
import Testing

@Suite("Approximate betweenness")
struct CentralityApproximationTests {
    /// The largest difference between two lists of scores.
    private func largestError(_ actual: [Double], _ expected: [Double]) -> Double {
        zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
    }

    /// A random dataset with two hubs: one institution in every third consortium and one in
    /// every seventh, so that the largest betweenness scores stand far above epsilon and an
    /// estimator that returned zeros (or shuffled the nodes) would fail.
    private func withHubs(seed: UInt64) -> Dataset {
        var data = RandomDatasets.make(seed: seed, consortia: 400, institutions: 900)
        for (id, every) in [("hub-a", 3), ("hub-b", 7)] {
            data.institutions.append(Institution(id: id, name: LocalizedName(english: id)))
            for index in stride(from: 0, to: data.consortia.count, by: every) {
                data.consortia[index].members.append(Membership(institution: data.institutions.count - 1))
            }
        }
        return data
    }

    @Test("every estimate is within epsilon of the exact standard betweenness, hubs first", arguments: [1, 2, 3])
    func errorBound(seed: UInt64) throws {
        let bipartite = BipartiteGraph(withHubs(seed: seed))
        let approximation = BetweennessApproximation(epsilon: 0.03, confidence: 0.9, seed: seed)
        let graphs = [bipartite.graph, bipartite.projection(onto: .institution)]
        for graph in graphs {
            let exact = try #require(graph.centrality([.betweenness]).betweenness)
            let top = exact.indices.sorted { exact[$0] > exact[$1] }
            try #require(exact[top[0]] > 5 * approximation.epsilon, "the hubs must stand out for the test to mean anything")
            let estimated = try graph.centrality([.betweenness], options: CentralityOptions(betweennessApproximation: approximation))
            let sampling = try #require(estimated.betweennessSampling)
            let scores = try #require(estimated.betweenness)
            #expect(sampling.sampleCount > 1000)
            #expect(largestError(scores, exact) <= approximation.epsilon)
            #expect(scores.indices.max { scores[$0] < scores[$1] } == top[0], "the dominant hub is estimated first")
            for node in top.prefix(2) { #expect(scores[node] > exact[node] / 2) }
        }
    }

    @Test("weighted projections are sampled along weighted shortest paths")
    func weighted() throws {
        let projection = BipartiteGraph(RandomDatasets.make(seed: 4, consortia: 150, institutions: 300)).projection(onto: .institution)
        let approximation = BetweennessApproximation(epsilon: 0.05, seed: 9)
        let exact = try #require(projection.centrality([.betweenness], options: CentralityOptions(weighted: true)).betweenness)
        let estimated = try projection.centrality(
            [.betweenness], options: CentralityOptions(weighted: true, betweennessApproximation: approximation))
        #expect(largestError(try #require(estimated.betweenness), exact) <= approximation.epsilon)
        // Weighted: the vertex diameter is bounded by the largest component.
        #expect(estimated.betweennessSampling?.vertexDiameterBound == projection.connectedComponents().sizes.max())
    }

    @Test("the same seed gives the same estimates on any number of threads; another seed does not")
    func reproducible() throws {
        let graph = BipartiteGraph(RandomDatasets.make(seed: 5, consortia: 120, institutions: 300)).graph
        func estimate(seed: UInt64, threads: Int) throws -> [Double]? {
            try graph.centrality(
                [.betweenness],
                options: CentralityOptions(threads: threads, betweennessApproximation: BetweennessApproximation(epsilon: 0.05, seed: seed))
            ).betweenness
        }
        let first = try estimate(seed: 1, threads: 1)
        #expect(try estimate(seed: 1, threads: 1) == first)
        #expect(try estimate(seed: 1, threads: 3) == first)
        #expect(try estimate(seed: 2, threads: 2) != first)
    }

    @Test("estimates follow the normalisation asked for, and closeness stays exact")
    func normalizations() throws {
        let bipartite = BipartiteGraph(RandomDatasets.make(seed: 6, consortia: 80, institutions: 200))
        let approximation = BetweennessApproximation(epsilon: 0.05, seed: 3)
        let standard = try #require(
            bipartite.centrality([.betweenness], options: CentralityOptions(betweennessApproximation: approximation)).betweenness)
        let raw = try bipartite.centrality(
            [.betweenness, .closeness], options: CentralityOptions(normalization: .none, betweennessApproximation: approximation))
        let n = Double(bipartite.graph.nodeCount)
        #expect(agrees(try #require(raw.betweenness), standard.map { $0 * (n - 1) * (n - 2) / 2 }, tolerance: 1e-9))
        #expect(raw.closeness == (try bipartite.centrality([.closeness], options: CentralityOptions(normalization: .none)).closeness))
    }

    @Test("the sample size follows Riondato and Kornaropoulos, with epsilon on the standard scale")
    func sampleSize() {
        let approximation = BetweennessApproximation(epsilon: 0.1, confidence: 0.9)
        // (0.5 / (0.1 × 1000/1002)²) (⌊log₂ 16⌋ + 1 + ln 10) = 366.6…
        #expect(ApproximateBetweenness.sampleCount(nodeCount: 1002, vertexDiameterBound: 18, approximation: approximation) == 367)
        #expect(ApproximateBetweenness.sampleCount(nodeCount: 1002, vertexDiameterBound: 2, approximation: approximation) == 0)
        let path = CSRGraph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
        #expect(ApproximateBetweenness.vertexDiameterBound(of: path, weighted: false) == 6)
        let star = CSRGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        #expect(ApproximateBetweenness.vertexDiameterBound(of: star, weighted: false) == 3)
    }

    @Test("epsilon and confidence outside (0, 1) are refused with a message")
    func invalid() {
        let graph = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        for approximation in [
            BetweennessApproximation(epsilon: 0), BetweennessApproximation(epsilon: 1.5), BetweennessApproximation(epsilon: 0.1, confidence: 1),
        ] {
            #expect(throws: CentralityError.self) {
                try graph.centrality([.betweenness], options: CentralityOptions(betweennessApproximation: approximation))
            }
        }
    }
}
