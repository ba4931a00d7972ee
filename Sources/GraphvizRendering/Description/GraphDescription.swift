/// A graph to draw, described with plain values: what Graphviz should build, not how.
///
/// Node and edge order is kept, and so is attribute order, so the same description always gives the
/// same DOT text and the same drawing.
///
/// Attribute values are Graphviz's own (see https://graphviz.org/doc/info/attrs.html). As in DOT,
/// subgraphs inherit the graph attributes they do not set themselves: a graph `label` shows up in
/// every cluster that has no `label` of its own.
public struct GraphDescription: Hashable, Sendable {
    /// The graph's name, written after `graph` or `digraph`.
    public var name: String
    /// Whether edges have a direction (`digraph`, `->`) or not (`graph`, `--`).
    public var isDirected: Bool
    /// Attributes of the graph itself, such as `label`, `rankdir` or `overlap`.
    public var attributes: Attributes
    /// Attributes every node has unless it sets its own.
    public var nodeDefaults: Attributes
    /// Attributes every edge has unless it sets its own.
    public var edgeDefaults: Attributes
    /// The nodes, in drawing order.
    public var nodes: [Node]
    /// The edges between ``nodes``, in drawing order.
    public var edges: [Edge]
    /// Subgraphs and clusters grouping ``nodes``.
    public var subgraphs: [Subgraph]

    public init(
        name: String = "G", isDirected: Bool = false, attributes: Attributes = [:],
        nodeDefaults: Attributes = [:], edgeDefaults: Attributes = [:],
        nodes: [Node] = [], edges: [Edge] = [], subgraphs: [Subgraph] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}

extension GraphDescription {
    /// A node: a unique id and its own attributes (its `label` defaults to the id).
    public struct Node: Hashable, Sendable {
        /// The node's unique id; edges and subgraphs refer to the node by it.
        public var id: String
        /// The node's attributes, overriding ``GraphDescription/nodeDefaults``.
        public var attributes: Attributes

        public init(_ id: String, attributes: Attributes = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    /// An edge between two nodes.
    ///
    /// Edges without a key are all kept, so two such edges between the same nodes are drawn twice;
    /// edges with the same key between the same nodes are one edge.
    public struct Edge: Hashable, Sendable {
        /// The id of the node the edge starts at.
        public var tail: String
        /// The id of the node the edge ends at.
        public var head: String
        /// The key that tells edges between the same nodes apart, if any.
        public var key: String?
        /// The edge's attributes, overriding ``GraphDescription/edgeDefaults``.
        public var attributes: Attributes

        public init(_ tail: String, _ head: String, key: String? = nil, attributes: Attributes = [:]) {
            self.tail = tail
            self.head = head
            self.key = key
            self.attributes = attributes
        }
    }
}
