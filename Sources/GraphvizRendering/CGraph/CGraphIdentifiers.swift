import CGraphviz

/// One graph's ids, for cgraph's id discipline: 1, 2, 3… in the order objects are made, and the
/// names behind them.
///
/// cgraph's default discipline uses the *address* of an object's interned name as its id, and keeps
/// subgraphs ordered by id, so clusters would be drawn and written in an order that changes from run
/// to run. (Declining names so that cgraph keeps them in its internal map instead leaks that map's
/// entries in Graphviz 2.42.)
final class CGraphIdentifiers {
    /// The graph whose string pool holds the names.
    private let graph: UnsafeMutablePointer<Agraph_t>
    private var lastID: IDTYPE = 0
    /// The id of each name, per object kind (graph, node, edge).
    private var idsByName: [Int32: [String: IDTYPE]] = [:]
    /// The name of each named id, interned in the graph's string pool: cgraph reads its names as
    /// pooled strings (`agwrite` asks `aghtmlstr` about them), so plain C strings would not do.
    private var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]

    init(graph: UnsafeMutablePointer<Agraph_t>) {
        self.graph = graph
    }

    /// Returns the names to the pool; runs from the id `close` method, before cgraph closes the pool.
    deinit {
        for name in names.values {
            agstrfree(graph, name)
        }
    }

    /// The id of `name` for objects of `kind` (a new one for a nameless object); `nil` if the name is
    /// unknown and `create` is false.
    func id(kind: Int32, name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE? {
        let kind = kind == AGINEDGE ? AGOUTEDGE : kind
        guard let name else {
            return create ? newID() : nil
        }
        let key = String(cString: name)
        if let id = idsByName[kind]?[key] { return id }
        guard create else { return nil }
        let id = newID()
        idsByName[kind, default: [:]][key] = id
        names[id] = agstrdup(graph, name)
        return id
    }

    /// The name behind `id`, or `nil` for a nameless object.
    func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? { names[id] }

    private func newID() -> IDTYPE {
        lastID += 1
        return lastID
    }
}
