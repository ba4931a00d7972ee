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
    /// How many threads share out the trials. The communities are the same whatever the number.
    public var threads: Int

    public init(
        resolution: Double = 1, seed: UInt64 = 0, threshold: Double = 1e-7, trials: Int = 10,
        threads: Int = CentralityOptions.defaultThreadCount
    ) {
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
        self.trials = trials
        self.threads = threads
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
    /// partition is kept, so a result is reproducible and at least as good as a single run. The
    /// runs' seeds are drawn in turn before any run starts and `options.threads` threads share out
    /// the runs; the best is chosen in run order, so the threads change nothing.
    ///
    /// - Complexity: O(*trials* × *levels* × passes × (*n* + *m*)); near-linear in practice.
    public func louvainCommunities(_ options: LouvainOptions = LouvainOptions()) -> CommunityPartition {
        precondition(options.trials >= 1, "Louvain needs at least one trial")
        var generator = SeededRandom(seed: options.seed)
        let seeds = (0..<options.trials).map { _ in generator.next() }
        let first = LouvainLevel(self)
        // Every run starts from the same partition, each node alone.
        let singletons = modularity(of: Array(0..<nodeCount), resolution: options.resolution)
        // Runs take different numbers of passes: threads claim them one at a time, and each keeps
        // the results of its own.
        let finished = ClaimedChunks(itemCount: seeds.count, maximumCount: seeds.count).forEach(threads: options.threads) {
            [(trial: Int, assignment: [Int], modularity: Double)]()
        } _: { finished, trials in
            for trial in trials {
                var runGenerator = SeededRandom(seed: seeds[trial])
                let (assignment, quality) = LouvainRun(self, first: first, startingModularity: singletons, options: options)
                    .run(using: &runGenerator)
                finished.append((trial, assignment, quality))
            }
        }
        var best: (assignment: [Int], modularity: Double)?
        for run in finished.joined().sorted(by: { $0.trial < $1.trial }) where best == nil || run.modularity > best!.modularity + 1e-12 {
            best = (run.assignment, run.modularity)
        }
        return CommunityPartition(assignment: best!.assignment, modularity: best!.modularity, resolution: options.resolution)
    }
}

/// One level of Louvain's aggregation: a weighted graph in CSR form whose nodes are the
/// communities of the level below, with the weight of the ties inside each.
struct LouvainLevel: Sendable {
    /// Each node's ties to other nodes: `targets[offsets[v]..<offsets[v + 1]]`, ascending, with
    /// their `weights`.
    var offsets: [Int32]
    var targets: [Int32]
    var weights: [Double]
    /// The weight of the ties inside each node (edges inside an aggregated community, counted once).
    var selfWeight: [Double]
    /// Each node's weighted degree: ties out plus twice the weight inside.
    var degree: [Double]

    var nodeCount: Int { degree.count }

    /// The graph itself as the first level: its edges (weight 1 when unweighted), nothing inside.
    init(_ graph: CSRGraph) {
        offsets = graph.offsets
        targets = graph.targets
        weights = graph.weights ?? Array(repeating: 1, count: graph.targets.count)
        selfWeight = Array(repeating: 0, count: graph.nodeCount)
        degree = (0..<graph.nodeCount).map { node in graph.edgeRange(of: node).reduce(0) { $0 + (graph.weights?[$1] ?? 1) } }
    }

    init(offsets: [Int32], targets: [Int32], weights: [Double], selfWeight: [Double], degree: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeight = selfWeight
        self.degree = degree
    }
}

/// One run of the Louvain method: the levels of aggregation, from the graph's nodes up.
///
/// Works on flat arrays with dense per-community sums and lists of the communities touched, so
/// that a node's move costs a pass over its ties; every sum is added up in the order of the plain
/// description (nodes in visiting order, ties in ascending order, levels' ties per community in
/// node order), so a seed gives the same communities as ever.
private struct LouvainRun {
    let graph: CSRGraph
    let first: LouvainLevel
    /// The modularity of the partition into single nodes.
    let startingModularity: Double
    let options: LouvainOptions

    init(_ graph: CSRGraph, first: LouvainLevel, startingModularity: Double, options: LouvainOptions) {
        self.graph = graph
        self.first = first
        self.startingModularity = startingModularity
        self.options = options
    }

    /// The community of every node of the graph, and the modularity of that partition.
    func run(using generator: inout SeededRandom) -> (assignment: [Int], modularity: Double) {
        let n = graph.nodeCount
        var assignment = Array(0..<n)
        var level = first
        let total = level.degree.reduce(0, +) / 2
        guard total > 0 else { return (assignment, startingModularity) }
        var quality = startingModularity
        while true {
            let (communities, moved) = moveNodes(level, totalWeight: total, using: &generator)
            guard moved else { break }
            let candidate = assignment.map { communities[$0] }
            let candidateQuality = graph.modularity(of: candidate, resolution: options.resolution)
            let gain = candidateQuality - quality
            (assignment, quality) = (candidate, candidateQuality)
            if gain <= options.threshold { break }
            level = aggregate(level, communities: communities)
        }
        return (assignment, quality)
    }

