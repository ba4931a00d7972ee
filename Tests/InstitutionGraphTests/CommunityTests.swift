import BundledDatasets
import InstitutionGraph
import Testing

@Suite("Louvain communities, modularity and NMI")
struct CommunityTests {
    let data = try! BundledDatasets.load().dataset

    @Test("the same seed gives the same communities; communities are numbered largest first")
    func reproducible() {
        let graph = BipartiteGraph(data).projection(onto: .institution)
        let first = graph.louvainCommunities(LouvainOptions(seed: 7, trials: 1))
        let second = graph.louvainCommunities(LouvainOptions(seed: 7, trials: 1))
        #expect(first == second)
        #expect(first.communities.map(\.count) == first.communities.map(\.count).sorted(by: >))
        for (number, members) in first.communities.enumerated() {
            #expect(members.allSatisfy { first.labels[$0] == number })
        }
    }

    @Test("on K-AI, the four connected teams and LG's form four communities at resolution 1")
    func kaiCommunities() throws {
        let found = try data.institutionCommunities()
        #expect(found.communities.count == 4)
        #expect(abs(found.partition.modularity - 0.5806104252400548) < 1e-9)
        let lg = try #require(data.consortia.firstIndex { $0.id == "lg-ai-research-team" })
        let lgCommunity = try #require(found.communities.first { $0.mainConsortium == lg })
        #expect(lgCommunity.members.count == 10 && lgCommunity.inMainConsortium == 10)
        #expect(found.consortiumAgreement > 0.7 && found.consortiumAgreement < 1)
    }

    @Test("a graph without edges leaves every node alone, with modularity 0")
    func edgeless() {
        let graph = CSRGraph(nodeCount: 4, edges: [])
        let partition = graph.louvainCommunities()
        #expect(partition.communities.count == 4)
        #expect(partition.modularity == 0)
        #expect(graph.modularity(of: [0, 0, 1, 1]) == 0)
    }

    @Test("two triangles joined by one edge split into the two triangles")
    func twoTriangles() {
        let graph = CSRGraph(nodeCount: 6, edges: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
        let partition = graph.louvainCommunities()
        #expect(partition.communities == [[0, 1, 2], [3, 4, 5]])
        #expect(abs(partition.modularity - 2 * (3.0 / 7 - 0.5 * 0.5)) < 1e-12)
    }

    @Test("NMI is 1 for the same partition under other labels, 0 against a single label")
    func nmiEdgeCases() {
        #expect(abs(NormalizedMutualInformation.between([0, 0, 1, 1, 2], ["a", "a", "b", "b", "c"]) - 1) < 1e-12)
        #expect(NormalizedMutualInformation.between([0, 0, 1, 1], [5, 5, 5, 5]) == 0)
        #expect(NormalizedMutualInformation.between([1, 1], [2, 2]) == 1)
    }

    @Test("agreement over memberships counts a shared institution once per consortium")
    func agreementOverMemberships() {
        let people = (0..<3).map { Institution(id: "i\($0)", name: LocalizedName(english: "I\($0)")) }
        let teams = [
            Consortium(id: "a", name: LocalizedName(english: "A"), members: [Membership(institution: 0), Membership(institution: 1)]),
            Consortium(id: "b", name: LocalizedName(english: "B"), members: [Membership(institution: 1), Membership(institution: 2)]),
        ]
        let dataset = Dataset(title: LocalizedName(english: "t"), institutions: people, consortia: teams)
        // Items: (a,0) (a,1) (b,1) (b,2) with communities 0 0 0 1.
        let expected = NormalizedMutualInformation.between([0, 0, 1, 1], [0, 0, 0, 1])
        #expect(dataset.consortiumAgreement(communityOf: [0, 0, 1]) == expected)
    }
}
