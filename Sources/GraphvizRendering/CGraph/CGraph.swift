import CGraphviz

/// A cgraph graph owned by Swift: closed with `agclose` when the value goes away.
///
/// Like everything that touches Graphviz, it must be used only on ``GraphvizRenderer``'s executor.
struct CGraph: ~Copyable {
    /// The root graph.
    let root: UnsafeMutablePointer<Agraph_t>
    /// The methods the graph calls back, if it was opened with ours.
    private let disciplines: CGraphDisciplines?

    /// Opens an empty graph that numbers its objects in creation order and that ``dot()`` can write.
    init(name: String, isDirected: Bool) {
        let disciplines = CGraphDisciplines()
        var discipline = disciplines.discipline
        let descriptor = isDirected ? cgraphviz_directed() : cgraphviz_undirected()
        root = name.withMutableCString { agopen($0, descriptor, &discipline) }
        self.disciplines = consume disciplines
    }

    /// Takes ownership of a graph that cgraph opened with its default methods, such as one from
    /// `agmemread`.
    init(adopting root: UnsafeMutablePointer<Agraph_t>) {
        self.root = root
        disciplines = nil
    }

    deinit {
        agclose(root)
    }

    /// Whether an edge joins two different nodes (so that some connected part has more than one).
    var hasEdgeBetweenTwoNodes: Bool {
        var node = agfstnode(root)
        while let current = node {
            var edge = agfstout(root, current)
            while let out = edge {
                if cgraphviz_head(out) != current { return true }
                edge = agnxtout(root, out)
            }
            node = agnxtnode(root, current)
        }
        return false
    }

    /// The graph as canonical DOT text, written by `agwrite`; `nil` if writing failed.
    func dot() -> String? {
        var buffer: [UInt8] = []
        let status = withUnsafeMutablePointer(to: &buffer) { agwrite(root, $0) }
        return status == 0 ? String(decoding: buffer, as: UTF8.self) : nil
    }
}

extension String {
    /// Calls `body` with the string as the `char *` that Graphviz's functions take (but do not change).
    func withMutableCString<Result>(
        _ body: (UnsafeMutablePointer<CChar>) throws -> Result
    ) rethrows -> Result {
        try withCString { try body(UnsafeMutablePointer(mutating: $0)) }
    }
}
