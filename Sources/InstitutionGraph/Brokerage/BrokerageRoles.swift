/// Gould and Fernandez's brokerage roles of one node: how often it stands between two contacts
/// that are not tied to each other, by the groups of the three.
///
/// For a broker *b* between *a* and *c* (tied to both, while *a* and *c* are not tied):
///
/// | role | groups |
/// |---|---|
/// | coordinator | *a*, *b* and *c* all in one group |
/// | itinerant (consultant) | *a* and *c* in one group, *b* in another |
/// | representative | *b* in *a*'s group, *c* in another: *b* speaks for its group to outsiders |
/// | gatekeeper | *b* in *c*'s group, *a* in another: *b* lets outsiders into its group |
/// | liaison | all three in different groups |
///
/// Gould and Fernandez defined the roles on directed ties a → b → c. On an undirected graph a
/// two-path a – b – c has no direction, so instgraph counts each unordered pair {*a*, *c*} once;
/// a pair where *b* shares its group with exactly one end is a representative one way and a
/// gatekeeper the other, so ``representative`` and ``gatekeeper`` are always equal and count the
/// same pairs. ``total`` counts every pair once: coordinator + itinerant + gatekeeper + liaison.
public struct BrokerageRoleCounts: Sendable, Equatable, Codable {
    public var coordinator = 0
    public var itinerant = 0
    public var representative = 0
    public var gatekeeper = 0
    public var liaison = 0

    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    /// The number of unordered pairs of untied contacts the node stands between.
    public var total: Int { coordinator + itinerant + gatekeeper + liaison }
}

extension CSRGraph {
    /// The brokerage roles of every node, with `groups[v]` the group of node `v` (for
    /// institutions, a number per kind). See ``BrokerageRoleCounts`` for the roles and the
    /// convention on undirected graphs.
    ///
    /// A node's pairs of contacts are counted by the groups of the two, and the tied pairs (the
    /// triangles at the node) taken off; triangles are found edge by edge on `threads` threads
    /// (see `BrokerageSweep`). The counts do not depend on the number of threads.
    ///
    /// - Precondition: one group per node.
    /// - Complexity: O(*m* + Σ_{{u,v}} min(*d*ᵤ, *d*ᵥ)): for each edge, a pass over the contacts of
    ///   its end of lower degree; at most O(*m*^1.5).
    public func brokerageRoles(groups: [Int], threads: Int = CentralityOptions.defaultThreadCount) -> [BrokerageRoleCounts] {
        precondition(groups.count == nodeCount, "brokerage roles need one group per node")
        return BrokerageSweep.measures(of: self, holes: false, weighted: false, groups: groups, threads: threads).roles!
    }
}
