extension CSRGraph {
    /// Every node once, component after component (in order of their lowest node, as
    /// ``ConnectedComponents`` numbers them), each in breadth-first order from its lowest-numbered
    /// node; and where each component begins in that order, followed by the number of nodes, so
    /// that component *i* takes positions `componentStarts[i]..<componentStarts[i + 1]`.
    ///
    /// Renumbered in this order (``renumbered(by:)``), a graph keeps each component in a range of
    /// nodes, and the nodes a breadth-first search reaches at one level close together in memory.
    ///
    /// - Complexity: O(*n* + *m*)
    func breadthFirstOrder() -> (order: [Int32], componentStarts: [Int]) {
        var order: [Int32] = []
        order.reserveCapacity(nodeCount)
        var componentStarts: [Int] = []
        var visited = [Bool](repeating: false, count: nodeCount)
        for root in 0..<nodeCount where !visited[root] {
            componentStarts.append(order.count)
            appendBreadthFirst(from: root, to: &order, visited: &visited)
        }
        componentStarts.append(nodeCount)
        return (order, componentStarts)
    }

    /// Appends to `order` `root` and every node it reaches that `visited` does not mark, in
    /// breadth-first order, marking them; returns how many levels lie below `root`: its
    /// eccentricity in its component when nothing there was marked before.
    ///
    /// - Complexity: O(*n* + *m*) for the nodes and edges reached.
    @discardableResult
    func appendBreadthFirst(from root: Int, to order: inout [Int32], visited: inout [Bool]) -> Int {
        visited[root] = true
        order.append(Int32(root))
        var head = order.count - 1
        var levelEnd = order.count
        var depth = 0
        while head < order.count {
            if head == levelEnd {
                depth += 1
                levelEnd = order.count
            }
            for neighbor in neighbors(of: Int(order[head])) where !visited[Int(neighbor)] {
                visited[Int(neighbor)] = true
                order.append(neighbor)
            }
            head += 1
        }
        return depth
    }
}
