/// Structurally equivalent core nodes (Puzis, Elovici and Dolev 2007): nodes with exactly the same
/// neighbours in the core and the same weight (``PendantTrees/weights``).
///
/// Such twins are never adjacent (a node is not its own neighbour) and swapping two of them maps the
/// weighted core onto itself, so they have equal betweenness, sit at equal distances from every
/// other node and carry equal numbers of shortest paths: one search from one twin serves them all.
/// In an affiliation network they are institutions that joined exactly the same consortia, or
/// consortia with exactly the same members.
struct TwinClasses {
    /// For each node, the lowest-numbered node of its class; `nil` for nodes outside the core or
    /// without neighbours in it.
    let representative: [Int32?]

    /// Groups the core nodes of `graph` that have neighbours in the core.
    ///
    /// Nodes are sorted by a hash of their weight and neighbours, and only nodes with equal hashes
    /// are compared in full.
    ///
    /// - Complexity: O(*n* log *n* + *m*) expected.
    init(graph: CSRGraph, trees: PendantTrees) {
        let n = graph.nodeCount
        var hashes = [UInt64](repeating: 0, count: n)
        var candidates: [Int32] = []
        for node in 0..<n where trees.isCore[node] {
            var hash = Self.mix(UInt64(trees.weights[node]))
            var count = 0
            for neighbor in graph.neighbors(of: node) where trees.isCore[Int(neighbor)] {
                hash = Self.mix(hash ^ UInt64(neighbor))
                count += 1
            }
            if count > 0 {
                hashes[node] = hash
                candidates.append(Int32(node))
            }
        }
        candidates.sort { (hashes[Int($0)], $0) < (hashes[Int($1)], $1) }

        var representative = [Int32?](repeating: nil, count: n)
        var start = 0
        while start < candidates.count {
            var end = start + 1
            while end < candidates.count, hashes[Int(candidates[end])] == hashes[Int(candidates[start])] { end += 1 }
            // Within a run of equal hashes (almost always one node), each node joins the first
            // earlier node it equals; candidates are in ascending order, so that is the lowest.
            for index in start..<end {
                let node = Int(candidates[index])
                let twin = candidates[start..<index].first { other in
                    representative[Int(other)] == other && Self.areTwins(node, Int(other), in: graph, trees: trees)
                }
                representative[node] = twin ?? Int32(node)
            }
            start = end
        }
        self.representative = representative
    }

    /// Whether `a` and `b` have the same weight and the same core neighbours.
    private static func areTwins(_ a: Int, _ b: Int, in graph: CSRGraph, trees: PendantTrees) -> Bool {
        trees.weights[a] == trees.weights[b]
            && graph.neighbors(of: a).lazy.filter { trees.isCore[Int($0)] }
                .elementsEqual(graph.neighbors(of: b).lazy.filter { trees.isCore[Int($0)] })
    }

    /// Spreads the bits of `value` over the whole word: the first draw of SplitMix64 seeded with it.
    private static func mix(_ value: UInt64) -> UInt64 {
        var generator = SeededRandom(seed: value)
        return generator.next()
    }
}
