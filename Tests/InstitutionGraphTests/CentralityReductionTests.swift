@testable import InstitutionGraph
import PropertyBased
import Testing

/// Whether every score agrees with the reference to `tolerance`, relative to the larger of the
/// two (values below 10⁻¹² count as equal).
private func agreesRelatively(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { abs($0 - $1) <= max(1e-12, tolerance * max(abs($0), abs($1))) }
}

extension RandomGraph {
    /// Graphs built to exercise the reductions: a random core, twins of some of its nodes (same
    /// neighbours), pendant trees of every depth hanging off it, paths and stars as components of
    /// their own, and isolated nodes.
    static func reducible(maximumCore: Int = 16) -> Generator<RandomGraph, Shrink.None<RandomGraph>> {
        Generator { rng in
            let core = Int.random(in: 1...maximumCore, using: &rng)
            var edges = (0..<Int.random(in: 0...(2 * core), using: &rng)).map { _ in
                (Int.random(in: 0..<core, using: &rng), Int.random(in: 0..<core, using: &rng), 1.0)
            }
            var n = core
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                // A twin of a random node: the same neighbours, none of them itself.
                let original = Int.random(in: 0..<n, using: &rng)
                let neighbors = Set(
                    edges.flatMap { edge in
                        edge.0 == original ? [edge.1] : edge.1 == original ? [edge.0] : []
                    }
                ).subtracting([original])
                edges += neighbors.sorted().map { (n, $0, 1.0) }
                n += 1
            }
            for _ in 0..<Int.random(in: 0...14, using: &rng) {
                // A pendant node on any node so far, so trees grow to any depth.
                edges.append((n, Int.random(in: 0..<n, using: &rng), 1.0))
                n += 1
            }
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                // A path or a star of its own.
                let size = Int.random(in: 2...5, using: &rng)
                let isStar = Bool.random(using: &rng)
                edges += (1..<size).map { (n + $0, n + (isStar ? 0 : $0 - 1), 1.0) }
                n += size
            }
            n += Int.random(in: 0...2, using: &rng)
            return RandomGraph(nodeCount: n, edges: edges, weighted: false, permutation: Array(0..<n).shuffled(using: &rng))
        }
    }

    /// Two-mode graphs shaped like affiliation networks: most institutions in one consortium,
    /// a few in many, some consortia with the same members, some institutions in none.
    static func affiliation(maximumConsortia: Int = 10) -> Generator<RandomGraph, Shrink.None<RandomGraph>> {
        Generator { rng in
            let consortia = Int.random(in: 1...maximumConsortia, using: &rng)
            let institutions = Int.random(in: 1...(3 * maximumConsortia), using: &rng)
            var edges: [(Int, Int, Double)] = []
            var memberships: [[Int]] = []
            for consortium in 0..<consortia {
                let members: [Int]
                if let copied = memberships.randomElement(using: &rng), Int.random(in: 0..<5, using: &rng) == 0 {
                    members = copied
                } else {
                    // Favour the first few institutions: they are the big, shared ones.
                    members = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                        Bool.random(using: &rng)
                            ? Int.random(in: 0..<min(institutions, 4), using: &rng) : Int.random(in: 0..<institutions, using: &rng)
                    }
                }
                memberships.append(members)
                edges += members.map { (consortium, consortia + $0, 1.0) }
            }
            let n = consortia + institutions
            return RandomGraph(
                nodeCount: n, edges: edges, weighted: false, permutation: Array(0..<n).shuffled(using: &rng),
                sides: Array(repeating: .consortium, count: consortia) + Array(repeating: .institution, count: institutions))
        }
    }
}

@Suite("Reduced shortest-path measures agree with plain Brandes")
struct CentralityReductionTests {
    /// Computes betweenness, closeness and harmonic both ways, under every normalisation that
    /// applies, and expects them to agree.
    private func expectReducedAgreesWithPlain(_ graph: CSRGraph, sides: [NodeSide]?, weighted: Bool = false, threads: Int = 2) throws {
        let normalizations: [CentralityNormalization] = sides == nil ? [.standard, .none] : CentralityNormalization.allCases
        let measures: [CentralityMeasure] = [.betweenness, .closeness, .harmonic]
        for normalization in normalizations {
            var options = CentralityOptions(normalization: normalization, weighted: weighted, threads: threads)
            let reduced = try graph.centrality(measures, sides: sides, options: options)
            options.shortestPaths = .plain
            let plain = try graph.centrality(measures, sides: sides, options: options)
            for measure in measures {
                let expected = try #require(plain[measure])
                let actual = try #require(reduced[measure])
                #expect(agreesRelatively(actual, expected), "\(measure) \(normalization): \(actual) vs \(expected)")
            }
        }
    }

