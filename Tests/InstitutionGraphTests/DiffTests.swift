import InstitutionGraph
import Testing

@Suite("Comparing two versions of a dataset")
struct DiffTests {
    static let round1 = """
        title: Round 1
        institutions:
          - {id: kaist, name: {ko: 한국과학기술원, en: KAIST}, kind: university, aliases: [카이스트]}
          - {id: snu, name: {ko: 서울대학교, en: Seoul National University}, kind: university}
          - {id: acme, name: {en: Acme AI}, kind: company}
          - {id: beta, name: {en: Beta Labs}, kind: company}
          - {id: gamma, name: {en: Gamma}, kind: company}
        consortia:
          - {id: a, name: {en: Team A}, lead: Acme AI, members: [KAIST, SNU]}
          - {id: b, name: {en: Team B}, lead: Beta Labs, members: [KAIST, Gamma]}
          - {id: c, name: {en: Team C}, lead: Gamma, members: [SNU]}
        """

    static let round2 = """
        title: Round 2
        institutions:
          - {id: kaist-2, name: {ko: 카이스트, en: Korea Advanced Institute of Science and Technology}, kind: university}
          - {id: snu, name: {ko: 서울대학교, en: Seoul National University}, kind: university}
          - {id: acme, name: {en: Acme AI}, kind: company}
          - {id: beta, name: {en: Beta Labs}, kind: company}
          - {id: delta, name: {en: Delta}, kind: company}
        consortia:
          - {id: a, name: {en: Team A}, lead: Acme AI, members: [카이스트, Delta]}
          - {id: b, name: {en: Team B}, lead: KAIST-2, members: [Beta Labs, SNU]}
          - {id: d, name: {en: Team D}, lead: Delta, members: [SNU]}
        """

    let diff = DatasetDiff(
        old: try! loadDataset("round1.yaml", DiffTests.round1).dataset,
        new: try! loadDataset("round2.yaml", DiffTests.round2).dataset)

    @Test("a renamed institution with a new id is matched through its alias, not removed and added")
    func renamed() {
        #expect(diff.renamed.count == 1)
        let match = diff.renamed[0]
        #expect(diff.old.institutions[match.old].id == "kaist")
        #expect(diff.new.institutions[match.new].id == "kaist-2")
        #expect(match.basis == .name)
        #expect(diff.institutionsAdded.map { diff.new.institutions[$0].id } == ["delta"])
        #expect(diff.institutionsRemoved.map { diff.old.institutions[$0].id } == ["gamma"])
    }

    @Test("consortia added and removed, and the members who joined and left each one")
    func membership() throws {
        #expect(diff.consortiaAdded.map { diff.new.consortia[$0].id } == ["d"])
        #expect(diff.consortiaRemoved.map { diff.old.consortia[$0].id } == ["c"])
        let a = try #require(diff.membershipChanges.first { diff.new.consortia[$0.consortium.new].id == "a" })
        #expect(a.joined.map { diff.new.institutions[$0].id } == ["delta"])
        #expect(a.left.map { diff.old.institutions[$0].id } == ["snu"])
        #expect(!a.leadChanged)
        let b = try #require(diff.membershipChanges.first { diff.new.consortia[$0.consortium.new].id == "b" })
        #expect(b.leadChanged)
        #expect(b.leadBefore.map { diff.old.institutions[$0].id } == "beta")
        #expect(b.leadAfter.map { diff.new.institutions[$0].id } == "kaist-2")
        #expect(b.joined.map { diff.new.institutions[$0].id } == ["snu"])
        #expect(b.left.map { diff.old.institutions[$0].id } == ["gamma"])
    }

    @Test("counts and shared institutions before and after")
    func counts() {
        #expect(diff.countsBefore.memberships == 8 && diff.countsAfter.memberships == 8)
        #expect(diff.countsBefore.sharedInstitutions == 3)
        #expect(diff.countsAfter.sharedInstitutions == 3)
        let gamma = diff.sharedChanges.first { $0.new == nil }
        #expect(gamma.map { diff.old.institutions[$0.old!].id } == "gamma")
        #expect(diff.sharedChanges.contains { $0.old == nil && diff.new.institutions[$0.new!].id == "delta" && $0.after == 2 })
    }

    @Test("a dataset compared with itself has no changes")
    func identical() {
        let same = DatasetDiff(old: diff.old, new: diff.old)
        #expect(!same.hasChanges)
        #expect(same.institutions.allSatisfy { $0.basis == .id && $0.old == $0.new })
        #expect(same.sharedChanges.isEmpty && same.membershipChanges.isEmpty)
    }

    @Test("top centralities list each institution once, with ranks on both sides")
    func standings() throws {
        let standings = try diff.topCentralityChanges(.degree, limit: 2)
        #expect(!standings.isEmpty)
        let keys = standings.map { "\($0.old.map(String.init) ?? "-")/\($0.new.map(String.init) ?? "-")" }
        #expect(Set(keys).count == keys.count)
        #expect(standings.allSatisfy { ($0.rankBefore ?? 0) <= 2 || ($0.rankAfter ?? 0) <= 2 })
    }

    @Test("a name two unmatched institutions share matches neither")
    func ambiguousNames() throws {
        let old = try loadDataset(
            "o.yaml",
            """
            institutions: [{id: x1, name: {en: Twin}, aliases: [T]}, {id: x2, name: {en: Other}, aliases: [T]}]
            consortia: [{id: c, name: C, members: [x1, x2]}]
            """
        ).dataset
        let new = try loadDataset(
            "n.yaml",
            """
            institutions: [{id: y, name: {en: T}}]
            consortia: [{id: c, name: C, members: [y]}]
            """
        ).dataset
        let diff = DatasetDiff(old: old, new: new)
        #expect(diff.institutions.isEmpty)
        #expect(diff.institutionsAdded == [0] && diff.institutionsRemoved == [0, 1])
    }
}
