import InstitutionGraph
import PropertyBased
import Testing

/// A random graph with a random relabelling of its nodes.
struct RandomGraph: Sendable, CustomStringConvertible {
    var nodeCount: Int
    var edges: [(Int, Int, Double)]
    var weighted: Bool
    /// Node `v` becomes node `permutation[v]`.
    var permutation: [Int]
    /// For two-mode graphs, the side of each node.
    var sides: [NodeSide]?

    var graph: CSRGraph { Self.build(nodeCount, edges, weighted: weighted) }

    /// The same graph with its nodes relabelled and its edge list shuffled and flipped.
    func relabelled<G: RandomNumberGenerator>(using generator: inout G) -> CSRGraph {
        let edges = edges.map { (permutation[$0.1], permutation[$0.0], $0.2) }.shuffled(using: &generator)
        return Self.build(nodeCount, edges, weighted: weighted)
    }

    var relabelledSides: [NodeSide]? {
        sides.map { sides in
            var result = sides
            for (node, side) in sides.enumerated() { result[permutation[node]] = side }
            return result
        }
    }

    static func build(_ nodeCount: Int, _ edges: [(Int, Int, Double)], weighted: Bool) -> CSRGraph {
        weighted ? CSRGraph(nodeCount: nodeCount, weightedEdges: edges) : CSRGraph(nodeCount: nodeCount, edges: edges.map { ($0.0, $0.1) })
    }

    var description: String { "\(nodeCount) nodes, \(weighted ? "weighted " : "")edges \(edges)" }

    /// One-mode graphs of up to `maximumNodes` nodes; weights from a small set, so that distances
    /// tie; repeated edges and self-loops included.
    static func oneMode(maximumNodes: Int = 24) -> Generator<RandomGraph, Shrink.None<RandomGraph>> {
        Generator { rng in
            let n = Int.random(in: 1...maximumNodes, using: &rng)
            let edges = (0..<Int.random(in: 0...(2 * n), using: &rng)).map { _ in
                (Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng), [0.5, 1, 2, 3].randomElement(using: &rng)!)
            }
            return RandomGraph(nodeCount: n, edges: edges, weighted: Bool.random(using: &rng), permutation: Array(0..<n).shuffled(using: &rng))
        }
    }

    /// Two-mode graphs: consortia first, then institutions, edges only across.
    static func twoMode(maximumSide: Int = 12) -> Generator<RandomGraph, Shrink.None<RandomGraph>> {
        Generator { rng in
            let consortia = Int.random(in: 1...maximumSide, using: &rng)
            let institutions = Int.random(in: 1...maximumSide, using: &rng)
            let n = consortia + institutions
            let edges = (0..<Int.random(in: 0...(2 * n), using: &rng)).map { _ in
                (Int.random(in: 0..<consortia, using: &rng), consortia + Int.random(in: 0..<institutions, using: &rng), 1.0)
            }
            return RandomGraph(
                nodeCount: n, edges: edges, weighted: false, permutation: Array(0..<n).shuffled(using: &rng),
                sides: Array(repeating: .consortium, count: consortia) + Array(repeating: .institution, count: institutions))
        }
    }
}

@Suite("Centrality properties")
struct CentralityPropertyTests {
    @Test("scores do not depend on node labels or the order of the edge list")
    func relabelling() async throws {
        await propertyCheck(count: 60, input: RandomGraph.oneMode()) { random in
            var generator = SplitMix64(seed: UInt64(random.nodeCount))
            try expectRelabellingInvariance(random, random.relabelled(using: &generator), sides: nil, relabelledSides: nil)
        }
    }

    @Test("two-mode scores do not depend on node labels")
    func relabellingTwoMode() async throws {
        await propertyCheck(count: 60, input: RandomGraph.twoMode()) { random in
            var generator = SplitMix64(seed: UInt64(random.nodeCount))
            try expectRelabellingInvariance(random, random.relabelled(using: &generator), sides: random.sides, relabelledSides: random.relabelledSides)
        }
    }

    private func expectRelabellingInvariance(_ random: RandomGraph, _ relabelled: CSRGraph, sides: [NodeSide]?, relabelledSides: [NodeSide]?) throws {
        let normalizations: [CentralityNormalization] = sides == nil ? [.standard, .none] : CentralityNormalization.allCases
        for normalization in normalizations {
            let options = CentralityOptions(normalization: normalization, weighted: random.weighted, threads: 1)
            let original = try random.graph.centrality(sides: sides, options: options)
            let moved = try relabelled.centrality(sides: relabelledSides, options: options)
            for measure in CentralityMeasure.allCases {
                let expected = try #require(original[measure])
                let relabelledScores = try #require(moved[measure])
                let actual = random.permutation.map { relabelledScores[$0] }
                #expect(agrees(actual, expected, tolerance: tolerance(of: measure)), "\(measure) \(normalization)")
            }
        }
    }

    @Test("shuffling and flipping the edge list builds the identical graph")
    func edgeOrder() async {
        await propertyCheck(count: 100, input: RandomGraph.oneMode()) { random in
            var generator = SplitMix64(seed: UInt64(random.edges.count))
            let shuffled = random.edges.map { ($0.1, $0.0, $0.2) }.shuffled(using: &generator)
            #expect(RandomGraph.build(random.nodeCount, shuffled, weighted: random.weighted) == random.graph)
        }
    }

    @Test("betweenness, closeness and harmonic are identical on 1, 2 and 3 threads")
    func threads() async throws {
        await propertyCheck(count: 20, input: RandomGraph.oneMode(maximumNodes: 150)) { random in
            let results = try [1, 2, 3].map { threads in
                try random.graph.centrality(
                    [.betweenness, .closeness, .harmonic], options: CentralityOptions(weighted: random.weighted, threads: threads))
            }
            #expect(results[1] == results[0])
            #expect(results[2] == results[0])
        }
    }

    @Test("the eigenvector is one: A e = λ e, on one-mode graphs (iterated with A + I) and two-mode ones (iterated with A²)")
    func eigenvectorEquation() async throws {
        for input in [RandomGraph.oneMode(), RandomGraph.twoMode()] {
            await propertyCheck(count: 60, input: input) { random in
                let graph = random.graph
                let vector = try #require(try graph.centrality([.eigenvector]).eigenvector)
                var product = [Double](repeating: 0, count: graph.nodeCount)
                for node in 0..<graph.nodeCount {
                    for edge in Int(graph.offsets[node])..<Int(graph.offsets[node + 1]) {
                        product[node] += (graph.weights?[edge] ?? 1) * vector[Int(graph.targets[edge])]
                    }
                }
                let value = zip(vector, product).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(zip(vector, product).allSatisfy { abs($0.1 - value * $0.0) < 1e-9 }, "λ = \(value)")
            }
        }
    }

    @Test("PageRank sums to 1 and eigenvector has unit length")
    func sums() async throws {
        await propertyCheck(count: 60, input: RandomGraph.oneMode()) { random in
            let scores = try random.graph.centrality([.pageRank, .eigenvector])
            #expect(abs(try #require(scores.pageRank).reduce(0, +) - 1) < 1e-12)
            #expect(abs(try #require(scores.eigenvector).reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
            #expect(try #require(scores.eigenvector).allSatisfy { $0 >= 0 })
        }
    }
}
