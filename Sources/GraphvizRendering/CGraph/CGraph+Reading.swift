import CGraphviz

extension CGraph {
    /// Reads the first graph in DOT text with `agmemread`; `nil` if Graphviz could not read it.
    ///
    /// Call ``drainReader()`` after a successful read.
    static func read(dot: String) -> CGraph? {
        agmemread(dot).map(CGraph.init(adopting:))
    }

    /// Reads and drops whatever text followed the last graph read; returns whether it held a graph.
    ///
    /// cgraph's lexer keeps the rest of the text after the graph it read (it only flushes after a
    /// syntax error) and reads it before the next text, so the next read would return a stale graph,
    /// or count lines from the wrong start.
    static func drainReader() -> Bool {
        var foundGraph = false
        while let stale = agmemread("") {
            agclose(stale)
            foundGraph = true
        }
        return foundGraph
    }

    /// The graph's name, nodes, edges and subgraphs.
    var parsed: ParsedGraph {
        var nodes: [String] = []
        var edges: [ParsedGraph.Edge] = []
        var node = agfstnode(root)
        while let current = node {
            nodes.append(Self.name(of: current))
            var edge = agfstout(root, current)
            while let out = edge {
                edges.append(
                    ParsedGraph.Edge(
                        tail: Self.name(of: cgraphviz_tail(out)), head: Self.name(of: cgraphviz_head(out))))
                edge = agnxtout(root, out)
            }
            node = agnxtnode(root, current)
        }
        return ParsedGraph(
            name: Self.name(of: root), isDirected: agisdirected(root) != 0, nodes: nodes, edges: edges,
            subgraphs: Self.subgraphNames(of: root))
    }

    private static func subgraphNames(of graph: UnsafeMutablePointer<Agraph_t>) -> [String] {
        var names: [String] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            names.append(name(of: current))
            names += subgraphNames(of: current)
            subgraph = agnxtsubg(current)
        }
        return names
    }

    private static func name(of object: UnsafeMutableRawPointer?) -> String {
        agnameof(object).map { String(cString: $0) } ?? ""
    }
}
