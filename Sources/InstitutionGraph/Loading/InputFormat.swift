/// The formats a dataset can be read from.
public enum InputFormat: String, CaseIterable, Sendable {
    /// The canonical, hand-edited form (see `Graphs/README.md`).
    case yaml
    /// The YAML schema written as JSON, or a two-mode graph in NetworkX's node-link JSON.
    case json
    /// One membership per row: `consortium,institution[,role][,kind][,…]`, the delimiter sniffed.
    case csv
    /// A membership table separated by tabs.
    case tsv
    /// An Excel workbook (`.xlsx`) whose sheet is a membership table.
    case xlsx
    /// A two-mode graph in GraphML.
    case graphml
    /// A two-mode graph in GEXF.
    case gexf

    /// The format a file's extension implies, or `nil` when the extension is not one of ours.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "xlsx", "xlsm": self = .xlsx
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        default: return nil
        }
    }

    /// Whether rows of this format form a membership table that a column mapping applies to.
    public var isTable: Bool { [.csv, .tsv, .xlsx].contains(self) }
}
