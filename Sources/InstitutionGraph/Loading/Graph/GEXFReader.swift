import OrderedCollections

/// Reads GEXF 1.1 to 1.3 (Gephi's format; NetworkX writes 1.2draft unless asked for 1.3) into a
/// ``GraphDocument``: the declared node and edge attributes with their defaults, each node's
/// `label` and `attvalues`, each edge's `attvalues`, and the graph-level values instgraph keeps in
/// its `<?instgraph …?>` processing instruction (see ``GEXFWriter``).
///
/// Whatever the namespace (`gexf.net/1.3`, `www.gexf.net/1.2draft`), elements are matched by their
/// unprefixed names; `viz:` elements, spells and nested nodes are passed over, and a directed graph
/// is read as undirected.
enum GEXFReader {
    private struct Attribute {
        var title: String
        var defaultValue: GraphValue?
    }

    static func read(_ tree: XMLTree, file: String) throws -> GraphDocument {
        let root = tree.root
        guard root.name == "gexf" else {
            throw DatasetLoadError("not GEXF: the root element is <\(root.name)>, not <gexf>", at: root.location)
        }
        guard let graph = root.child(named: "graph") else {
            throw DatasetLoadError("the GEXF file holds no <graph>", at: root.location)
        }
        var document = GraphDocument(file: file)
        if let creator = root.child(named: "meta")?.child(named: "creator") {
            document.attributes["generator"] = GraphValue(content: .string(creator.text), location: creator.location)
        }
        for instruction in tree.instructions where instruction.target == "instgraph" {
            let value = try GraphValue(content: .string(instruction.data), location: instruction.location)
                .embeddedJSON("the <?instgraph …?> instruction")
            guard let members = value.members else {
                throw DatasetLoadError("the <?instgraph …?> instruction should hold a JSON object", at: instruction.location)
            }
            for (name, value) in members { document.attributes[name] = value }
        }

        var declared: [String: OrderedDictionary<String, Attribute>] = ["node": [:], "edge": [:]]
        for group in graph.children(named: "attributes") {
            guard let domain = group.attributes["class"], declared[domain] != nil else { continue }
            for attribute in group.children(named: "attribute") {
                guard let id = attribute.attributes["id"], let title = attribute.attributes["title"] else {
                    throw DatasetLoadError("an <attribute> needs an 'id' and a 'title'", at: attribute.location)
                }
                let defaultValue = attribute.child(named: "default").map { GraphValue(content: .string($0.text), location: $0.location) }
                declared[domain]?[id] = Attribute(title: title, defaultValue: defaultValue)
            }
        }

        /// The values of `element`'s `attvalues`, then the defaults of the attributes it does not give.
        func attributes(of element: XMLTree.Element, domain: String) throws -> OrderedDictionary<String, GraphValue> {
            let attributes = declared[domain] ?? [:]
            var result: OrderedDictionary<String, GraphValue> = [:]
            for value in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
                // GEXF 1.1 names the attribute with `id`, later versions with `for`.
                guard let id = value.attributes["for"] ?? value.attributes["id"], let text = value.attributes["value"] else {
                    throw DatasetLoadError("an <attvalue> needs 'for' and 'value'", at: value.location)
                }
                guard let attribute = attributes[id] else {
                    throw DatasetLoadError("<attvalue> refers to \(domain) attribute '\(id)', which no <attribute> declares", at: value.location)
                }
                result[attribute.title] = GraphValue(content: .string(text), location: value.location)
            }
            for attribute in attributes.values where result[attribute.title] == nil {
                if let value = attribute.defaultValue { result[attribute.title] = value }
            }
            return result
        }

        for node in graph.child(named: "nodes")?.children(named: "node") ?? [] {
            guard let id = node.attributes["id"] else {
                throw DatasetLoadError("a <node> without an 'id'", at: node.location)
            }
            var values: OrderedDictionary<String, GraphValue> = [:]
            if let label = node.attributes["label"] { values["label"] = GraphValue(content: .string(label), location: node.location) }
            for (name, value) in try attributes(of: node, domain: "node") { values[name] = value }
            document.nodes.append(GraphDocument.Node(id: id, attributes: values, location: node.location, description: "node '\(id)'"))
        }
        for edge in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw DatasetLoadError("an <edge> needs both a 'source' and a 'target'", at: edge.location)
            }
            document.edges.append(
                GraphDocument.Edge(
                    source: source, target: target, attributes: try attributes(of: edge, domain: "edge"),
                    location: edge.location, description: "edge '\(source)'–'\(target)'"))
        }
        return document
    }
}
