import CGraphviz

extension CGraph {
    /// Builds the graph that `description` describes.
    ///
    /// Every attribute is declared with `agattr` before any object is made: defaults with their
    /// values, other names with an empty default (which Graphviz reads as "unset"), in the order they
    /// first appear, so the DOT written later is always the same.
    static func build(_ description: GraphDescription) throws(GraphvizError) -> CGraph {
        let graph = CGraph(name: description.name, isDirected: description.isDirected)
        graph.declare(AGRAPH, description.attributes, withValuesAsDefaults: true)
        graph.declare(AGNODE, description.nodeDefaults, withValuesAsDefaults: true)
        graph.declare(AGEDGE, description.edgeDefaults, withValuesAsDefaults: true)
        for node in description.nodes {
            graph.declare(AGNODE, node.attributes, withValuesAsDefaults: false)
        }
        for edge in description.edges {
            graph.declare(AGEDGE, edge.attributes, withValuesAsDefaults: false)
        }
        for subgraph in description.subgraphs {
            graph.declare(subgraph)
        }

        for node in description.nodes {
            if let made = node.id.withMutableCString({ agnode(graph.root, $0, 1) }) {
                graph.set(node.attributes, on: made)
            }
        }
        for edge in description.edges {
            try graph.add(edge)
        }
        for subgraph in description.subgraphs {
            try graph.add(subgraph, to: graph.root)
        }
        return graph
    }

    /// Declares each attribute of `kind` that is not declared yet, with its value or an empty default.
    private func declare(_ kind: Int32, _ attributes: Attributes, withValuesAsDefaults: Bool) {
        for attribute in attributes {
            attribute.name.withMutableCString { name in
                if withValuesAsDefaults {
                    withValue(of: attribute) { _ = agattr(root, kind, name, $0) }
                } else if agattr(root, kind, name, nil) == nil {
                    _ = "".withMutableCString { agattr(root, kind, name, $0) }
                }
            }
        }
    }

    /// Calls `body` with `attribute`'s value as cgraph should get it: a C string, or for an
    /// HTML-like label a string interned with `agstrdup_html`, which cgraph's own interning then
    /// finds and keeps marked as HTML (and `agwrite` writes as `<…>`). The reference taken here is
    /// released after `body`; the attribute holds its own.
    private func withValue(of attribute: Attributes.Element, _ body: (UnsafeMutablePointer<CChar>) -> Void) {
        attribute.value.withMutableCString { value in
            guard attribute.isHTML, let interned = agstrdup_html(root, value) else { return body(value) }
            body(interned)
            agstrfree(root, interned)
        }
    }

    private func declare(_ subgraph: GraphDescription.Subgraph) {
        declare(AGRAPH, subgraph.attributes, withValuesAsDefaults: false)
        for nested in subgraph.subgraphs {
            declare(nested)
        }
    }

    private func set(_ attributes: Attributes, on object: UnsafeMutableRawPointer) {
        for attribute in attributes {
            attribute.name.withMutableCString { name in
                withValue(of: attribute) { _ = agset(object, name, $0) }
            }
        }
    }

    private func node(_ id: String, referrer: @autoclosure () -> String) throws(GraphvizError)
        -> UnsafeMutablePointer<Agnode_t>
    {
        guard let node = id.withMutableCString({ agnode(root, $0, 0) }) else {
            throw .unknownNode(id, referrer: referrer())
        }
        return node
    }

    private func add(_ edge: GraphDescription.Edge) throws(GraphvizError) {
        let referrer = "the edge from '\(edge.tail)' to '\(edge.head)'"
        let tail = try node(edge.tail, referrer: referrer)
        let head = try node(edge.head, referrer: referrer)
        let made =
            if let key = edge.key {
                key.withMutableCString { agedge(root, tail, head, $0, 1) }
            } else {
                agedge(root, tail, head, nil, 1)
            }
        if let made {
            set(edge.attributes, on: made)
        }
    }

    private func add(
        _ subgraph: GraphDescription.Subgraph, to parent: UnsafeMutablePointer<Agraph_t>
    ) throws(GraphvizError) {
        guard let made = subgraph.name.withMutableCString({ agsubg(parent, $0, 1) }) else { return }
        set(subgraph.attributes, on: made)
        for id in subgraph.nodes {
            agsubnode(made, try node(id, referrer: "subgraph '\(subgraph.name)'"), 1)
        }
        for nested in subgraph.subgraphs {
            try add(nested, to: made)
        }
    }
}
