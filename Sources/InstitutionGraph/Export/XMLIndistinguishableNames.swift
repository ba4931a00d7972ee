/// Why a graph cannot be written as GraphML or GEXF: two of its node ids, or two of its attribute
/// names, differ only in characters XML 1.0 has no way to write (control characters other than
/// tab and line breaks, U+FFFE, U+FFFF). Both would be written alike, with U+FFFD in their place,
/// and the file would not read back as the graph it was meant to hold.
public struct XMLIndistinguishableNames: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the two names are: node ids, node attribute names or edge attribute names.
    public enum Kind: String, Sendable {
        case nodeIDs = "node ids"
        case nodeAttributes = "node attribute names"
        case edgeAttributes = "edge attribute names"
    }

    public var format: GraphExportFormat
    public var kind: Kind
    /// The two names, as the dataset has them.
    public var first: String
    public var second: String

    public init(format: GraphExportFormat, kind: Kind, first: String, second: String) {
        self.format = format
        self.kind = kind
        self.first = first
        self.second = second
    }

    public var description: String {
        let name = format == .gexf ? "GEXF" : "GraphML"
        return "\(name) cannot keep the \(kind.rawValue) '\(first)' and '\(second)' apart: XML has no way to write "
            + "their control characters, and both would be written '\(XMLText.writable(first))'; "
            + "rename one of them, or export as JSON, Pajek or CSV, which keep every character"
    }
}

extension ExportedGraph {
    /// Two names that `format`'s XML would write alike, if the graph has any.
    ///
    /// - Complexity: O(total length of the ids and attribute names); a single pass over them
    ///   when none has a character XML cannot write, as is almost always the case.
    func xmlIndistinguishableNames(in format: GraphExportFormat) -> XMLIndistinguishableNames? {
        var nodeAttributes: Set<String> = []
        for node in nodes { nodeAttributes.formUnion(node.attributes.keys) }
        let groups: [(XMLIndistinguishableNames.Kind, [String])] = [
            (.nodeIDs, nodes.map(\.id)),
            (.nodeAttributes, nodeAttributes.sorted()),
            (.edgeAttributes, Set(edges.flatMap(\.attributes.keys)).sorted()),
        ]
        for (kind, names) in groups where names.contains(where: { !XMLText.canWrite($0) }) {
            var seen: [String: String] = [:]
            for name in names {
                let written = XMLText.writable(name)
                if let earlier = seen.updateValue(name, forKey: written), earlier != name {
                    return XMLIndistinguishableNames(format: format, kind: kind, first: earlier, second: name)
                }
            }
        }
        return nil
    }
}
