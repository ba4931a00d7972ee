/// A plain membership table read only as far as its two-mode graph: the graph and who its nodes
/// are, without the ``Dataset`` the other questions need, for the commands that only rank nodes.
///
/// A plain table names each consortium and institution by its id, so an id is also its name in
/// either language. The nodes are numbered as ``BipartiteGraph/init(_:)`` numbers the dataset the
/// same table loads into, and the graph is the same.
public struct MembershipGraph: Sendable {
    /// The two-mode graph: consortia first, then institutions.
    public let bipartite: BipartiteGraph
    /// Each consortium's id, in node order.
    public let consortiumIDs: [String]
    /// Each institution's id, in the order of its nodes.
    public let institutionIDs: [String]
    /// Each institution's kind, when its rows give one.
    public let institutionKinds: [InstitutionKind?]
}
