@testable import InstitutionGraph
import Testing

@Suite("Approximate closeness and harmonic centrality")
struct CentralityClosenessApproximationTests {
    /// A two-mode graph with a component larger than the samples below, small components and
    /// isolated institutions (those in no consortium).
    private static func twoMode(seed: UInt64) -> BipartiteGraph {
        BipartiteGraph(RandomDatasets.make(seed: seed, consortia: 2000, institutions: 3000))
    }

    /// A smaller one, whose largest component exceeds the sample of ``coarse``.
    private static func small(seed: UInt64) -> BipartiteGraph {
        BipartiteGraph(RandomDatasets.make(seed: seed, consortia: 400, institutions: 600))
    }

    /// About 130 sources per component on the graphs of ``small(seed:)``.
    private static func coarse(seed: UInt64) -> ClosenessApproximation { ClosenessApproximation(epsilon: 0.2, seed: seed) }

    /// Each node's component size and mean distance to the other nodes of its component, read back
    /// from standard closeness, (*c* − 1)/(*n* − 1) over the mean; `nil` for a node alone.
    private func meanDistances(_ closeness: [Double], _ components: ConnectedComponents) -> [Double?] {
        let n = Double(closeness.count)
        return closeness.indices.map { node in
            let others = Double(components.sizes[components.labels[node]] - 1)
            return others == 0 ? nil : others / (n - 1) / closeness[node]
        }
    }