    /// The local moving phase on one level: the community of each of its nodes (renumbered
    /// 0..<k in order of first appearance), and whether any node moved.
    ///
    /// Every pass visits the nodes in the same shuffled order, so their ties are first copied out
    /// in that order: a pass then reads them as one stream rather than row by row all over memory.
    private func moveNodes(_ level: LouvainLevel, totalWeight m: Double, using generator: inout SeededRandom) -> ([Int], Bool) {
        let count = level.nodeCount
        let gamma = options.resolution
        let twoMSquared = 2 * m * m
        var order = Array(0..<count)
        generator.shuffle(&order)
        // The ties of the nodes in visiting order.
        var rowOffsets = [Int](repeating: 0, count: count + 1)
        var rowTargets = [Int32](repeating: 0, count: level.targets.count)
        var rowWeights = [Double](repeating: 0, count: level.targets.count)
        for (position, node) in order.enumerated() {
            let ties = Int(level.offsets[node])..<Int(level.offsets[node + 1])
            let start = rowOffsets[position]
            rowTargets[start..<(start + ties.count)] = level.targets[ties]
            rowWeights[start..<(start + ties.count)] = level.weights[ties]
            rowOffsets[position + 1] = start + ties.count
        }
        var community = (0..<Int32(count)).map { $0 }
        var communityDegree = level.degree
        var toCommunity = [Double](repeating: 0, count: count)
        var touched = [Int32](repeating: 0, count: count + 1)
        var moved = false
        rowOffsets.withUnsafeBufferPointer { offsets in
            rowTargets.withUnsafeBufferPointer { targets in
                rowWeights.withUnsafeBufferPointer { weights in
                    level.degree.withUnsafeBufferPointer { degrees in
                        community.withUnsafeMutableBufferPointer { community in
                            communityDegree.withUnsafeMutableBufferPointer { communityDegree in
                                toCommunity.withUnsafeMutableBufferPointer { toCommunity in
                                    touched.withUnsafeMutableBufferPointer { touched in
                                        var moves = 1
                                        while moves > 0 {
                                            moves = 0
                                            for (position, node) in order.enumerated() {
                                                let own = Int(community[node])
                                                let degree = degrees[node]
                                                // The weight of the node's ties to each neighbouring
                                                // community, and those communities in order of first
                                                // tie (listed without a branch: the slot past the end
                                                // is taken only by a new one).
                                                var touchedCount = 0
                                                for edge in offsets[position]..<offsets[position + 1] {
                                                    let target = community[Int(targets[edge])]
                                                    let sum = toCommunity[Int(target)]
                                                    touched[touchedCount] = target
                                                    touchedCount &+= sum == 0 ? 1 : 0
                                                    toCommunity[Int(target)] = sum + weights[edge]
                                                }
                                                communityDegree[own] -= degree
                                                let removeCost = -toCommunity[own] / m + gamma * communityDegree[own] * degree / twoMSquared
                                                var bestGain = 0.0
                                                var best = own
                                                for target in touched[..<touchedCount] {
                                                    let target = Int(target)
                                                    let gain =
                                                        removeCost + toCommunity[target] / m
                                                        - gamma * communityDegree[target] * degree / twoMSquared
                                                    if gain > bestGain {
                                                        bestGain = gain
                                                        best = target
                                                    }
                                                }
                                                communityDegree[best] += degree
                                                if best != own {
                                                    community[node] = Int32(best)
                                                    moves += 1
                                                    moved = true
                                                }
                                                for target in touched[..<touchedCount] { toCommunity[Int(target)] = 0 }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var number = [Int](repeating: -1, count: count)
        var next = 0
        for label in community where number[Int(label)] < 0 {
            number[Int(label)] = next
            next += 1
        }
        return (community.map { number[Int($0)] }, moved)
    }

    /// The next level: one node per community, ties summed, ties inside a community kept as its
    /// inside weight.
    ///
    /// Communities are built one at a time from their nodes in ascending order, into a dense row
    /// with a list of the communities it touches, so each sum gets its terms in the same order as
    /// a pass over all nodes would give it.
    private func aggregate(_ level: LouvainLevel, communities: [Int]) -> LouvainLevel {
        let count = (communities.max() ?? -1) + 1
        // The nodes of each community, ascending (a counting sort).
        var start = [Int](repeating: 0, count: count + 1)
        for community in communities { start[community + 1] += 1 }
        for community in 0..<count { start[community + 1] += start[community] }
        var members = [Int](repeating: 0, count: communities.count)
        var filled = start
        for (node, community) in communities.enumerated() {
            members[filled[community]] = node
            filled[community] += 1
        }
        var offsets = [Int32](repeating: 0, count: count + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var selfWeight = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        var row = [Double](repeating: 0, count: count)
        var inRow = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        for from in 0..<count {
            for node in members[start[from]..<start[from + 1]] {
                selfWeight[from] += level.selfWeight[node]
                degree[from] += level.degree[node]
                for edge in Int(level.offsets[node])..<Int(level.offsets[node + 1]) {
                    let to = communities[Int(level.targets[edge])]
                    if to == from {
                        selfWeight[from] += level.weights[edge] / 2  // each inside tie is seen from both ends
                    } else {
                        if !inRow[to] {
                            inRow[to] = true
                            touched.append(to)
                        }
                        row[to] += level.weights[edge]
                    }
                }
            }
            touched.sort()
            for to in touched {
                targets.append(Int32(to))
                weights.append(row[to])
                row[to] = 0
                inRow[to] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[from + 1] = Int32(targets.count)
        }
        return LouvainLevel(offsets: offsets, targets: targets, weights: weights, selfWeight: selfWeight, degree: degree)
    }
}
