/// Options for Louvain community detection.
public struct LouvainOptions: Hashable, Sendable {
    /// Above 1, smaller communities; below 1, larger ones (γ in ``CSRGraph/modularity(of:resolution:)``).
    public var resolution: Double
    /// Seeds the order in which nodes are visited; the same seed gives the same communities.
    public var seed: UInt64
    /// A level that gains less modularity than this ends the search (NetworkX's default).
    public var threshold: Double
    /// How many runs, each visiting nodes in a different order drawn from the seed; the partition
    /// of highest modularity is kept (the first on a tie).
    public var trials: Int

    public init(resolution: Double = 1, seed: UInt64 = 0, threshold: Double = 1e-7, trials: Int = 10) {
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
        self.trials = trials
    }
}

extension CSRGraph {
    /// Communities by the Louvain method (Blondel et al. 2008), as `networkx.community.louvain_communities`:
    /// each node in turn moves to the neighbouring community that raises modularity most, until
    /// no move helps; then every community becomes one node and the same is done again, until a
    /// level gains less than the threshold. Edge weights count when the graph has them.
    ///
    /// Louvain is a heuristic: the result depends on the order nodes are visited. Each of
    /// `options.trials` runs visits them in an order drawn from `options.seed`, and the best
    /// partition is kept, so a result is reproducible and at least as good as a single run.
    ///
    /// - Complexity: O(*trials* × *levels* × passes × (*n* + *m*)); near-linear in practice.
    public func louvainCommunities(_ options: LouvainOptions = LouvainOptions()) -> CommunityPartition {
        precondition(options.trials >= 1, "Louvain needs at least one trial")
        var generator = SeededRandom(seed: options.seed)
        var best: (assignment: [Int], modularity: Double)?
        for _ in 0..<options.trials {
            var runGenerator = SeededRandom(seed: generator.next())
            let assignment = LouvainLevels(self, options: options).run(using: &runGenerator)
            let quality = modularity(of: assignment, resolution: options.resolution)
            if best == nil || quality > best!.modularity + 1e-12 { best = (assignment, quality) }
        }
        return CommunityPartition(assignment: best!.assignment, modularity: best!.modularity, resolution: options.resolution)
    }
}

/// One run of the Louvain method: the levels of aggregation, from the graph's nodes up.
private struct LouvainLevels {
    /// A level's graph: its nodes' ties to other nodes, and the weight of ties inside each node
    /// (edges inside an aggregated community, counted once).
    struct Level {
        var neighbors: [[(node: Int, weight: Double)]]
        var selfWeight: [Double]
        /// Each node's weighted degree: ties out plus twice the weight inside.
        var degree: [Double]
    }

    let graph: CSRGraph
    let options: LouvainOptions

    init(_ graph: CSRGraph, options: LouvainOptions) {
        self.graph = graph
        self.options = options
    }

    /// The community of every node of the graph.
    func run(using generator: inout SeededRandom) -> [Int] {
        let n = graph.nodeCount
        var assignment = Array(0..<n)
        var level = Level(
            neighbors: (0..<n).map { node in graph.edgeRange(of: node).map { (Int(graph.targets[$0]), graph.weights?[$0] ?? 1) } },
            selfWeight: [Double](repeating: 0, count: n),
            degree: (0..<n).map { node in graph.edgeRange(of: node).reduce(0) { $0 + (graph.weights?[$1] ?? 1) } })
        let total = level.degree.reduce(0, +) / 2
        guard total > 0 else { return assignment }
        var quality = graph.modularity(of: assignment, resolution: options.resolution)
        while true {
            let (communities, moved) = moveNodes(level, totalWeight: total, using: &generator)
            guard moved else { break }
            let candidate = assignment.map { communities[$0] }
            let candidateQuality = graph.modularity(of: candidate, resolution: options.resolution)
            assignment = candidate
            if candidateQuality - quality <= options.threshold { break }
            quality = candidateQuality
            (level, assignment) = aggregate(level, communities: communities, assignment: assignment)
        }
        return assignment
    }

    /// The local moving phase on one level: the community of each of its nodes (renumbered
    /// 0..<k), and whether any node moved.
    private func moveNodes(_ level: Level, totalWeight m: Double, using generator: inout SeededRandom) -> ([Int], Bool) {
        let count = level.degree.count
        let gamma = options.resolution
        var community = Array(0..<count)
        var communityDegree = level.degree
        var order = Array(0..<count)
        generator.shuffle(&order)
        var toCommunity = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        var moved = false
        var moves = 1
        while moves > 0 {
            moves = 0
            for node in order {
                let own = community[node]
                let degree = level.degree[node]
                for (neighbor, weight) in level.neighbors[node] {
                    let target = community[neighbor]
                    if toCommunity[target] == 0 { touched.append(target) }
                    toCommunity[target] += weight
                }
                communityDegree[own] -= degree
                let removeCost = -toCommunity[own] / m + gamma * communityDegree[own] * degree / (2 * m * m)
                var bestGain = 0.0
                var best = own
                for target in touched {
                    let gain = removeCost + toCommunity[target] / m - gamma * communityDegree[target] * degree / (2 * m * m)
                    if gain > bestGain {
                        bestGain = gain
                        best = target
                    }
                }
                communityDegree[best] += degree
                if best != own {
                    community[node] = best
                    moves += 1
                    moved = true
                }
                for target in touched { toCommunity[target] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
        }
        var number: [Int: Int] = [:]
        for label in community where number[label] == nil { number[label] = number.count }
        return (community.map { number[$0]! }, moved)
    }

    /// The next level: one node per community, ties summed, ties inside a community kept as its
    /// inside weight; and the graph's nodes assigned to the new level's nodes.
    private func aggregate(_ level: Level, communities: [Int], assignment: [Int]) -> (Level, [Int]) {
        let count = (communities.max() ?? -1) + 1
        var ties = [[Int: Double]](repeating: [:], count: count)
        var selfWeight = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        for node in level.degree.indices {
            let from = communities[node]
            selfWeight[from] += level.selfWeight[node]
            degree[from] += level.degree[node]
            for (neighbor, weight) in level.neighbors[node] {
                let to = communities[neighbor]
                if to == from {
                    selfWeight[from] += weight / 2  // each inside tie is seen from both ends
                } else {
                    ties[from][to, default: 0] += weight
                }
            }
        }
        let neighbors = ties.map { $0.sorted { $0.key < $1.key }.map { (node: $0.key, weight: $0.value) } }
        return (Level(neighbors: neighbors, selfWeight: selfWeight, degree: degree), assignment)
    }
}
