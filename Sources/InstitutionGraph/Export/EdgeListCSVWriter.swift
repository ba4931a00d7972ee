/// Writes an edge list as RFC 4180 CSV: `source,target,weight,source_label,target_label`, then
/// `role` (two-mode graph) or `via` (projections). Nodes without edges do not appear: use another
/// format to keep them.
enum EdgeListCSVWriter {
    static func write(_ graph: ExportedGraph) -> String {
        let extra = graph.edgeAttributes
        let header = ["source", "target", "weight", "source_label", "target_label"] + extra.map(\.name)
        let rows = graph.edges.map { edge in
            let (source, target) = (graph.nodes[edge.source], graph.nodes[edge.target])
            return [source.id, target.id, exportNumber(edge.weight), source.label, target.label]
                + extra.map { $0.value(edge) ?? "" }
        }
        return TextTable(columns: header.map { TextTable.Column($0) }, rows: rows).csv()
    }
}
