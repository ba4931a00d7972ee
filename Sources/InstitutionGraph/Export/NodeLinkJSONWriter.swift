/// Writes NetworkX's node-link JSON (`networkx.node_link_data` with `edges="edges"`, the
/// default since NetworkX 3.4): `directed`, `multigraph`, `graph` (the metadata, with the groups
/// as an array), `nodes` with their attributes (aliases as an array) and `edges` with their weights.
enum NodeLinkJSONWriter {
    static func write(_ graph: ExportedGraph) -> String {
        var object: [(String, JSONValue)] = [("directed", .bool(false)), ("multigraph", .bool(false))]
        object.append(("graph", .object(graph.metadata.values)))
        let nodeAttributes = NodeAttributeTable(graph)
        object.append(
            (
                "nodes",
                .array(
                    graph.nodes.map { node in
                        .object(
                            [("id", .string(node.id))]
                                + nodeAttributes.values(of: node).map { position, value in
                                    (nodeAttributes.attributes[position].name, value)
                                })
                    })
            ))
        let edgeAttributes = graph.edgeAttributes
        object.append(
            (
                "edges",
                .array(
                    graph.edges.map { edge in
                        .object(
                            [
                                ("source", .string(graph.nodes[edge.source].id)), ("target", .string(graph.nodes[edge.target].id)),
                                ("weight", .number(exportNumber(edge.weight))),
                            ] + edgeAttributes.compactMap { attribute in attribute.value(edge).map { (attribute.name, .string($0)) } })
                    })
            ))
        var text = ""
        JSONValue.object(object).write(to: &text, indent: 0)
        return text + "\n"
    }
}
