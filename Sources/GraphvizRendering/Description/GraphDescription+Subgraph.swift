extension GraphDescription {
    /// A named group of nodes; a subgraph whose name starts with `cluster` is drawn as a box.
    ///
    /// Graphviz draws a node in at most one cluster: clusters must not share nodes.
    public struct Subgraph: Hashable, Sendable {
        /// The subgraph's name, unique in the graph.
        public var name: String
        /// The subgraph's attributes, such as `label`, `style` or `rank`.
        public var attributes: Attributes
        /// The ids of the nodes it holds.
        public var nodes: [String]
        /// Subgraphs nested inside it.
        public var subgraphs: [Subgraph]

        public init(
            name: String, attributes: Attributes = [:], nodes: [String] = [], subgraphs: [Subgraph] = []
        ) {
            self.name = name
            self.attributes = attributes
            self.nodes = nodes
            self.subgraphs = subgraphs
        }

        /// A cluster: a subgraph named `cluster_` followed by `id`, which Graphviz draws as a box.
        public static func cluster(
            _ id: String, attributes: Attributes = [:], nodes: [String] = [], subgraphs: [Subgraph] = []
        ) -> Subgraph {
            Subgraph(name: "cluster_" + id, attributes: attributes, nodes: nodes, subgraphs: subgraphs)
        }
    }
}
