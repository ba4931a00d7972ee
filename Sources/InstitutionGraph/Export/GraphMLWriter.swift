/// Writes GraphML (graphml.graphdrawing.org): typed `key`s for the graph, node and edge
/// attributes, then one undirected `graph`.
///
/// Graph-level data holds the dataset's metadata, with its groups as JSON text; an institution's
/// aliases are JSON text too (`["SKT","에스케이텔레콤"]`), so that any alias reads back.
enum GraphMLWriter {
    static func write(_ graph: ExportedGraph) -> String {
        let e = XMLText.escaped
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        let metadata = graph.metadata.values
        for (name, _) in metadata {
            lines.append(#"  <key id="g_\#(name)" for="graph" attr.name="\#(name)" attr.type="string"/>"#)
        }
        let nodeAttributes = NodeAttributeTable(graph)
        for attribute in nodeAttributes.attributes {
            lines.append(#"  <key id="n_\#(attribute.key)" for="node" attr.name="\#(e(attribute.name))" attr.type="\#(typeName(attribute.type))"/>"#)
        }
        lines.append(#"  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>"#)
        let edgeAttributes = graph.edgeAttributes
        for attribute in edgeAttributes {
            lines.append(#"  <key id="e_\#(attribute.key)" for="edge" attr.name="\#(e(attribute.name))" attr.type="string"/>"#)
        }
        lines.append(#"  <graph edgedefault="undirected">"#)
        for (name, value) in metadata {
            lines.append(#"    <data key="g_\#(name)">\#(e(value.text))</data>"#)
        }
        // Nodes and edges, the bulk of a large graph, go straight into one text rather than a line each.
        var text = lines.joined(separator: "\n")
        text.reserveCapacity(text.utf8.count + 96 * graph.nodes.count + 80 * graph.edges.count)
        for node in graph.nodes {
            text += "\n    <node id=\""
            text += e(node.id)
            text += "\">"
            for (position, value) in nodeAttributes.values(of: node) {
                text += "\n      <data key=\"n_"
                text += nodeAttributes.attributes[position].key
                text += "\">"
                text += e(value.text)
                text += "</data>"
            }
            text += "\n    </node>"
        }
        for edge in graph.edges {
            text += "\n    <edge source=\""
            text += e(graph.nodes[edge.source].id)
            text += "\" target=\""
            text += e(graph.nodes[edge.target].id)
            text += "\">\n      <data key=\"e_weight\">"
            text += exportNumber(edge.weight)
            text += "</data>"
            for attribute in edgeAttributes {
                if let value = attribute.value(edge) {
                    text += "\n      <data key=\"e_"
                    text += attribute.key
                    text += "\">"
                    text += e(value)
                    text += "</data>"
                }
            }
            text += "\n    </edge>"
        }
        text += "\n  </graph>\n</graphml>\n"
        return text
    }

    private static func typeName(_ type: ExportAttribute.ValueType) -> String {
        switch type {
        case .string, .list: "string"
        case .integer: "int"
        }
    }
}
