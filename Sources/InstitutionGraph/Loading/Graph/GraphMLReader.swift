import OrderedCollections

/// Reads GraphML (graphml.graphdrawing.org) into a ``GraphDocument``: each `key`'s `attr.name`
/// and `default`, the graph's `data`, and its nodes and edges with theirs.
///
/// Keys without `attr.name` (yEd's graphics) are passed over, and so are nested graphs, ports and
/// hyperedges, which a two-mode graph does not use. `edgedefault` is ignored: a directed graph is
/// read as undirected.
enum GraphMLReader {
    private struct Key {
        var name: String
        /// `node`, `edge`, `graph` or `all`.
        var domain: String
        var defaultValue: GraphValue?

        func applies(to domain: String) -> Bool { self.domain == domain || self.domain == "all" }
    }

    static func read(_ tree: XMLTree, file: String) throws -> GraphDocument {
        let root = tree.root
        guard root.name == "graphml" else {
            throw DatasetLoadError("not GraphML: the root element is <\(root.name)>, not <graphml>", at: root.location)
        }
        var keys: OrderedDictionary<String, Key> = [:]
        var unnamedKeys: Set<String> = []
        for key in root.children(named: "key") {
            guard let id = key.attributes["id"] else {
                throw DatasetLoadError("a <key> without an 'id'; every key needs one for <data> to refer to", at: key.location)
            }
            guard let name = key.attributes["attr.name"] else {
                unnamedKeys.insert(id)
                continue
            }
            let defaultValue = key.child(named: "default").map { GraphValue(content: .string($0.text), location: $0.location) }
            keys[id] = Key(name: name, domain: key.attributes["for"] ?? "all", defaultValue: defaultValue)
        }
        guard let graph = root.child(named: "graph") else {
            throw DatasetLoadError("the GraphML file holds no <graph>", at: root.location)
        }

        /// The attributes `element`'s `data` children give, then the defaults of the keys it does not use.
        func attributes(of element: XMLTree.Element, domain: String) throws -> OrderedDictionary<String, GraphValue> {
            var result: OrderedDictionary<String, GraphValue> = [:]
            for data in element.children(named: "data") {
                guard let id = data.attributes["key"] else {
                    throw DatasetLoadError("a <data> without a 'key'", at: data.location)
                }
                guard let key = keys[id] else {
                    if unnamedKeys.contains(id) { continue }
                    throw DatasetLoadError("<data> refers to key '\(id)', which no <key> declares; declare it before <graph>", at: data.location)
                }
                result[key.name] = GraphValue(content: .string(data.text), location: data.location)
            }
            for key in keys.values where key.applies(to: domain) && result[key.name] == nil {
                if let value = key.defaultValue { result[key.name] = value }
            }
            return result
        }

        var document = GraphDocument(file: file)
        document.attributes = try attributes(of: graph, domain: "graph")
        for element in graph.children {
            switch element.name {
            case "node":
                guard let id = element.attributes["id"] else {
                    throw DatasetLoadError("a <node> without an 'id'", at: element.location)
                }
                document.nodes.append(
                    GraphDocument.Node(
                        id: id, attributes: try attributes(of: element, domain: "node"), location: element.location,
                        description: "node '\(id)'"))
            case "edge":
                guard let source = element.attributes["source"], let target = element.attributes["target"] else {
                    throw DatasetLoadError("an <edge> needs both a 'source' and a 'target'", at: element.location)
                }
                document.edges.append(
                    GraphDocument.Edge(
                        source: source, target: target, attributes: try attributes(of: element, domain: "edge"),
                        location: element.location, description: "edge '\(source)'–'\(target)'"))
            default:
                continue
            }
        }
        return document
    }
}
