import OrderedCollections

/// A node attribute the exports write, named and typed once so that the formats agree.
struct ExportAttribute: Sendable {
    enum ValueType: Sendable {
        /// Text.
        case string
        /// A whole number.
        case integer
        /// A list of texts: a JSON array in node-link JSON, its JSON text in GraphML and GEXF.
        case list
    }

    /// The name readers see (`kind`, `country`).
    let name: String
    /// An identifier safe in XML ids: the name of a built-in attribute, `u0`, `u1`, … for the
    /// dataset's own attributes, whose names may hold any text.
    let key: String
    let type: ValueType
    let value: @Sendable (ExportedGraph.Node) -> JSONValue?

    init(name: String, key: String? = nil, type: ValueType, value: @escaping @Sendable (ExportedGraph.Node) -> JSONValue?) {
        self.name = name
        self.key = key ?? name
        self.type = type
        self.value = value
    }

    /// The built-in node attributes, in the order they are declared. A `nil` value is left out for
    /// that node.
    static let node: [ExportAttribute] = [
        .init(name: "label", type: .string) { .string($0.label) },
        .init(name: "name_ko", type: .string) { $0.names.korean.map(JSONValue.string) },
        .init(name: "name_en", type: .string) { $0.names.english.map(JSONValue.string) },
        .init(name: "kind", type: .string) { $0.kind.isEmpty ? nil : .string($0.kind) },
        .init(name: "side", type: .string) { .string($0.side.rawValue) },
        .init(name: "bipartite", type: .integer) { .number(String($0.bipartite)) },
        .init(name: "consortia", type: .integer) { $0.consortia.map { .number(String($0)) } },
        .init(name: "members", type: .integer) { $0.members.map { .number(String($0)) } },
        .init(name: "parent", type: .string) { $0.parent.map(JSONValue.string) },
        .init(name: "aliases", type: .list) { $0.aliases.isEmpty ? nil : .array($0.aliases.map(JSONValue.string)) },
        .init(name: "url", type: .string) { $0.url.map(JSONValue.string) },
        .init(name: "notes", type: .string) { $0.notes.map(JSONValue.string) },
    ]
}

/// The node attributes one graph writes: the built-in ones some node has, then the dataset's own
/// attributes in the order they are first met, under their written names (see ``AttributeName``).
struct NodeAttributeTable {
    /// Every attribute, for the formats that declare them before the nodes.
    let attributes: [ExportAttribute]
    private let builtInCount: Int
    /// The position in ``attributes`` of each of the dataset's own attributes, by its own name.
    private let positions: [String: Int]

    /// - Complexity: O(nodes × attributes)
    init(_ graph: ExportedGraph) {
        var attributes = ExportAttribute.node.filter { attribute in graph.nodes.contains { attribute.value($0) != nil } }
        builtInCount = attributes.count
        var positions: [String: Int] = [:]
        for node in graph.nodes {
            for name in node.attributes.keys where positions[name] == nil {
                positions[name] = attributes.count
                let written = AttributeName.written(name, reserved: AttributeName.reservedForNodes)
                attributes.append(
                    ExportAttribute(name: written, key: "u\(positions.count - 1)", type: .string) {
                        $0.attributes[name].map(JSONValue.string)
                    })
            }
        }
        self.attributes = attributes
        self.positions = positions
    }

    /// What `node` carries, as positions in ``attributes`` with values: the built-in attributes in
    /// their order, then the node's own attributes in its order, so that the order reads back.
    func values(of node: ExportedGraph.Node) -> [(position: Int, value: JSONValue)] {
        let builtIn = attributes[..<builtInCount].enumerated().compactMap { position, attribute in
            attribute.value(node).map { (position, $0) }
        }
        return builtIn + node.attributes.compactMap { name, value in positions[name].map { ($0, .string(value)) } }
    }
}

/// An edge attribute beside the weight.
struct ExportEdgeAttribute: Sendable {
    let name: String
    /// An identifier safe in XML ids, as ``ExportAttribute/key``.
    let key: String
    let value: @Sendable (ExportedGraph.Edge) -> String?

    /// `role` for memberships, `via` (ids joined by `;`) for projections.
    static let all: [ExportEdgeAttribute] = [
        .init(name: "role", key: "role") { $0.role },
        .init(name: "via", key: "via") { $0.via?.joined(separator: ";") },
    ]
}

extension ExportedGraph.Metadata {
    /// The dataset's metadata as graph-level `(name, value)` texts, missing ones left out.
    var pairs: [(name: String, value: String)] {
        let all: [(String, String?)] = [
            ("title_ko", title.korean), ("title_en", title.english), ("source", source),
            ("source_title_ko", sourceParts?.title?.korean), ("source_title_en", sourceParts?.title?.english),
            ("source_publisher_ko", sourceParts?.publisher?.korean), ("source_publisher_en", sourceParts?.publisher?.english),
            ("source_url", sourceParts?.url), ("source_date", sourceParts?.date), ("as_of", asOf),
            ("graph", graph.rawValue), ("generator", "instgraph"),
        ]
        return all.compactMap { name, value in value.map { (name, $0) } }
    }

    /// ``pairs`` and, when the dataset has groups, `groups`: an array of objects with `id`, `name`
    /// (`ko`, `en`) and `aliases`, as in the YAML format.
    var values: [(name: String, value: JSONValue)] {
        let texts = pairs.map { ($0.name, JSONValue.string($0.value)) }
        guard !groups.isEmpty else { return texts }
        let groups = JSONValue.array(
            groups.map { group in
                var fields: [(String, JSONValue)] = [("id", .string(group.id)), ("name", group.name.jsonValue)]
                if !group.aliases.isEmpty { fields.append(("aliases", .array(group.aliases.map(JSONValue.string)))) }
                return .object(fields)
            })
        return texts + [("groups", groups)]
    }
}

extension LocalizedName {
    /// `{"ko": …, "en": …}` with the recorded names.
    var jsonValue: JSONValue {
        .object(Language.allCases.compactMap { language in self[language].map { (language.rawValue, .string($0)) } })
    }
}

extension ExportedGraph {
    /// The edge attributes this graph uses: `role` in the two-mode graph, `via` in projections,
    /// then the memberships' own attributes by name, under their written names.
    var edgeAttributes: [ExportEdgeAttribute] {
        let builtIn = ExportEdgeAttribute.all.filter { attribute in edges.contains { attribute.value($0) != nil } }
        let names = Set(edges.flatMap(\.attributes.keys)).sorted()
        return builtIn
            + names.enumerated().map { position, name in
                ExportEdgeAttribute(name: AttributeName.written(name, reserved: AttributeName.reservedForEdges), key: "u\(position)") {
                    $0.attributes[name]
                }
            }
    }
}
