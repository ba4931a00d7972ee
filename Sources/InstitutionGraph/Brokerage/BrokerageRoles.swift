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
    /// - Precondition: one group per node.
    /// - Complexity: O(Σᵥ (*d*ᵥ² + Σ_{a∈N(v)} *d*ₐ)): each pair of a node's contacts, with the
    ///   contacts' ties marked once.
    public func brokerageRoles(groups: [Int]) -> [BrokerageRoleCounts] {
        precondition(groups.count == nodeCount, "brokerage roles need one group per node")
        var result = [BrokerageRoleCounts](repeating: .init(), count: nodeCount)
        // tiedTo[x] == a + 1 when x is a contact of a, for the a being looked at.
        var tiedTo = [Int](repeating: 0, count: nodeCount)
        for broker in 0..<nodeCount {
            let contacts = neighbors(of: broker)
            var counts = BrokerageRoleCounts()
            for (position, a) in contacts.enumerated() {
                let a = Int(a)
                for x in neighbors(of: a) { tiedTo[Int(x)] = a + 1 }
                for c in contacts.dropFirst(position + 1) where tiedTo[Int(c)] != a + 1 {
                    let (ga, gb, gc) = (groups[a], groups[broker], groups[Int(c)])
                    switch (ga == gb, gb == gc, ga == gc) {
                    case (true, true, _): counts.coordinator += 1
                    case (false, false, true): counts.itinerant += 1
                    case (true, false, _), (false, true, _):
                        counts.representative += 1
                        counts.gatekeeper += 1
                    default: counts.liaison += 1
                    }
                }
            }
            result[broker] = counts
        }
        return result
    }
}
