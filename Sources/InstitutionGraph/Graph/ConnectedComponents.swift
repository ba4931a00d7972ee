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
        let (order, componentStarts) = graph.breadthFirstOrder()
        var labels = [Int](repeating: -1, count: graph.nodeCount)
        for label in 0..<(componentStarts.count - 1) {
            for index in componentStarts[label]..<componentStarts[label + 1] { labels[Int(order[index])] = label }
        }
        self.labels = labels
        sizes = zip(componentStarts, componentStarts.dropFirst()).map { $1 - $0 }
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
