@testable import InstitutionGraph
import Testing

@Suite("Identity resolution")
struct IdentityResolutionTests {
    @Test(
        "legal forms, case, width and spacing do not matter",
        arguments: [
            ("(주)업스테이지", "업스테이지"),
            ("㈜업스테이지", "업스테이지"),
            ("업스테이지 주식회사", "업스테이지"),
            ("Upstage Inc.", "upstage"),
            ("UPSTAGE Co., Ltd.", "upstage"),
            ("Ｕｐｓｔａｇｅ", "upstage"),
            ("서울대학교 산학협력단", "서울대학교"),
            ("LG  CNS", "lgcns"),
        ])
    func normalisation(name: String, key: String) {
        #expect(NameNormalizer.key(for: name) == key)
    }

    @Test(
        "members resolve through names, aliases and ids as an announcement writes them",
        arguments: [
            "서울대학교 산학협력단", "서울대", "SNU", "Seoul National University", "snu", "seoul national university",
        ])
    func resolvesSeoulNationalUniversity(reference: String) throws {
        let data = try loadDataset("d.yaml", Self.dataset(members: [reference])).dataset
        #expect(data.consortia[0].members.map { data.institutions[$0.institution].id } == ["snu"])
    }

    @Test("KAIST, 한국과학기술원 and 한국과학기술원(KAIST) are one institution")
    func kaistByEveryName() throws {
        let data = try loadDataset("d.yaml", Self.dataset(members: ["KAIST"], second: ["한국과학기술원(KAIST)", "한국과학기술원"])).dataset
        #expect(data.institutions.count == 2)
        #expect(data.consortiumIDs(of: "kaist") == ["c1", "c2"])
        #expect(data.consortia[1].members.count == 1)
    }

    @Test("an unknown member is an error with did-you-mean and its line and column")
    func unknownMember() {
        let errors = loadErrors("d.yaml", Self.dataset(members: ["서울대학꾜"]))
        #expect(
            errors.map(\.description) == [
                "d.yaml:13:9: error: unknown institution '서울대학꾜'; did you mean '서울대학교'? Otherwise add it under 'institutions' or fix the spelling"
            ])
    }

    @Test("a name two institutions share is an error naming both")
    func ambiguousMember() {
        let yaml = """
            institutions:
              - {id: hanyang, name: {ko: 한양대학교, en: Hanyang University}, aliases: [HYU]}
              - {id: hanyang-erica, name: {ko: 한양대학교 ERICA, en: Hanyang University ERICA}, aliases: [HYU]}
            consortia:
              - {id: c, name: C, members: [HYU]}
            """
        let errors = loadErrors("d.yaml", yaml)
        #expect(errors.count == 1)
        #expect(
            errors.first?.description.contains("'HYU' is ambiguous: it names 'Hanyang University' (hanyang) and 'Hanyang University ERICA' (hanyang-erica)")
                == true)
        #expect(errors.first?.location.line == 5)
    }

    @Test("near-duplicate institutions are warned about; different universities one syllable apart are not")
    func probableDuplicates() throws {
        let yaml = """
            institutions:
              - {id: hanyang, name: 한양대학교}
              - {id: hanyang-typo, name: 한앙대학교}
              - {id: snu, name: 서울대학교}
              - {id: sogang, name: 서강대학교}
              - {id: friendli, name: FriendliAI}
              - {id: friendli2, name: Friendli AI Inc.}
            consortia:
              - {id: c, name: C, members: [hanyang, hanyang-typo, snu, sogang, friendli, friendli2]}
            """
        let warnings = try loadDataset("d.yaml", yaml).warnings.filter { $0.message.contains("nearly the same name") }
        #expect(warnings.count == 2)
        #expect(warnings.map(\.location.line) == [3, 7])
    }

    @Test("a numbered series is not a probable duplicate")
    func numberedSeries() throws {
        let csv = "consortium,institution\nA,org-000002\nA,org-000003\nB,Team 1\nB,Team 12\n"
        let warnings = try loadDataset("m.csv", csv).warnings
        #expect(warnings.isEmpty)
    }

    @Test("suggestions are the closest names within a third of their length")
    func suggestions() {
        #expect(Suggestions.closest(to: "memebers", among: ["members", "id", "name"]) == "members")
        #expect(Suggestions.closest(to: "xyz", among: ["members", "id", "name"]) == nil)
        #expect(Suggestions.phrase(["a", "b", "c"]) == "did you mean 'a', 'b' or 'c'?")
    }

    @Test("edit distance counts insertions, deletions and substitutions")
    func editDistance() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("서울대학교", "서강대학교") == 1)
    }

    /// A dataset of two institutions (SNU, KAIST) and one or two consortia with these members.
    static func dataset(members: [String], second: [String]? = nil) -> String {
        var yaml = """
            institutions:
              - id: snu
                name: {ko: 서울대학교, en: Seoul National University}
                kind: university
                aliases: [서울대, SNU]
              - id: kaist
                name: {ko: 한국과학기술원, en: KAIST}
                kind: university
            consortia:
              - id: c1
                name: First
                members:

            """
        yaml += members.map { "      - \($0)\n" }.joined()
        if let second {
            yaml += "  - id: c2\n    name: Second\n    members:\n" + second.map { "      - \($0)\n" }.joined()
        }
        return yaml
    }
}
