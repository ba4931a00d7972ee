/// The formats a dataset can be read from.
public enum InputFormat: String, CaseIterable, Sendable {
    /// The canonical, hand-edited form (see `Graphs/README.md`).
    case yaml
    /// The YAML schema written as JSON.
    case json
    /// One membership per row: `consortium,institution[,role][,kind][,…]`.
    case csv

    /// The format a file's extension implies, or `nil` when the extension is not one of ours.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }
}
