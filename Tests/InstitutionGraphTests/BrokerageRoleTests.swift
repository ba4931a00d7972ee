import BundledDatasets
import InstitutionGraph
import PropertyBased
import Testing

@Suite("Gould–Fernandez brokerage roles")
struct BrokerageRoleTests {
    /// A star: the hub 0 (group 0) with leaves 1, 2 (group 0), 3, 4 (group 1) and 5 (group 2);
    /// leaves 1 and 2 are tied, so that pair is not brokered.
    let star = CSRGraph(nodeCount: 6, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 2)])
    let groups = [0, 0, 0, 1, 1, 2]

    @Test("each untied pair of a hub's partners gets the role its groups give it")
    func hubRoles() {
        let hub = star.brokerageRoles(groups: groups)[0]
        // Pairs of leaves: {1,2} tied; {1,3},{1,4},{2,3},{2,4}: broker shares its group with one end;
        // {1,5},{2,5}: likewise; {3,4}: both ends in group 1, broker in 0: itinerant; {3,5},{4,5}: liaison.
        #expect(hub.coordinator == 0)
        #expect(hub.representative == 6)
        #expect(hub.gatekeeper == 6)
        #expect(hub.itinerant == 1)
        #expect(hub.liaison == 2)
        #expect(hub.total == 9)
    }

    @Test("three of one group make a coordinator; leaves broker nothing")
    func coordinator() {
        let path = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        let roles = path.brokerageRoles(groups: [4, 4, 4])
        #expect(roles[1] == BrokerageRoleCounts(coordinator: 1))
        #expect(roles[0].total == 0 && roles[2].total == 0)
    }

    @Test(
        "gatekeeper and representative coincide, and the total is the number of untied pairs",
        arguments: 0..<20)
    func invariants(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let n = 12
        let edges = (0..<30).map { _ in (Int.random(in: 0..<n, using: &generator), Int.random(in: 0..<n, using: &generator)) }
        let graph = CSRGraph(nodeCount: n, edges: edges)
        let groups = (0..<n).map { _ in Int.random(in: 0..<3, using: &generator) }
        for (node, roles) in graph.brokerageRoles(groups: groups).enumerated() {
            let partners = graph.neighbors(of: node).map(Int.init)
            var open = 0
            for (position, a) in partners.enumerated() {
                for c in partners[(position + 1)...] where graph.weight(between: a, and: c) == nil { open += 1 }
            }
            #expect(roles.gatekeeper == roles.representative)
            #expect(roles.total == open)
        }
    }

    @Test("on K-AI, KAIST brokers between kinds and single-consortium members broker nothing")
    func kai() throws {
        let data = try BundledDatasets.load().dataset
        let brokerage = try data.brokerage()
        let kaist = try #require(data.institutionIndex("kaist"))
        let nota = try #require(data.institutionIndex("nota"))
        #expect(brokerage.ranking.first == kaist)
        #expect(brokerage.roles[kaist].itinerant > 0 && brokerage.roles[kaist].liaison > 0)
        #expect(brokerage.roles[nota].total == 0)
        #expect(brokerage.partners[kaist] == 36)
    }
}
