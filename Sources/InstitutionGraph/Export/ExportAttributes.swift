/// The attributes every export writes, named and typed once so that the formats agree.
struct ExportAttribute: Sendable {
    enum ValueType: Sendable {
        case string, integer, double
    }

    let name: String
    let type: ValueType
    let value: @Sendable (ExportedGraph.Node) -> String?

    /// Node attributes, in the order they are declared. A `nil` value is left out for that node.
    static let node: [ExportAttribute] = [
        .init(name: "label", type: .string) { $0.label },
        .init(name: "name_ko", type: .string) { $0.names.korean },
        .init(name: "name_en", type: .string) { $0.names.english },
        .init(name: "kind", type: .string) { $0.kind.isEmpty ? nil : $0.kind },
        .init(name: "side", type: .string) { $0.side.rawValue },
        .init(name: "bipartite", type: .integer) { String($0.bipartite) },
        .init(name: "consortia", type: .integer) { $0.consortia.map(String.init) },
        .init(name: "members", type: .integer) { $0.members.map(String.init) },
        .init(name: "parent", type: .string) { $0.parent },
    ]
}

/// An edge attribute beside the weight.
struct ExportEdgeAttribute: Sendable {
    let name: String
    let value: @Sendable (ExportedGraph.Edge) -> String?

    /// `role` for memberships, `via` (ids joined by `;`) for projections.
    static let all: [ExportEdgeAttribute] = [
        .init(name: "role") { $0.role },
        .init(name: "via") { $0.via?.joined(separator: ";") },
    ]
}

extension ExportedGraph.Metadata {
    /// The dataset's metadata as graph-level `(name, value)` pairs, missing ones left out.
    var pairs: [(name: String, value: String)] {
        let all: [(String, String?)] = [
            ("title_ko", title.korean), ("title_en", title.english), ("source", source), ("as_of", asOf),
            ("graph", graph.rawValue), ("generator", "instgraph"),
        ]
        return all.compactMap { name, value in value.map { (name, $0) } }
    }
}

extension ExportedGraph {
    /// The edge attributes this graph uses: `role` in the two-mode graph, `via` in projections.
    var edgeAttributes: [ExportEdgeAttribute] {
        ExportEdgeAttribute.all.filter { attribute in edges.contains { attribute.value($0) != nil } }
    }

    /// The node attributes at least one node has.
    var nodeAttributes: [ExportAttribute] {
        ExportAttribute.node.filter { attribute in nodes.contains { attribute.value($0) != nil } }
    }
}
