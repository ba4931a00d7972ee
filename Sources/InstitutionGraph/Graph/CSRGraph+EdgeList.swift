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
        // The pairs once, compactly, and each node's number of arcs.
        var ends: [Int32] = []
        ends.reserveCapacity(edges.underestimatedCount * 2)
        var pairWeights: [Double] = []
        var firstArc = [Int](repeating: 0, count: nodeCount + 1)
        for (u, v, weight) in edges where u != v {
            precondition((0..<nodeCount).contains(u) && (0..<nodeCount).contains(v), "edge (\(u), \(v)) names a node outside 0..<\(nodeCount)")
            precondition(weight > 0 && weight.isFinite, "edge (\(u), \(v)) has weight \(weight); weights must be positive and finite")
            ends.append(Int32(u))
            ends.append(Int32(v))
            if weighted { pairWeights.append(weight) }
            firstArc[u + 1] += 1
            firstArc[v + 1] += 1
        }
        for node in 0..<nodeCount { firstArc[node + 1] += firstArc[node] }
        precondition(firstArc[nodeCount] < Int(Int32.max), "too many edges for 32-bit offsets")

        // Both directions of every pair, placed by their source (a counting sort).
        var arcs = [Int32](repeating: 0, count: firstArc[nodeCount])
        var arcWeights = [Double](repeating: 0, count: weighted ? arcs.count : 0)
        var next = firstArc
        for pair in 0..<(ends.count / 2) {
            let (u, v) = (Int(ends[2 * pair]), Int(ends[2 * pair + 1]))
            arcs[next[u]] = Int32(v)
            arcs[next[v]] = Int32(u)
            if weighted { (arcWeights[next[u]], arcWeights[next[v]]) = (pairWeights[pair], pairWeights[pair]) }
            next[u] += 1
            next[v] += 1
        }
        ends = []
        pairWeights = []

        // Each node's arcs sorted, and repeated ones merged in place: a repeated pair is one edge,
        // its weights added up in ascending order so that the order of the list does not matter.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var kept = 0
        for node in 0..<nodeCount {
            let range = firstArc[node]..<firstArc[node + 1]
            if weighted {
                var segment = range.map { (arcs[$0], arcWeights[$0]) }
                segment.sort { ($0.0, $0.1) < ($1.0, $1.1) }
                var index = 0
                while index < segment.count {
                    let target = segment[index].0
                    var weight = 0.0
                    while index < segment.count, segment[index].0 == target {
                        weight += segment[index].1
                        index += 1
                    }
                    (arcs[kept], arcWeights[kept]) = (target, weight)
                    kept += 1
                }
            } else {
                arcs.withUnsafeMutableBufferPointer { buffer in
                    UnsafeMutableBufferPointer(rebasing: buffer[range]).sortNodeIDs()
                    for index in range where index == range.lowerBound || buffer[index] != buffer[index - 1] {
                        buffer[kept] = buffer[index]
                        kept += 1
                    }
                }
            }
            offsets[node + 1] = Int32(kept)
        }
        arcs.removeLast(arcs.count - kept)
        if weighted { arcWeights.removeLast(arcWeights.count - kept) }
        self.init(offsets: offsets, targets: arcs, weights: weighted ? arcWeights : nil)
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
