extension CSRGraph {
    /// The same graph with its nodes renumbered: node `order[i]` becomes node `i`. Weights follow
    /// their edges.
    ///
    /// Algorithms that sweep the whole graph many times run faster on a graph numbered in
    /// breadth-first order, where neighbours sit close together in memory.
    ///
    /// - Precondition: `order` lists every node exactly once.
    /// - Complexity: O(*n* + *m* log *d*), *d* being the largest degree.
    func renumbered(by order: [Int32]) -> CSRGraph {
        precondition(order.count == nodeCount, "the order must list every node once")
        var position = [Int32](repeating: -1, count: nodeCount)
        for (index, node) in order.enumerated() {
            precondition(position[Int(node)] < 0, "node \(node) is listed twice")
            position[Int(node)] = Int32(index)
        }
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var targets = [Int32]()
        targets.reserveCapacity(self.targets.count)
        var weights = self.weights.map { _ in [Double]() }
        weights?.reserveCapacity(self.targets.count)
        var neighbors: [(target: Int32, weight: Double)] = []
        for (index, node) in order.enumerated() {
            neighbors.removeAll(keepingCapacity: true)
            for edge in edgeRange(of: Int(node)) {
                neighbors.append((position[Int(self.targets[edge])], self.weights?[edge] ?? 1))
            }
            neighbors.sort { $0.target < $1.target }
            targets.append(contentsOf: neighbors.lazy.map(\.target))
            weights?.append(contentsOf: neighbors.lazy.map(\.weight))
            offsets[index + 1] = Int32(targets.count)
        }
        return CSRGraph(offsets: offsets, targets: targets, weights: weights)
    }
}
