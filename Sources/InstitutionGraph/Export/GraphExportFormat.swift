/// The formats a graph can be exported in.
public enum GraphExportFormat: String, CaseIterable, Sendable {
    /// GraphML, read by Gephi, Cytoscape, yEd, igraph and `networkx.read_graphml`.
    case graphml
    /// GEXF 1.3, Gephi's own format, read by `networkx.read_gexf`.
    case gexf
    /// NetworkX's node-link JSON (`networkx.node_link_graph`), also easy to read in JavaScript.
    case json
    /// Pajek's `.net`, read by Pajek and `networkx.read_pajek`.
    case pajek
    /// An edge list: one edge per row, for spreadsheets.
    case csv

    /// The format a file name's extension implies: `.graphml`, `.gexf`, `.json`, `.net`/`.paj`, `.csv`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        case "net", "paj", "pajek": self = .pajek
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The usual extension of the format's files.
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .json: "json"
        case .pajek: "net"
        case .csv: "csv"
        }
    }
}
