extension CSRGraph {
    /// One undirected edge of a graph, listed once.
    public struct Edge: Hashable, Sendable {
        /// The lower-numbered end.
        public var source: Int
        /// The higher-numbered end.
        public var target: Int
        /// The edge's weight (1 in an unweighted graph).
        public var weight: Double

        public init(_ source: Int, _ target: Int, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// Builds an unweighted graph on `0..<nodeCount` from pairs of nodes.
    ///
    /// Either orientation of a pair gives the same edge; repeated pairs are kept once and
    /// self-loops are dropped.
    ///
    /// - Precondition: every node is in `0..<nodeCount`.
    /// - Complexity: O(*n* + *m* log *m*) for *m* pairs.
    public init(nodeCount: Int, edges: some Sequence<(Int, Int)>) {
        self.init(nodeCount: nodeCount, arcs: edges.lazy.map { ($0.0, $0.1, 1.0) }, weighted: false)
    }

    /// Builds a weighted graph on `0..<nodeCount` from pairs of nodes and their weights.
    ///
    /// Either orientation of a pair gives the same edge; the weights of a repeated pair are added
    /// up (in ascending order, so the result does not depend on the order of the list) and
    /// self-loops are dropped.
    ///
    /// - Precondition: every node is in `0..<nodeCount`; every weight is positive and finite.
    /// - Complexity: O(*n* + *m* log *m*) for *m* pairs.
    public init(nodeCount: Int, weightedEdges: some Sequence<(Int, Int, Double)>) {
        self.init(nodeCount: nodeCount, arcs: weightedEdges, weighted: true)
    }

    private init(nodeCount: Int, arcs edges: some Sequence<(Int, Int, Double)>, weighted: Bool) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        // Both directions of every edge, keyed by (from, to) packed into one integer.
        var arcs: [(key: UInt64, weight: Double)] = []
        arcs.reserveCapacity(edges.underestimatedCount * 2)
        for (u, v, weight) in edges where u != v {
            precondition((0..<nodeCount).contains(u) && (0..<nodeCount).contains(v), "edge (\(u), \(v)) names a node outside 0..<\(nodeCount)")
            precondition(weight > 0 && weight.isFinite, "edge (\(u), \(v)) has weight \(weight); weights must be positive and finite")
            arcs.append((UInt64(u) << 32 | UInt64(v), weight))
            arcs.append((UInt64(v) << 32 | UInt64(u), weight))
        }
        arcs.sort { ($0.key, $0.weight) < ($1.key, $1.weight) }

        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(arcs.count)
        weights.reserveCapacity(weighted ? arcs.count : 0)
        var index = 0
        while index < arcs.count {
            let key = arcs[index].key
            var weight = 0.0
            while index < arcs.count, arcs[index].key == key {
                weight += arcs[index].weight
                index += 1
            }
            offsets[Int(key >> 32) + 1] += 1
            targets.append(Int32(truncatingIfNeeded: key))
            if weighted { weights.append(weight) }
        }
        precondition(targets.count < Int(Int32.max), "too many edges for 32-bit offsets")
        for node in 0..<nodeCount {
            offsets[node + 1] += offsets[node]
        }
        self.init(offsets: offsets, targets: targets, weights: weighted ? weights : nil)
    }

    /// Every edge once, with `source < target`, in ascending order of `(source, target)`.
    ///
    /// - Complexity: O(*n* + *m*)
    public var edges: [Edge] {
        var result: [Edge] = []
        result.reserveCapacity(edgeCount)
        for source in 0..<nodeCount {
            for index in edgeRange(of: source) where Int(targets[index]) > source {
                result.append(Edge(source, Int(targets[index]), weight: weights?[index] ?? 1))
            }
        }
        return result
    }
}
