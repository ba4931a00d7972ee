import OrderedCollections

/// Reads NetworkX's node-link JSON (`networkx.node_link_data`) into a ``GraphDocument``: the
/// `graph` object, the `nodes` with their `id`, and the edges under `edges` (NetworkX 3.4 and
/// later) or `links` (earlier versions) with their `source` and `target`.
///
/// Ids may be texts or numbers (a number is kept as written: `10` is the id `"10"`). `directed`
/// and `multigraph` are ignored: a directed graph is read as undirected.
enum NodeLinkJSONReader {
    /// The graph in `text`, or `nil` when `text` is JSON but not node-link JSON (not an object
    /// with `nodes` and `edges` or `links`), so that the reader of the YAML schema can try.
    ///
    /// - Throws: ``DatasetLoadError`` for text that is not JSON at all (at the line and column
    ///   where it stops being JSON), and for node-link JSON with a malformed node or edge.
    static func read(_ text: InputText) throws -> GraphDocument? {
        let file = text.displayPath
        let value: GraphValue
        do {
            value = try JSONParser.parse(text.bytes, locate: { SourceLocation(file: file, line: $0, column: $1) })
        } catch {
            throw DatasetLoadError("JSON syntax: \(error.message)", at: SourceLocation(file: file, line: error.line, column: error.column))
        }
        guard let members = value.members else { return nil }
        let top = OrderedDictionary(members, uniquingKeysWith: { $1 })
        let edgesKey = top["edges"] != nil ? "edges" : "links"
        guard let nodes = top["nodes"], let edges = top[edgesKey] else { return nil }
        var document = GraphDocument(file: file)
        if let graph = top["graph"] {
            guard let attributes = graph.members else {
                throw DatasetLoadError("'graph' should be an object of graph attributes; found \(graph.compact)", at: graph.location)
            }
            document.attributes = OrderedDictionary(attributes, uniquingKeysWith: { $1 })
        }
        for (index, node) in try objects(nodes, "nodes").enumerated() {
            var attributes = node.attributes
            let id = try identifier(attributes.removeValue(forKey: "id"), of: "nodes[\(index)]", key: "id", at: node.location)
            document.nodes.append(
                GraphDocument.Node(
                    id: id, attributes: attributes, location: node.location, description: "node '\(id)' (nodes[\(index)])"))
        }
        for (index, edge) in try objects(edges, edgesKey).enumerated() {
            var attributes = edge.attributes
            let place = "\(edgesKey)[\(index)]"
            let source = try identifier(attributes.removeValue(forKey: "source"), of: place, key: "source", at: edge.location)
            let target = try identifier(attributes.removeValue(forKey: "target"), of: place, key: "target", at: edge.location)
            document.edges.append(
                GraphDocument.Edge(
                    source: source, target: target, attributes: attributes, location: edge.location,
                    description: "edge '\(source)'–'\(target)' (\(place))"))
        }
        return document
    }

    /// The objects of the array `value` under `key`, each with its members by name.
    private static func objects(_ value: GraphValue, _ key: String) throws -> [(attributes: OrderedDictionary<String, GraphValue>, location: SourceLocation)] {
        guard case .array(let items) = value.content else {
            throw DatasetLoadError("'\(key)' should be an array of objects; found \(value.compact)", at: value.location)
        }
        return try items.enumerated().map { index, item in
            guard let members = item.members else {
                throw DatasetLoadError("\(key)[\(index)] should be an object; found \(item.compact)", at: item.location)
            }
            return (OrderedDictionary(members, uniquingKeysWith: { $1 }), item.location)
        }
    }

    /// A node id: a text, or a number as written.
    private static func identifier(_ value: GraphValue?, of place: String, key: String, at location: SourceLocation) throws -> String {
        switch value?.content {
        case .string(let text)?, .number(let text)?:
            return text
        case nil:
            throw DatasetLoadError("\(place) has no '\(key)'", at: location)
        case _?:
            throw DatasetLoadError("\(place)'s '\(key)' should be a text or a number; found \(value?.compact ?? "")", at: value?.location ?? location)
        }
    }
}
