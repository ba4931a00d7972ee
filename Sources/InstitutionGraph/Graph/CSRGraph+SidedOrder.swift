extension CSRGraph {
    /// When the graph has no odd cycle (a two-mode graph, a forest), its nodes in the breadth-first
    /// order `order` (``breadthFirstOrder()``'s) split by side: first every node an even number of
    /// hops from the root of its component, then every node an odd number, each part in
    /// breadth-first order; and how many nodes the first part holds. `nil` when some edge joins
    /// two nodes of one side.
    ///
    /// Renumbered in this order, each side is a range of nodes, so a search from sources on one
    /// side knows which range it can reach at each distance (``SearchSides``).
    ///
    /// - Complexity: O(*n* + *m*)
    func breadthFirstOrderBySide(splitting order: [Int32]) -> (order: [Int32], firstSideCount: Int)? {
        // A node's parent in the search comes before it in `order`, so each node has its side by
        // the time it is reached; a component's root starts on the first side.
        var side = [UInt8](repeating: .max, count: nodeCount)
        for node in order {
            let node = Int(node)
            if side[node] == .max { side[node] = 0 }
            for neighbor in neighbors(of: node) {
                let neighbor = Int(neighbor)
                if side[neighbor] == .max {
                    side[neighbor] = 1 - side[node]
                } else if side[neighbor] == side[node] {
                    return nil
                }
            }
        }
        let first = order.filter { side[Int($0)] == 0 }
        return (first + order.filter { side[Int($0)] == 1 }, first.count)
    }
}
