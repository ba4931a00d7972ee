/// Writes GEXF 1.3 (gexf.net/1.3), Gephi's format: `meta` with the dataset's title and source,
/// declared node and edge attributes, nodes with their labels and values, and weighted edges.
enum GEXFWriter {
    static func write(_ graph: ExportedGraph) -> String {
        let e = XMLText.escaped
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
        ]
        let date = graph.metadata.asOf.flatMap { isDate($0) ? #" lastmodifieddate="\#($0)""# : nil } ?? ""
        lines.append("  <meta\(date)>")
        lines.append("    <creator>instgraph</creator>")
        lines.append("    <keywords>\(e(graph.metadata.graph.rawValue))</keywords>")
        lines.append("    <description>\(e(description(graph.metadata)))</description>")
        lines.append("  </meta>")
        lines.append(#"  <graph defaultedgetype="undirected" mode="static">"#)
        // `label` is the node's own label attribute in GEXF, not a declared attribute.
        let nodeAttributes = graph.nodeAttributes.filter { $0.name != "label" }
        lines.append(#"    <attributes class="node" mode="static">"#)
        for (position, attribute) in nodeAttributes.enumerated() {
            lines.append(#"      <attribute id="\#(position)" title="\#(attribute.name)" type="\#(typeName(attribute.type))"/>"#)
        }
        lines.append("    </attributes>")
        let edgeAttributes = graph.edgeAttributes
        if !edgeAttributes.isEmpty {
            lines.append(#"    <attributes class="edge" mode="static">"#)
            for (position, attribute) in edgeAttributes.enumerated() {
                lines.append(#"      <attribute id="\#(position)" title="\#(attribute.name)" type="string"/>"#)
            }
            lines.append("    </attributes>")
        }
        lines.append("    <nodes>")
        for node in graph.nodes {
            lines.append(#"      <node id="\#(e(node.id))" label="\#(e(node.label))">"#)
            lines.append("        <attvalues>")
            for (position, attribute) in nodeAttributes.enumerated() {
                if let value = attribute.value(node) {
                    lines.append(#"          <attvalue for="\#(position)" value="\#(e(value))"/>"#)
                }
            }
            lines.append("        </attvalues>")
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for (index, edge) in graph.edges.enumerated() {
            let opening = #"      <edge id="\#(index)" source="\#(e(graph.nodes[edge.source].id))" target="\#(e(graph.nodes[edge.target].id))" weight="\#(exportNumber(edge.weight))""#
            let values = edgeAttributes.enumerated().compactMap { position, attribute in
                attribute.value(edge).map { #"          <attvalue for="\#(position)" value="\#(e($0))"/>"# }
            }
            if values.isEmpty {
                lines.append(opening + "/>")
            } else {
                lines += [opening + ">", "        <attvalues>"] + values + ["        </attvalues>", "      </edge>"]
            }
        }
        lines.append("    </edges>")
        lines += ["  </graph>", "</gexf>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Title (제목) — graph. Source: … As of: …`
    private static func description(_ metadata: ExportedGraph.Metadata) -> String {
        var parts = [metadata.title.all.joined(separator: " / ") + " — " + metadata.graph.rawValue + " graph"]
        if let source = metadata.source { parts.append("Source: \(source)") }
        if let asOf = metadata.asOf { parts.append("As of: \(asOf)") }
        return parts.joined(separator: ". ")
    }

    /// Whether `text` is an `xs:date` (`2025-08-04`), which GEXF's `lastmodifieddate` must be.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func typeName(_ type: ExportAttribute.ValueType) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .double: "double"
        }
    }
}
