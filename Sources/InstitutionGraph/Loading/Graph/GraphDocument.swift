import OrderedCollections

/// A graph as GraphML, GEXF and node-link JSON hold it, before it is read as consortia and
/// institutions: nodes and edges with named attributes, and the graph's own attributes.
///
/// Each format's reader fills one in; ``GraphFileReader`` reads the two-mode dataset out of it,
/// so that sides, names and errors follow the same rules whatever the format.
struct GraphDocument {
    struct Node {
        /// The id as written (a number in node-link JSON is kept as its text).
        var id: String
        /// Attributes in the order written, then any defaults the node did not override.
        var attributes: OrderedDictionary<String, GraphValue>
        var location: SourceLocation
        /// How messages name it: `node 'kaist'`, or `node 'kaist' (nodes[3])` in JSON.
        var description: String
    }

    struct Edge {
        var source: String
        var target: String
        var attributes: OrderedDictionary<String, GraphValue>
        var location: SourceLocation
        /// How messages name it: `edge 'c:a'–'i:b'`, or with `(edges[5])` in JSON.
        var description: String
    }

    /// The file as the user named it.
    var file: String
    /// Graph-level attributes: GraphML's graph `data`, node-link JSON's `graph` object, the
    /// object in GEXF's `<?instgraph …?>` and its `meta` creator.
    var attributes: OrderedDictionary<String, GraphValue> = [:]
    var nodes: [Node] = []
    var edges: [Edge] = []
}
