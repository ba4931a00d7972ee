/// What Graphviz read from DOT text: enough to check that a graph survived a round trip.
public struct ParsedGraph: Hashable, Sendable {
    /// An edge as Graphviz read it.
    public struct Edge: Hashable, Sendable {
        /// The name of the node the edge starts at.
        public var tail: String
        /// The name of the node the edge ends at.
        public var head: String

        public init(tail: String, head: String) {
            self.tail = tail
            self.head = head
        }
    }

    /// The graph's name.
    public var name: String
    /// Whether the graph is a `digraph`.
    public var isDirected: Bool
    /// Node names in the order Graphviz holds them.
    public var nodes: [String]
    /// Edges, grouped by tail in node order.
    public var edges: [Edge]
    /// The names of all subgraphs, depth first, siblings in the order Graphviz keeps them.
    public var subgraphs: [String]

    public init(name: String, isDirected: Bool, nodes: [String], edges: [Edge], subgraphs: [String]) {
        self.name = name
        self.isDirected = isDirected
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}
