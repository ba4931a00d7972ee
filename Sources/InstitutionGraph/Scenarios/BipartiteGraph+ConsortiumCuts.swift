extension BipartiteGraph {
    /// For each consortium, how many parts its component of the network falls into when that
    /// consortium alone is dropped, counting the parts that keep a consortium (an institution
    /// that was only in the dropped one leaves the network): 0 for a consortium whose members are
    /// in no other, 1 where the component holds together, more where the consortium is the only
    /// link between parts.
    ///
    /// One depth-first search from the consortia, with the low points of Hopcroft and Tarjan's
    /// articulation points: a child whose subtree reaches no higher than the consortium is cut
    /// off with it; for a root, every child is.
    ///
    /// - Complexity: O(*n* + *m*).
    func partsLeftByDroppingEachConsortium() -> [Int] {
        let offsets = graph.offsets
        let targets = graph.targets
        let n = graph.nodeCount
        var discovered = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var nextEdge = [Int32](repeating: 0, count: n)
        var parts = [Int](repeating: 0, count: consortiumCount)
        var time: Int32 = 0
        var stack: [Int32] = []
        // An institution whose every edge goes to `consortium`: it leaves with it.
        let onlyIn = { (institution: Int, consortium: Int) in
            targets[Int(offsets[institution])..<Int(offsets[institution + 1])].allSatisfy { Int($0) == consortium }
        }
        for root in 0..<consortiumCount where discovered[root] < 0 {
            discovered[root] = time
            low[root] = time
            time += 1
            nextEdge[root] = offsets[root]
            stack.append(Int32(root))
            while let top = stack.last {
                let node = Int(top)
                if nextEdge[node] < offsets[node + 1] {
                    let neighbor = Int(targets[Int(nextEdge[node])])
                    nextEdge[node] += 1
                    if discovered[neighbor] < 0 {
                        parent[neighbor] = top
                        discovered[neighbor] = time
                        low[neighbor] = time
                        time += 1
                        nextEdge[neighbor] = offsets[neighbor]
                        stack.append(Int32(neighbor))
                    } else {
                        low[node] = min(low[node], discovered[neighbor])
                    }
                    continue
                }
                stack.removeLast()
                let above = Int(parent[node])
                guard above >= 0 else { continue }
                low[above] = min(low[above], low[node])
                if above < consortiumCount, low[node] >= discovered[above], !onlyIn(node, above) { parts[above] += 1 }
            }
        }
        // A consortium below the root also leaves the part above it, which holds the root.
        for consortium in 0..<consortiumCount where parent[consortium] >= 0 { parts[consortium] += 1 }
        return parts
    }
}
