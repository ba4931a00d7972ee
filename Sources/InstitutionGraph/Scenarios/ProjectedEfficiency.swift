/// The global efficiency of the institutions projection estimated from sampled institutions (as
/// ``CSRGraph/globalEfficiency(sampling:)`` on `projection(onto: .institution)`), with every
/// distance from the samples kept, so that the efficiency once consortia are dropped is worked
/// out from the distances that change rather than searched again.
///
/// The searches run on the two-mode graph: two institutions *k* ties apart in the projection are
/// 2*k* edges apart there, and a consortium of *s* members is *s* edges there rather than
/// *s*(*s* − 1)/2 ties. Dropping consortia only lengthens distances, and only those of the nodes
/// whose every shortest path from a sample runs through a dropped consortium; those are found
/// level by level from the dropped consortia and given their new distances by a search among
/// themselves from their neighbours that keep theirs (a decremental breadth-first search). Each
/// sample's count of institutions at each distance then gives its reciprocal sum, added in order
/// of distance as a search would, so every estimate is the projection's to the last bit. A drop
/// that lengthens so many distances that working them out would cost more than searching again
/// (a hub of the network) is searched again instead, 256 samples at a time, with the same sums.
struct ProjectedEfficiency: Sendable {
    /// The two-mode graph the distances are measured on.
    let bipartite: BipartiteGraph
    /// The sampled institutions, as indices into the dataset's institutions, in ascending order.
    let sources: [Int]
    /// The two-mode distance from `sources[i]` to node *v* at `i * nodeCount + v`, or
    /// `UInt32.max` when *v* is out of reach.
    private let distances: [UInt32]
    /// For each sample, how many other institutions are at each projection distance (index 0
    /// unused).
    private let levelCounts: [[Int]]
    /// For each sample, Σ 1 / distance over the other institutions it reaches.
    private let reciprocalSums: [Double]
    /// The estimate with nothing dropped.
    let efficiency: Double

    /// Searches the two-mode graph from every institution of `sources` (indices into the
    /// dataset's institutions, distinct).
    ///
    /// - Complexity: O(*m*) word operations per 256 sources, about, and O(*k* *n*) memory for *k*
    ///   sources on the two-mode graph of *n* nodes and *m* edges.
    init(_ bipartite: BipartiteGraph, sampling sources: [Int]) {
        self.bipartite = bipartite
        self.sources = sources
        let graph = bipartite.graph
        let n = graph.nodeCount
        let sourceNodes = sources.map { Int32(bipartite.node(institution: $0)) }
        var distances = [UInt32](repeating: .max, count: sources.count * n)
        let width = BitParallelSearchWorkspace<WideSearchLanes>.width
        let workspace = BitParallelSearchWorkspace<WideSearchLanes>(nodeCount: n)
        let sides = SearchSides.twoMode(sourcesOn: bipartite.nodes(on: .institution), nodeCount: n)
        distances.withUnsafeMutableBufferPointer { distances in
            graph.withBuffers { buffers in
                for start in stride(from: 0, to: sourceNodes.count, by: width) {
                    let batch = sourceNodes[start..<min(sourceNodes.count, start + width)]
                    workspace.recordDistances(
                        from: batch, in: buffers, into: UnsafeMutableBufferPointer(rebasing: distances[(start * n)..<((start + batch.count) * n)]),
                        sides: sides)
                }
            }
        }
        let institutions = bipartite.nodes(on: .institution)
        levelCounts = sourceNodes.indices.map { row in
            var counts = [0]
            for node in institutions where node != Int(sourceNodes[row]) {
                let distance = distances[row * n + node]
                guard distance != .max else { continue }
                let level = Int(distance / 2)
                if level >= counts.count { counts.append(contentsOf: repeatElement(0, count: level + 1 - counts.count)) }
                counts[level] += 1
            }
            return counts
        }
        self.distances = distances
        reciprocalSums = levelCounts.map(Self.reciprocalSum)
        efficiency = Self.efficiency(reciprocalSums, institutionCount: bipartite.institutionCount)
    }

    /// The estimate once the consortia `dropped` (indices into the dataset's consortia) are left
    /// out, worked out in `workspace`.
    ///
    /// - Complexity: for each sample, O(the edges at the nodes whose distance from it changes,
    ///   and at the dropped consortia's members).
    func efficiency(dropping dropped: Set<Int>, using workspace: Workspace) -> Double {
        efficiency(dropping: dropped, using: workspace, repairBudget: searchWork)
    }

    /// The repair budget of a drop: the edges a search from every sample would visit 64 samples
    /// at a time, each node expanded a few times per batch. The search carries 256 now, but an
    /// edge visited by a repair costs less than one visited by a search: on `large`, a budget a
    /// quarter of this made three times as many drops search again, and the what-if slower.
    private var searchWork: Int { (sources.count + 63) / 64 * 4 * bipartite.graph.targets.count }

