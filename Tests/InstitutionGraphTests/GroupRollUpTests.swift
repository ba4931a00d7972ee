import BundledDatasets
import InstitutionGraph
import Testing

@Suite("Rolling institutions up to their groups")
struct GroupRollUpTests {
    let data = try! BundledDatasets.load().dataset

    @Test("K-AI: NAVER Cloud joins NAVER, LG's three join the LG group, NC AI becomes NCSOFT")
    func kai() throws {
        let rolled = data.rolledUpToGroups()
        let grouped = rolled.dataset
        #expect(grouped.institutions.count == 44)
        #expect(grouped.membershipCount == 50)
        #expect(rolled.mergedCount == 3)
        let lg = try #require(grouped.institutions.firstIndex { $0.id == "lg-group" })
        #expect(Set(rolled.constituents[lg].map { data.institutions[$0].id }) == ["lg-ai-research", "lg-uplus", "lg-cns"])
        #expect(grouped.institutions[lg].name.korean == "LG그룹")
        #expect(grouped.institutions[lg].kind == .company)
        let lgTeam = try #require(grouped.consortia.first { $0.id == "lg-ai-research-team" })
        #expect(lgTeam.lead == lg)
        let naver = try #require(grouped.institutions.firstIndex { $0.id == "naver" })
        let naverTeam = try #require(grouped.consortia.first { $0.id == "naver-cloud-team" })
        #expect(naverTeam.lead == naver)
        #expect(naverTeam.members.count == 7)
        #expect(grouped.institutions.contains { $0.id == "ncsoft" && $0.name.english == "NCSOFT" })
        #expect(!grouped.institutions.contains { $0.id == "nc-ai" || $0.id == "naver-cloud" })
        #expect(grouped.institutions.allSatisfy { $0.parent == nil })
    }

    @Test("a rolled-up institution is still found by the names of what it stands for")
    func namesStayFindable() throws {
        let grouped = data.rolledUpToGroups().dataset
        #expect(grouped.institutions[try grouped.institutionIndex(named: "LG Uplus")].id == "lg-group")
        #expect(grouped.institutions[try grouped.institutionIndex(named: "네이버클라우드")].id == "naver")
    }

    @Test("shared institutions and overlaps survive the roll-up on K-AI")
    func analysesStillWork() {
        let grouped = data.rolledUpToGroups().dataset
        #expect(grouped.sharedInstitutions().map { grouped.institutions[$0.institution].id } == ["kaist", "snu", "korea-university"])
        #expect(
            grouped.overlappingPairs()
                == data.overlappingPairs().map { pair in
                    var pair = pair
                    pair.shared = pair.shared.map { data.rolledUpToGroups().representative[$0] }
                    if pair.first == 0 { pair.firstSize -= 1 }
                    if pair.second == 4 { pair.secondSize -= 2 }
                    return pair
                })
    }

    @Test("two members of one group in two consortia make the group shared; chains and cycles of parents end")
    func sharedThroughGroup() throws {
        let loaded = try loadDataset(
            "g.yaml",
            """
            groups: [{id: big, name: {en: Big Group}}]
            institutions:
              - {id: a1, name: {en: A One}, parent: a2}
              - {id: a2, name: {en: A Two}, parent: big}
              - {id: b1, name: {en: B One}, parent: big, kind: university}
              - {id: x, name: {en: X}, parent: y}
              - {id: y, name: {en: Y}, parent: x}
              - {id: solo, name: {en: Solo}}
            consortia:
              - {id: c1, name: C1, lead: a1, members: [solo, x]}
              - {id: c2, name: C2, lead: solo, members: [b1, y]}
            """)
        let rolled = loaded.dataset.rolledUpToGroups()
        let grouped = rolled.dataset
        #expect(grouped.institutions.map(\.id) == ["big", "x", "solo"])
        #expect(grouped.sharedInstitutions().map { grouped.institutions[$0.institution].id }.sorted() == ["big", "solo", "x"])
        #expect(grouped.consortia[0].lead == 0)
        #expect(grouped.institutions[0].kind == .university)
    }
}