    @Test("random graphs with twins, pendant trees, paths, stars and isolated nodes")
    func reducibleGraphs() async {
        await propertyCheck(count: 300, input: RandomGraph.reducible()) { random in
            try expectReducedAgreesWithPlain(random.graph, sides: nil)
        }
    }

    @Test("random one-mode graphs with ties, loops and repeated edges")
    func oneModeGraphs() async {
        await propertyCheck(count: 200, input: RandomGraph.oneMode(maximumNodes: 40)) { random in
            try expectReducedAgreesWithPlain(random.graph, sides: nil)
        }
    }

    @Test("random affiliation networks, two-mode and projected")
    func affiliationGraphs() async {
        await propertyCheck(count: 200, input: RandomGraph.affiliation()) { random in
            try expectReducedAgreesWithPlain(random.graph, sides: random.sides)
        }
    }

    @Test("larger affiliation networks, on 1 and 3 threads")
    func largerAffiliationGraphs() throws {
        for seed in 1...4 {
            let dataset = RandomDatasets.make(seed: UInt64(seed), consortia: 60 * seed, institutions: 150 * seed)
            let bipartite = BipartiteGraph(dataset)
            try expectReducedAgreesWithPlain(bipartite.graph, sides: bipartite.sides, threads: seed % 2 == 0 ? 1 : 3)
            try expectReducedAgreesWithPlain(bipartite.projection(onto: .institution), sides: nil)
            try expectReducedAgreesWithPlain(bipartite.projection(onto: .consortium), sides: nil)
        }
    }

    @Test("weighted projections take the plain sweep and give identical scores")
    func weightedProjections() throws {
        for seed in 1...3 {
            let bipartite = BipartiteGraph(RandomDatasets.make(seed: UInt64(seed), consortia: 40, institutions: 90))
            for weighting in ProjectionWeighting.allCases {
                let projection = bipartite.projection(onto: .institution, weighting: weighting)
                var options = CentralityOptions(weighted: true)
                let reduced = try projection.centrality([.betweenness, .closeness, .harmonic], options: options)
                options.shortestPaths = .plain
                #expect(try projection.centrality([.betweenness, .closeness, .harmonic], options: options) == reduced)
            }
        }
    }

    @Test("reduced scores are identical on 1, 2, 3 and 16 threads")
    func threads() async {
        await propertyCheck(count: 40, input: RandomGraph.reducible(maximumCore: 120)) { random in
            let results = try [1, 2, 3, 16].map { threads in
                try random.graph.centrality([.betweenness, .closeness, .harmonic], options: CentralityOptions(threads: threads))
            }
            #expect(results.allSatisfy { $0 == results[0] })
        }
    }

    @Test("renumbering a graph moves every edge and its weight with its ends")
    func renumbering() {
        let graph = CSRGraph(nodeCount: 4, weightedEdges: [(0, 1, 2), (1, 2, 3), (0, 3, 5)])
        let order: [Int32] = [2, 0, 3, 1]  // node 2 becomes 0, node 0 becomes 1, …
        let renumbered = graph.renumbered(by: order)
        #expect(renumbered.edges.map { [$0.source, $0.target] } == [[0, 3], [1, 2], [1, 3]])
        #expect(renumbered.weight(between: 0, and: 3) == 3 && renumbered.weight(between: 1, and: 2) == 5)
        #expect(renumbered.weight(between: 1, and: 3) == 2)
        #expect(CSRGraph(nodeCount: 3, edges: [(0, 1)]).renumbered(by: [1, 2, 0]).weights == nil)
    }

    @Test("a path is all pendant trees: its betweenness is counted in closed form")
    func path() {
        // 0 – 1 – 2 – 3 – 4: node k separates k × (4 − k) unordered pairs.
        let graph = CSRGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let trees = PendantTrees(graph: graph, components: graph.connectedComponents())
        #expect(trees.isCore.filter { $0 }.count == 1)
        #expect(trees.separatedPairs == [0, 6, 8, 6, 0])
        #expect(ReducedBetweenness.orderedSums(of: graph, threads: 1) == [0, 6, 8, 6, 0])
    }

    @Test("institutions in exactly the same consortia are twins")
    func twins() {
        // Consortia 0 and 1; institutions 2 and 3 in both, 4 in consortium 0 only, 5 in none.
        let graph = CSRGraph(nodeCount: 6, edges: [(0, 2), (0, 3), (1, 2), (1, 3), (0, 4)])
        let trees = PendantTrees(graph: graph, components: graph.connectedComponents())
        #expect(trees.isCore == [true, true, true, true, false, true])
        #expect(trees.weights[0] == 2)
        let twins = TwinClasses(graph: graph, trees: trees)
        #expect(twins.representative == [0, 1, 2, 2, nil, nil])
        let reduced = ReducedGraph(graph: graph, trees: trees, twins: twins)
        #expect(reduced.count == 3)
        #expect(reduced.multiplicities.sorted() == [1, 1, 2])
    }
}