    @Test("mean distances are within epsilon × diameter and harmonic within epsilon × (c − 1)", arguments: [1, 2, 3])
    func errorBound(seed: UInt64) throws {
        let bipartite = Self.twoMode(seed: seed)
        let approximation = ClosenessApproximation(epsilon: 0.05, confidence: 0.9, seed: seed)
        for graph in [bipartite.graph, bipartite.projection(onto: .institution)] {
            let components = graph.connectedComponents()
            // Hops of the longest shortest path: at most one less than the vertex diameter bound.
            let diameter = Double(ApproximateBetweenness.vertexDiameterBound(of: graph, weighted: false) - 1)
            let exact = try graph.centrality([.closeness, .harmonic])
            let estimated = try graph.centrality([.closeness, .harmonic], options: CentralityOptions(closenessApproximation: approximation))
            let sampling = try #require(estimated.closenessSampling)
            #expect(sampling.sampleCount == approximation.sampleCount(nodeCount: graph.nodeCount))
            #expect(sampling.estimatedNodeCount == components.sizes.filter { $0 > sampling.sampleCount }.reduce(0, +))
            try #require(sampling.estimatedNodeCount > 0, "the test needs a component larger than the sample")

            let exactMeans = meanDistances(try #require(exact.closeness), components)
            let estimatedMeans = meanDistances(try #require(estimated.closeness), components)
            let exactHarmonic = try #require(exact.harmonic)
            let estimatedHarmonic = try #require(estimated.harmonic)
            for node in 0..<graph.nodeCount {
                let others = Double(components.sizes[components.labels[node]] - 1)
                #expect(abs(estimatedHarmonic[node] - exactHarmonic[node]) <= approximation.epsilon * others)
                guard let exactMean = exactMeans[node], let estimatedMean = estimatedMeans[node] else {
                    // A node alone scores 0.
                    #expect(estimated.closeness?[node] == 0 && estimatedHarmonic[node] == 0)
                    continue
                }
                #expect(abs(estimatedMean - exactMean) <= approximation.epsilon * diameter)
                // Nodes of small components are searched from every node.
                if others < Double(sampling.sampleCount) {
                    #expect(abs(estimatedMean - exactMean) <= 1e-9 * exactMean)
                }
            }
        }
    }

    @Test("with a sample as large as every component, the scores are the exact ones")
    func exactWhenCovered() throws {
        let bipartite = BipartiteGraph(RandomDatasets.make(seed: 7, consortia: 150, institutions: 300))
        for (graph, weighted) in [
            (bipartite.graph, false), (bipartite.projection(onto: .institution), false), (bipartite.projection(onto: .institution), true),
        ] {
            let exact = try graph.centrality([.closeness, .harmonic], options: CentralityOptions(weighted: weighted))
            // The sample for ε = 0.05, about 1,900 sources, exceeds the node count: every node is a
            // source.
            let approximation = ClosenessApproximation(epsilon: 0.05, seed: 1)
            #expect(approximation.sampleCount(nodeCount: graph.nodeCount) == graph.nodeCount)
            let covered = try graph.centrality(
                [.closeness, .harmonic], options: CentralityOptions(weighted: weighted, closenessApproximation: approximation))
            #expect(covered.closeness == exact.closeness)
            #expect(covered.harmonic == exact.harmonic)
            #expect(covered.closenessSampling?.isExact == true)

            // The sampling path itself, made to search from every node, agrees: counts and hop
            // sums exactly, the rest up to the order of additions.
            let sums = ApproximateCloseness.sums(of: graph, weighted: weighted, sampleCount: graph.nodeCount, seed: 3, threads: 2)
            let reference = ShortestPathStatistics(graph: graph, weighted: weighted, betweenness: false, distances: true, threads: 1).distances!
            #expect(sums.reached == reference.reached)
            if weighted {
                #expect(agrees(sums.distances, reference.distances, tolerance: 1e-12))
            } else {
                #expect(sums.distances == reference.distances)
            }
            #expect(agrees(sums.inverseDistances, reference.inverseDistances, tolerance: 1e-12))
        }
    }

    @Test("a sample as large as a component makes its scores exact; isolated nodes score 0")
    func smallComponents() throws {
        // A path of 40 nodes, a triangle, an edge and two isolated nodes: a sample of 10 sources
        // estimates the path only.
        var edges = (0..<39).map { ($0, $0 + 1) }
        edges += [(40, 41), (41, 42), (40, 42), (43, 44)]
        let graph = CSRGraph(nodeCount: 47, edges: edges)
        let exact = try #require(ShortestPathStatistics(graph: graph, weighted: false, betweenness: false, distances: true, threads: 1).distances)
        let sums = ApproximateCloseness.sums(of: graph, weighted: false, sampleCount: 10, seed: 5, threads: 1)
        #expect(sums.reached == exact.reached)
        #expect(sums.distances[40...] == exact.distances[40...])
        #expect(agrees(Array(sums.inverseDistances[40...]), Array(exact.inverseDistances[40...]), tolerance: 1e-12))
        #expect(sums.distances[0..<40] != exact.distances[0..<40])
        #expect(sums.distances[45] == 0 && sums.distances[46] == 0 && sums.inverseDistances[45] == 0)
        let scores = try graph.centrality(
            [.closeness, .harmonic], options: CentralityOptions(closenessApproximation: ClosenessApproximation(epsilon: 0.9, seed: 5)))
        #expect(scores.closeness?[45] == 0 && scores.harmonic?[46] == 0)
    }

    @Test("the same seed gives the same estimates on any number of threads; another seed does not")
    func reproducible() throws {
        let graph = Self.small(seed: 4).graph
        func estimate(seed: UInt64, threads: Int) throws -> CentralityScores {
            try graph.centrality([.closeness, .harmonic], options: CentralityOptions(threads: threads, closenessApproximation: Self.coarse(seed: seed)))
        }
        let first = try estimate(seed: 1, threads: 1)
        #expect(first.closenessSampling?.isExact == false)
        #expect(try estimate(seed: 1, threads: 1) == first)
        #expect(try estimate(seed: 1, threads: 4) == first)
        #expect(try estimate(seed: 2, threads: 2).closeness != first.closeness)

        let projection = Self.small(seed: 4).projection(onto: .institution)
        let weighted = { (threads: Int) in
            try projection.centrality([.harmonic], options: CentralityOptions(weighted: true, threads: threads, closenessApproximation: Self.coarse(seed: 8)))
        }
        #expect(try weighted(1) == weighted(4))
    }

    @Test("weighted estimates follow distances 1 / weight, harmonic within epsilon × (c − 1) × the largest weight")
    func weighted() throws {
        let projection = Self.small(seed: 5).projection(onto: .institution)
        let approximation = Self.coarse(seed: 2)
        let components = projection.connectedComponents()
        let exact = try #require(projection.centrality([.harmonic], options: CentralityOptions(weighted: true)).harmonic)
        let estimated = try projection.centrality([.harmonic], options: CentralityOptions(weighted: true, closenessApproximation: approximation))
        #expect(estimated.closenessSampling?.isExact == false)
        let largestWeight = try #require(projection.weights?.max())
        for (node, (estimate, truth)) in zip(try #require(estimated.harmonic), exact).enumerated() {
            let others = Double(components.sizes[components.labels[node]] - 1)
            #expect(abs(estimate - truth) <= approximation.epsilon * others * largestWeight)
        }
        // Hops and weights estimate different things.
        let hops = try projection.centrality([.harmonic], options: CentralityOptions(closenessApproximation: approximation))
        #expect(hops.harmonic != estimated.harmonic)
    }

    @Test("the bipartite normalisation scales the same estimated distances")
    func bipartiteNormalization() throws {
        let bipartite = Self.twoMode(seed: 6)
        let approximation = ClosenessApproximation(epsilon: 0.05, seed: 4)
        let standard = try bipartite.centrality([.closeness], options: CentralityOptions(closenessApproximation: approximation))
        let twoMode = try bipartite.centrality([.closeness], options: CentralityOptions(normalization: .bipartite, closenessApproximation: approximation))
        let raw = try bipartite.centrality([.closeness], options: CentralityOptions(normalization: .none, closenessApproximation: approximation))
        let exact = try #require(bipartite.centrality([.closeness], options: CentralityOptions(normalization: .bipartite)).closeness)
        #expect(twoMode.closenessSampling == standard.closenessSampling)
        let components = bipartite.graph.connectedComponents()
        let sides = bipartite.sides
        let consortia = sides.count(where: { $0 == .consortium })
        let institutions = sides.count - consortia
        let n = Double(sides.count)
        let diameter = Double(ApproximateBetweenness.vertexDiameterBound(of: bipartite.graph, weighted: false) - 1)
        for node in sides.indices {
            let others = Double(components.sizes[components.labels[node]] - 1)
            let (own, other) = sides[node] == .consortium ? (consortia, institutions) : (institutions, consortia)
            let score = try #require(twoMode.closeness?[node])
            guard others > 0 else {
                #expect(score == 0)
                continue
            }
            // Borgatti–Everett: (m + 2(k − 1)) / D × (c − 1)/(n − 1); standard: (c − 1)/D × (c − 1)/(n − 1).
            let factor = Double(other + 2 * (own - 1)) / others
            #expect(abs(score - standard.closeness![node] * factor) <= 1e-12 * score)
            #expect(abs(score - raw.closeness![node] * Double(other + 2 * (own - 1)) * others / (n - 1)) <= 1e-12 * score)
            // Closeness is a constant over the mean distance: relative error within ε Δ / estimated mean.
            let estimatedMean = others / (n - 1) / standard.closeness![node]
            #expect(abs(score - exact[node]) <= exact[node] * approximation.epsilon * diameter / estimatedMean)
        }
    }

    @Test("closeness estimates leave betweenness exact, and the other way round")
    func independent() throws {
        let graph = Self.small(seed: 8).graph
        let exact = try graph.centrality([.betweenness, .closeness, .harmonic])
        let closenessOnly = try graph.centrality(
            [.betweenness, .closeness, .harmonic], options: CentralityOptions(closenessApproximation: Self.coarse(seed: 0)))
        #expect(closenessOnly.betweenness == exact.betweenness)
        #expect(closenessOnly.betweennessSampling == nil)
        #expect(closenessOnly.closeness != exact.closeness)
        let both = try graph.centrality(
            [.betweenness, .closeness, .harmonic],
            options: CentralityOptions(
                betweennessApproximation: BetweennessApproximation(epsilon: 0.1), closenessApproximation: Self.coarse(seed: 0)))
        #expect(both.closeness == closenessOnly.closeness && both.harmonic == closenessOnly.harmonic)
        #expect(both.betweennessSampling != nil && both.closenessSampling != nil)
        // Not asked for closeness or harmonic: no sampling to report.
        let degree = try graph.centrality([.degree], options: CentralityOptions(closenessApproximation: Self.coarse(seed: 0)))
        #expect(degree.closenessSampling == nil)
    }

    @Test("the sample size follows Hoeffding's inequality with a union bound over 2n estimates")
    func sampleSize() {
        // ⌈ln(4 × 1000 / 0.1) / (2 × 0.1²)⌉ + 1 = ⌈529.8…⌉ + 1
        #expect(ClosenessApproximation(epsilon: 0.1, confidence: 0.9).sampleCount(nodeCount: 1000) == 531)
        #expect(ClosenessApproximation(epsilon: 0.1, confidence: 0.9).sampleCount(nodeCount: 100) == 100)
        #expect(ClosenessApproximation(epsilon: 1e-12).sampleCount(nodeCount: 1_000_000) == 1_000_000)
        #expect(ClosenessApproximation(epsilon: 0.5).sampleCount(nodeCount: 1) == 1)
        #expect(ClosenessApproximation(epsilon: 0.5).sampleCount(nodeCount: 0) == 0)
    }

    @Test("epsilon and confidence outside (0, 1) are refused with a message")
    func invalid() {
        let graph = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        for approximation in [
            ClosenessApproximation(epsilon: 0), ClosenessApproximation(epsilon: 1), ClosenessApproximation(epsilon: -0.1),
            ClosenessApproximation(epsilon: .nan), ClosenessApproximation(epsilon: 0.1, confidence: 1),
            ClosenessApproximation(epsilon: 0.1, confidence: 0),
        ] {
            for measure in [CentralityMeasure.closeness, .harmonic] {
                let error = #expect(throws: CentralityError.self) {
                    try graph.centrality([measure], options: CentralityOptions(closenessApproximation: approximation))
                }
                #expect(error?.message.contains("closeness approximation") == true)
            }
        }
    }
}
