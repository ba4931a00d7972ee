/// The connected components of a graph.
///
/// Components are numbered in order of their lowest node, so node 0 is always in component 0.
public struct ConnectedComponents: Hashable, Sendable {
    /// The component of each node.
    public let labels: [Int]
    /// The number of nodes in each component.
    public let sizes: [Int]

    /// Finds the components of `graph` by breadth-first search.
    ///
    /// - Complexity: O(*n* + *m*)
    public init(of graph: CSRGraph) {
        var labels = [Int](repeating: -1, count: graph.nodeCount)
        var sizes: [Int] = []
        var queue = [Int32](repeating: 0, count: graph.nodeCount)
        for root in 0..<graph.nodeCount where labels[root] < 0 {
            let label = sizes.count
            labels[root] = label
            queue[0] = Int32(root)
            var head = 0
            var tail = 1
            while head < tail {
                let node = Int(queue[head])
                head += 1
                for neighbor in graph.neighbors(of: node) where labels[Int(neighbor)] < 0 {
                    labels[Int(neighbor)] = label
                    queue[tail] = neighbor
                    tail += 1
                }
            }
            sizes.append(tail)
        }
        self.labels = labels
        self.sizes = sizes
    }

    /// The number of components (isolated nodes count as components of one).
    public var count: Int { sizes.count }

    /// The component with the most nodes (the lowest-numbered one on a tie), or `nil` for an empty
    /// graph.
    public var largest: Int? { sizes.indices.max { (sizes[$0], $1) < (sizes[$1], $0) } }

    /// The nodes of each component, in ascending order.
    ///
    /// - Complexity: O(*n*)
    public var members: [[Int]] {
        var members = sizes.map { _ in [Int]() }
        for (node, label) in labels.enumerated() {
            members[label].append(node)
        }
        return members
    }
}

extension CSRGraph {
    /// The graph's connected components.
    ///
    /// - Complexity: O(*n* + *m*)
    public func connectedComponents() -> ConnectedComponents { ConnectedComponents(of: self) }
}
