/// A plain membership table read only as far as its two-mode graph: the graph and who its nodes
/// are, without the ``Dataset`` the other questions need, for the commands that count and rank.
///
/// A plain table names each consortium and institution by its id, so an id is also its name in
/// either language. The nodes are numbered as ``BipartiteGraph/init(_:)`` numbers the dataset the
/// same table loads into, and the graph is the same.
public struct MembershipGraph: Sendable {
    /// The dataset's title: the one the column mapping gives, or the file's name.
    public let title: LocalizedName
    /// The two-mode graph: consortia first, then institutions.
    public let bipartite: BipartiteGraph
    /// Each consortium's id, in node order.
    public let consortiumIDs: [String]
    /// Each institution's id, in the order of its nodes.
    public let institutionIDs: [String]
    /// Each institution's kind, when its rows give one.
    public let institutionKinds: [InstitutionKind?]
    /// Each consortium's lead institution, or -1.
    private let leads: [Int32]

    init(
        title: LocalizedName, bipartite: BipartiteGraph, consortiumIDs: [String], institutionIDs: [String], institutionKinds: [InstitutionKind?],
        leads: [Int32]
    ) {
        (self.title, self.bipartite, self.consortiumIDs, self.institutionIDs) = (title, bipartite, consortiumIDs, institutionIDs)
        (self.institutionKinds, self.leads) = (institutionKinds, leads)
    }

    /// The institution that leads consortium `index`, if its rows name one.
    public func lead(ofConsortium index: Int) -> Int? {
        leads[index] < 0 ? nil : Int(leads[index])
    }

    /// The institutions of consortium `index`, in the order of their indices.
    public func members(ofConsortium index: Int) -> some Collection<Int> {
        bipartite.graph.neighbors(of: bipartite.node(consortium: index)).lazy.map { [consortiumCount = bipartite.consortiumCount] in
            Int($0) - consortiumCount
        }
    }

    /// The consortia of institution `index`, in consortium order.
    public func consortia(ofInstitution index: Int) -> some Collection<Int> {
        bipartite.graph.neighbors(of: bipartite.node(institution: index)).lazy.map { Int($0) }
    }
}