    /// The estimate once the consortia `dropped` are left out: worked out from the distances that
    /// change while that visits at most `repairBudget` edges in all, searched again otherwise.
    func efficiency(dropping dropped: Set<Int>, using workspace: Workspace, repairBudget: Int) -> Double {
        guard !dropped.isEmpty else { return efficiency }
        let removed = dropped.map { bipartite.node(consortium: $0) }
        var budget = repairBudget
        let sums = distances.withUnsafeBufferPointer { distances in
            bipartite.graph.withBuffers { graph in
                var sums: [Double] = []
                sums.reserveCapacity(sources.count)
                for row in levelCounts.indices {
                    let rowDistances = UnsafeBufferPointer(rebasing: distances[(row * graph.nodeCount)..<((row + 1) * graph.nodeCount)])
                    let changed = workspace.levelCounts(
                        levelCounts[row], removing: removed, in: graph, distances: rowDistances, counted: bipartite.consortiumCount,
                        budget: &budget)
                    guard budget >= 0 else { return [Double]?.none }
                    sums.append(changed.map(Self.reciprocalSum) ?? reciprocalSums[row])
                }
                return sums
            }
        }
        return Self.efficiency(sums ?? searchedSums(removing: removed), institutionCount: bipartite.institutionCount)
    }

    /// Every sample's reciprocal sum searched afresh on the two-mode graph without the nodes
    /// `removed`, 256 samples at a time.
    private func searchedSums(removing removed: [Int]) -> [Double] {
        let graph = bipartite.graph.isolatingNodes(removed)
        let institutions = bipartite.nodes(on: .institution)
        let sourceNodes = sources.map { Int32(bipartite.node(institution: $0)) }
        var inverseDistances = [Double](repeating: 0, count: bipartite.institutionCount)
        let width = BitParallelSearchWorkspace<WideSearchLanes>.width
        let workspace = BitParallelSearchWorkspace<WideSearchLanes>(nodeCount: graph.nodeCount)
        let sides = SearchSides.twoMode(sourcesOn: institutions, nodeCount: graph.nodeCount)
        inverseDistances.withUnsafeMutableBufferPointer { inverseDistances in
            graph.withBuffers { buffers in
                for start in stride(from: 0, to: sourceNodes.count, by: width) {
                    workspace.addProjectedInverseDistances(
                        from: sourceNodes[start..<min(sourceNodes.count, start + width)], in: buffers, counted: institutions,
                        inverseDistances: inverseDistances, sides: sides)
                }
            }
        }
        return sources.map { inverseDistances[$0] }
    }

    /// Σ count / level over one sample's counts, in order of level, as a search adds them.
    private static func reciprocalSum(_ counts: [Int]) -> Double {
        var sum = 0.0
        for level in counts.indices.dropFirst() where counts[level] > 0 { sum += Double(counts[level]) / Double(level) }
        return sum
    }

    /// The samples' reciprocal sums, added in order, over *k* (*n* − 1).
    private static func efficiency(_ reciprocalSums: [Double], institutionCount n: Int) -> Double {
        guard n > 1, !reciprocalSums.isEmpty else { return 0 }
        return reciprocalSums.reduce(0, +) / Double(reciprocalSums.count * (n - 1))
    }

    /// One thread's buffers for working out drops, each as large as the two-mode graph.
    final class Workspace {
        /// What is known of each node for the sample at hand: ``unknown``, ``kept``, ``lengthened``
        /// or ``removed``; reset node by node after each sample.
        private let state: UnsafeMutableBufferPointer<UInt8>
        /// The new distance of each lengthened node, as it is found.
        private let newDistance: UnsafeMutableBufferPointer<UInt32>
        private var touched: [Int32] = []
        private var lengthened: [Int32] = []
        /// Nodes to look at, by distance.
        private var buckets: [[Int32]] = []

        private static let unknown: UInt8 = 0
        private static let kept: UInt8 = 1
        private static let lengthened: UInt8 = 2
        private static let removed: UInt8 = 3

        init(nodeCount: Int) {
            state = .allocate(capacity: nodeCount, filledWith: Self.unknown)
            newDistance = .allocate(capacity: nodeCount, filledWith: 0)
        }

        deinit {
            state.deallocate()
            newDistance.deallocate()
        }

