/// Writes GraphML (graphml.graphdrawing.org): typed `key`s for the graph, node and edge
/// attributes, then one undirected `graph`.
enum GraphMLWriter {
    static func write(_ graph: ExportedGraph) -> String {
        let e = XMLText.escaped
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        let metadata = graph.metadata.pairs
        for (name, _) in metadata {
            lines.append(#"  <key id="g_\#(name)" for="graph" attr.name="\#(name)" attr.type="string"/>"#)
        }
        let nodeAttributes = graph.nodeAttributes
        for attribute in nodeAttributes {
            lines.append(#"  <key id="n_\#(attribute.name)" for="node" attr.name="\#(attribute.name)" attr.type="\#(typeName(attribute.type))"/>"#)
        }
        lines.append(#"  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>"#)
        let edgeAttributes = graph.edgeAttributes
        for attribute in edgeAttributes {
            lines.append(#"  <key id="e_\#(attribute.name)" for="edge" attr.name="\#(attribute.name)" attr.type="string"/>"#)
        }
        lines.append(#"  <graph edgedefault="undirected">"#)
        for (name, value) in metadata {
            lines.append(#"    <data key="g_\#(name)">\#(e(value))</data>"#)
        }
        for node in graph.nodes {
            lines.append(#"    <node id="\#(e(node.id))">"#)
            for attribute in nodeAttributes {
                if let value = attribute.value(node) {
                    lines.append(#"      <data key="n_\#(attribute.name)">\#(e(value))</data>"#)
                }
            }
            lines.append("    </node>")
        }
        for edge in graph.edges {
            lines.append(#"    <edge source="\#(e(graph.nodes[edge.source].id))" target="\#(e(graph.nodes[edge.target].id))">"#)
            lines.append(#"      <data key="e_weight">\#(exportNumber(edge.weight))</data>"#)
            for attribute in edgeAttributes {
                if let value = attribute.value(edge) {
                    lines.append(#"      <data key="e_\#(attribute.name)">\#(e(value))</data>"#)
                }
            }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func typeName(_ type: ExportAttribute.ValueType) -> String {
        switch type {
        case .string: "string"
        case .integer: "int"
        case .double: "double"
        }
    }
}
