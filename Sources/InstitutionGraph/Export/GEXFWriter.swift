import Foundation

/// Writes GEXF 1.3 (gexf.net/1.3), Gephi's format: `meta` with the dataset's title and source,
/// declared node and edge attributes, nodes with their labels and values, and weighted edges.
///
/// GEXF has no graph-level attributes (its `attributes` are for nodes or edges, and NetworkX
/// rejects any other class) and its `meta` holds only a creator, keywords and a description. The
/// dataset's metadata and groups, which must read back exactly, go in a processing instruction
/// after `meta`: `<?instgraph {…}?>` holding the graph-level object of node-link JSON on one line.
/// Processing instructions are XML's place for data meant for one application: schema
/// validation, Gephi and NetworkX pass over it. An institution's aliases are JSON text, as in
/// GraphML.
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
        lines.append("  <?instgraph \(instructionData(graph.metadata))?>")
        lines.append(#"  <graph defaultedgetype="undirected" mode="static">"#)
        let nodeAttributes = NodeAttributeTable(graph)
        lines.append(#"    <attributes class="node" mode="static">"#)
        // `label` is the node's own label attribute in GEXF, not a declared attribute.
        for (position, attribute) in nodeAttributes.attributes.enumerated() where !isLabel(attribute) {
            lines.append(#"      <attribute id="\#(position)" title="\#(e(attribute.name))" type="\#(typeName(attribute.type))"/>"#)
        }
        lines.append("    </attributes>")
        let edgeAttributes = graph.edgeAttributes
        if !edgeAttributes.isEmpty {
            lines.append(#"    <attributes class="edge" mode="static">"#)
            for (position, attribute) in edgeAttributes.enumerated() {
                lines.append(#"      <attribute id="\#(position)" title="\#(e(attribute.name))" type="string"/>"#)
            }
            lines.append("    </attributes>")
        }
        // Nodes and edges, the bulk of a large graph, go straight into one text rather than a line each.
        var text = lines.joined(separator: "\n")
        text.reserveCapacity(text.utf8.count + 160 * graph.nodes.count + 100 * graph.edges.count)
        text += "\n    <nodes>"
        for node in graph.nodes {
            text += "\n      <node id=\""
            text += e(node.id)
            text += "\" label=\""
            text += e(node.label)
            text += "\">\n        <attvalues>"
            for (position, value) in nodeAttributes.values(of: node) where !isLabel(nodeAttributes.attributes[position]) {
                text += "\n          <attvalue for=\""
                text += String(position)
                text += "\" value=\""
                text += e(value.text)
                text += "\"/>"
            }
            text += "\n        </attvalues>\n      </node>"
        }
        text += "\n    </nodes>\n    <edges>"
        for (index, edge) in graph.edges.enumerated() {
            text += "\n      <edge id=\""
            text += String(index)
            text += "\" source=\""
            text += e(graph.nodes[edge.source].id)
            text += "\" target=\""
            text += e(graph.nodes[edge.target].id)
            text += "\" weight=\""
            text += exportNumber(edge.weight)
            text += "\""
            var opened = false
            for (position, attribute) in edgeAttributes.enumerated() {
                guard let value = attribute.value(edge) else { continue }
                if !opened {
                    text += ">\n        <attvalues>"
                    opened = true
                }
                text += "\n          <attvalue for=\""
                text += String(position)
                text += "\" value=\""
                text += e(value)
                text += "\"/>"
            }
            text += opened ? "\n        </attvalues>\n      </edge>" : "/>"
        }
        text += "\n    </edges>\n  </graph>\n</gexf>\n"
        return text
    }

    /// Whether `attribute` is the built-in `label`, which GEXF writes on the node element.
    private static func isLabel(_ attribute: ExportAttribute) -> Bool {
        attribute.key == "label"
    }

    /// The graph-level values as compact JSON that cannot end the processing instruction: `>`,
    /// which appears only inside strings, is written `\u003e`, and U+FFFE and U+FFFF, which XML
    /// forbids, are escaped too.
    private static func instructionData(_ metadata: ExportedGraph.Metadata) -> String {
        var result = ""
        for scalar in JSONValue.object(metadata.values).compact.unicodeScalars {
            switch scalar {
            case ">", "\u{FFFE}", "\u{FFFF}": result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
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
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func typeName(_ type: ExportAttribute.ValueType) -> String {
        switch type {
        case .string, .list: "string"
        case .integer: "integer"
        }
    }
}