        /// `counts` (one sample's institutions at each projection distance, nodes from
        /// `counted` on being institutions) once the nodes `removed` are left out of `graph`,
        /// given the sample's two-mode `distances`; `nil` when no distance changes. Each node
        /// looked at takes its number of edges from `budget`; once that is below 0 the work stops,
        /// and the result means nothing.
        func levelCounts(
            _ counts: [Int], removing removed: [Int], in graph: GraphBuffers, distances: UnsafeBufferPointer<UInt32>, counted: Int,
            budget: inout Int
        ) -> [Int]? {
            // Worked on as local arrays (a class's arrays are checked for exclusive access at
            // every use), handed back with their capacity at the end.
            var touched: [Int32] = []
            var lengthened: [Int32] = []
            var buckets: [[Int32]] = []
            swap(&touched, &self.touched)
            swap(&lengthened, &self.lengthened)
            swap(&buckets, &self.buckets)
            var lowest = Int.max
            var highest = -1
            defer {
                for node in touched { state[Int(node)] = Self.unknown }
                touched.removeAll(keepingCapacity: true)
                lengthened.removeAll(keepingCapacity: true)
                swap(&touched, &self.touched)
                swap(&lengthened, &self.lengthened)
                swap(&buckets, &self.buckets)
            }
            func enqueue(_ node: Int32, at level: Int) {
                if level >= buckets.count { buckets.append(contentsOf: repeatElement([], count: level + 1 - buckets.count)) }
                buckets[level].append(node)
                lowest = min(lowest, level)
                highest = max(highest, level)
            }
            // Each non-empty bucket from the lowest to the highest, as `visit` may fill the next,
            // until the budget runs out; the buckets are left empty.
            func drain(_ visit: (_ node: Int, _ level: Int) -> Void) {
                var level = lowest
                while level <= highest {
                    var index = 0
                    while index < buckets[level].count, budget >= 0 {
                        let node = Int(buckets[level][index])
                        budget -= Int(graph.offsets[node + 1] - graph.offsets[node])
                        visit(node, level)
                        index += 1
                    }
                    buckets[level].removeAll(keepingCapacity: true)
                    level += 1
                }
                (lowest, highest) = (Int.max, -1)
            }

            // The nodes whose every shortest path runs through a removed node, level by level: a
            // node keeps its distance when a neighbour one level closer keeps its own.
            for node in removed {
                state[node] = Self.removed
                touched.append(Int32(node))
            }
            for node in removed where distances[node] != .max {
                let level = Int(distances[node]) + 1
                for edge in graph.edgeRange(of: node) where distances[Int(graph.targets[edge])] == UInt32(level) {
                    enqueue(graph.targets[edge], at: level)
                }
            }
            drain { node, level in
                guard state[node] == Self.unknown else { return }
                touched.append(Int32(node))
                for edge in graph.edgeRange(of: node) {
                    let neighbor = Int(graph.targets[edge])
                    if distances[neighbor] &+ 1 == UInt32(level), state[neighbor] < Self.lengthened {
                        state[node] = Self.kept
                        return
                    }
                }
                state[node] = Self.lengthened
                lengthened.append(Int32(node))
                for edge in graph.edgeRange(of: node) where distances[Int(graph.targets[edge])] == UInt32(level + 1) {
                    enqueue(graph.targets[edge], at: level + 1)
                }
            }
            guard !lengthened.isEmpty, budget >= 0 else { return nil }

            // Their new distances: from the neighbours that keep theirs, then among themselves in
            // order of distance.
            for node in lengthened.lazy.map(Int.init) {
                var best = UInt32.max
                for edge in graph.edgeRange(of: node) {
                    let neighbor = Int(graph.targets[edge])
                    if state[neighbor] < Self.lengthened, distances[neighbor] != .max { best = min(best, distances[neighbor] + 1) }
                }
                newDistance[node] = best
                if best != .max { enqueue(Int32(node), at: Int(best)) }
            }
            drain { node, level in
                guard newDistance[node] == UInt32(level) else { return }
                for edge in graph.edgeRange(of: node) {
                    let neighbor = Int(graph.targets[edge])
                    guard state[neighbor] == Self.lengthened, newDistance[neighbor] > UInt32(level + 1) else { continue }
                    newDistance[neighbor] = UInt32(level + 1)
                    enqueue(Int32(neighbor), at: level + 1)
                }
            }

            guard budget >= 0 else { return nil }
            var counts = counts
            for node in lengthened.lazy.map(Int.init) where node >= counted {
                counts[Int(distances[node] / 2)] -= 1
                guard newDistance[node] != .max else { continue }
                let level = Int(newDistance[node] / 2)
                if level >= counts.count { counts.append(contentsOf: repeatElement(0, count: level + 1 - counts.count)) }
                counts[level] += 1
            }
            return counts
        }
    }
}

extension CSRGraph {
    /// The graph with every edge at `isolated` nodes left out: the nodes stay, without neighbours.
    ///
    /// - Complexity: O(*n* + *m*).
    fileprivate func isolatingNodes(_ isolated: [Int]) -> CSRGraph {
        var kept = [Bool](repeating: true, count: nodeCount)
        for node in isolated { kept[node] = false }
        var newOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        var newTargets: [Int32] = []
        newTargets.reserveCapacity(targets.count)
        for node in 0..<nodeCount {
            if kept[node] {
                for edge in edgeRange(of: node) where kept[Int(targets[edge])] { newTargets.append(targets[edge]) }
            }
            newOffsets[node + 1] = Int32(newTargets.count)
        }
        return CSRGraph(offsets: newOffsets, targets: newTargets, weights: nil)
    }
}
