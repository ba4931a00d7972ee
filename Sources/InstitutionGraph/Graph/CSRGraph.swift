/// An undirected graph in compressed sparse row (CSR) form.
///
/// Nodes are the integers `0..<nodeCount`. The neighbours of node `v` are
/// `targets[offsets[v]..<offsets[v + 1]]`, sorted in ascending order. Every undirected edge is
/// stored twice, once from each end; there are no self-loops and no parallel edges. A weighted
/// graph keeps `weights[i]`, the weight of the edge leading to `targets[i]`, so both copies of an
/// edge carry the same weight.
///
/// Build one from an edge list with ``init(nodeCount:edges:)`` or
/// ``init(nodeCount:weightedEdges:)``; algorithms take the graph, never the dataset.
public struct CSRGraph: Hashable, Sendable {
    /// Where each node's neighbours start in ``targets``; `nodeCount + 1` entries, the last being
    /// `targets.count`.
    public let offsets: [Int32]
    /// The neighbours of every node, node after node, each node's sorted in ascending order.
    public let targets: [Int32]
    /// The weight of each entry of ``targets``, or `nil` when the graph is unweighted.
    public let weights: [Double]?

    /// Wraps arrays that already satisfy the invariants documented on the type.
    init(offsets: [Int32], targets: [Int32], weights: [Double]?) {
        assert(offsets.first == 0 && Int(offsets.last ?? -1) == targets.count)
        assert(weights.map { $0.count == targets.count } ?? true)
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The number of nodes.
    ///
    /// - Complexity: O(1)
    public var nodeCount: Int { offsets.count - 1 }

    /// The number of undirected edges.
    ///
    /// - Complexity: O(1)
    public var edgeCount: Int { targets.count / 2 }

    /// Whether the edges carry weights.
    ///
    /// - Complexity: O(1)
    public var isWeighted: Bool { weights != nil }

    /// The positions in ``targets`` (and ``weights``) of the edges leaving `node`.
    ///
    /// - Complexity: O(1)
    public func edgeRange(of node: Int) -> Range<Int> {
        Int(offsets[node])..<Int(offsets[node + 1])
    }

    /// The neighbours of `node`, in ascending order.
    ///
    /// - Complexity: O(1)
    public func neighbors(of node: Int) -> ArraySlice<Int32> {
        targets[edgeRange(of: node)]
    }

    /// The number of neighbours of `node`.
    ///
    /// - Complexity: O(1)
    public func degree(of node: Int) -> Int {
        Int(offsets[node + 1] - offsets[node])
    }

    /// The weight of the edge between `u` and `v` (1 in an unweighted graph), or `nil` when they
    /// are not adjacent.
    ///
    /// - Complexity: O(log *d*), where *d* is the degree of `u`.
    public func weight(between u: Int, and v: Int) -> Double? {
        var range = edgeRange(of: u)
        while !range.isEmpty {
            let middle = range.lowerBound + range.count / 2
            let target = Int(targets[middle])
            if target == v { return weights?[middle] ?? 1 }
            range = target < v ? (middle + 1)..<range.upperBound : range.lowerBound..<middle
        }
        return nil
    }
}
