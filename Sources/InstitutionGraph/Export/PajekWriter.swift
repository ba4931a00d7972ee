/// Writes Pajek's `.net` format: comment lines with the dataset's metadata, `*Network`, the
/// vertices numbered from 1 with their labels in double quotes, and the weighted `*Edges`.
///
/// Pajek keeps only labels, so labels are made unique (a repeated name gets its id in
/// parentheses: `networkx.read_pajek` keys nodes by label). Pajek has no escape inside quotes: a
/// double quote in a name is written as `'`, a backslash as `/` and a line break as a space. Other
/// node attributes are in the other formats.
enum PajekWriter {
    static func write(_ graph: ExportedGraph) -> String {
        var lines = graph.metadata.pairs.map { "% \($0.name): \(clean($0.value))" }
        lines.append("*Network \(clean(graph.titleLine))")
        lines.append("*Vertices \(graph.nodes.count)")
        let labels = uniqueLabels(graph.nodes)
        for (position, label) in labels.enumerated() {
            lines.append("\(position + 1) \"\(label)\"")
        }
        lines.append("*Edges")
        for edge in graph.edges {
            lines.append("\(edge.source + 1) \(edge.target + 1) \(exportNumber(edge.weight))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each node's label, with the id appended to every label that is not unique.
    static func uniqueLabels(_ nodes: [ExportedGraph.Node]) -> [String] {
        let labels = nodes.map { clean($0.label) }
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        return zip(labels, nodes).map { label, node in
            counts[label]! > 1 || label.isEmpty ? "\(label) (\(clean(node.id)))" : label
        }
    }

    /// Text Pajek and `shlex` read back as written.
    static func clean(_ text: String) -> String {
        String(
            text.map { character -> Character in
                switch character {
                case "\"": "'"
                case "\\": "/"
                case "\n", "\r", "\r\n", "\t": " "
                default: character
                }
            })
    }
}
