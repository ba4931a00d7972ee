/// A graph's pendant trees, peeled off its 2-core one degree-1 node at a time (Baglioni, Geraci,
/// Pellegrini and Lastres 2012), with what betweenness needs to put them back analytically.
///
/// Peeling removes a node of degree 1 and adds it, with everything already folded into it, to its
/// one remaining neighbour; it repeats until no node has degree 1. What remains is the *core*: the
/// 2-core of every component that has a cycle, and one root node for every component that is a
/// tree. Every peeled node hangs, through its neighbour at the time, off exactly one core node, and
/// every path from its tree to the rest of the component passes through that core node.
///
/// Two facts make the tree parts of betweenness exact without a search:
///
/// - removing a node *v* splits its component into the subtrees folded into *v* (sizes
///   *c*₁, …, *c*ₖ) and the rest (size *R*), and every path between two different pieces passes
///   through *v*, so the ordered pairs that *v* separates number
///   (*N* − 1)² − Σ *c*ᵢ² − *R*², *N* being the component's size (``separatedPairs``);
/// - a peeled node separates nothing else, since its rest is one piece; a core node is also crossed
///   by pairs that both lie outside its trees, which Brandes' algorithm on the core counts, each core
///   node standing for the ``weights`` nodes of its trees.
struct PendantTrees {
    /// Whether each node is left in the core.
    let isCore: [Bool]
    /// For a core node, 1 plus the number of nodes folded into it: the nodes it stands for.
    let weights: [Int]
    /// For every node, the ordered pairs of other nodes whose only connections pass through it by
    /// way of its pendant subtrees: (*N* − 1)² − Σ *c*ᵢ² − *R*² as above, 0 without subtrees.
    let separatedPairs: [Double]

    /// Peels `graph`, whose components are `components`.
    ///
    /// - Complexity: O(*n* + *m*)
    init(graph: CSRGraph, components: ConnectedComponents) {
        let n = graph.nodeCount
        var degree = (0..<n).map { Int32(graph.degree(of: $0)) }
        var isCore = [Bool](repeating: true, count: n)
        var weights = [Int](repeating: 1, count: n)
        var squaredSubtrees = [Int](repeating: 0, count: n)
        var pending = (0..<n).filter { degree[$0] == 1 }
        while let leaf = pending.popLast() {
            // A node queued at degree 1 may since have lost its last neighbour: it is a tree's root.
            guard degree[leaf] == 1 else { continue }
            isCore[leaf] = false
            degree[leaf] = 0
            guard let parent = graph.neighbors(of: leaf).first(where: { isCore[Int($0)] }).map(Int.init) else {
                preconditionFailure("a node of degree 1 has a neighbour left")
            }
            weights[parent] += weights[leaf]
            squaredSubtrees[parent] += weights[leaf] * weights[leaf]
            degree[parent] -= 1
            if degree[parent] == 1 { pending.append(parent) }
        }
        self.isCore = isCore
        self.weights = weights
        separatedPairs = (0..<n).map { node in
            let size = components.sizes[components.labels[node]]
            let rest = size - weights[node]
            return Double((size - 1) * (size - 1) - squaredSubtrees[node] - rest * rest)
        }
    }
}
