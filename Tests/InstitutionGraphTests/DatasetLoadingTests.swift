@testable import InstitutionGraph
import Testing

@Suite("Loading YAML, JSON and CSV")
struct DatasetLoadingTests {
    static let yaml = """
        title: {ko: 시험, en: Test}
        source: {title: An article, publisher: A paper, date: 2025-08-04}
        as_of: 2025-08-04
        groups:
          - {id: lg-group, name: {ko: LG그룹, en: LG Group}}
        institutions:
          - {id: lg-ai, name: {ko: LG AI연구원, en: LG AI Research}, kind: research-institute, parent: LG Group}
          - {id: kaist, name: {ko: 한국과학기술원, en: KAIST}, kind: university}
          - {id: nota, name: {ko: 노타, en: Nota}, kind: company}
        consortia:
          - id: lg
            name: LG AI Research consortium
            lead: LG AI연구원
            members: [KAIST, {institution: 노타, role: member}]
            attributes:
              model: K-EXAONE
              support: [GPU, data]
        """

    @Test("YAML: names, kinds, parents, leads, attributes")
    func yamlDataset() throws {
        let loaded = try loadDataset("d.yaml", Self.yaml)
        let data = loaded.dataset
        #expect(data.title == LocalizedName(korean: "시험", english: "Test"))
        #expect(data.source?.citation(in: .english) == "An article. A paper. 2025-08-04")
        #expect(data.asOf == "2025-08-04")
        #expect(data.institutions.map(\.id) == ["lg-ai", "kaist", "nota"])
        #expect(data.institutions[0].parent == "lg-group")
        #expect(data.consortia[0].lead == 0)
        #expect(data.consortia[0].members.map(\.role) == [.lead, .member, .member])
        #expect(data.consortia[0].attributes["support"] == "GPU; data")
        #expect(loaded.warnings.isEmpty)
    }

    @Test("JSON with the same schema gives the same dataset")
    func jsonDataset() throws {
        let json = """
            {"title": {"ko": "시험", "en": "Test"},
             "institutions": [
               {"id": "lg-ai", "name": {"ko": "LG AI연구원", "en": "LG AI Research"}, "kind": "research-institute"},
               {"id": "kaist", "name": {"ko": "한국과학기술원", "en": "KAIST"}, "kind": "university"},
               {"id": "nota", "name": {"ko": "노타", "en": "Nota"}, "kind": "company"}],
             "consortia": [
               {"id": "lg", "name": "LG AI Research consortium", "lead": "LG AI연구원",
                "members": ["KAIST", {"institution": "노타", "role": "member"}]}]}
            """
        let fromJSON = try loadDataset("d.json", json).dataset
        let fromYAML = try loadDataset("d.yaml", Self.yaml).dataset
        #expect(fromJSON.consortia.map(\.members) == fromYAML.consortia.map(\.members))
        #expect(fromJSON.institutions.map(\.name) == fromYAML.institutions.map(\.name))
    }

    @Test("CSV: quoting, CRLF, a byte-order mark, roles, kinds and extra columns")
    func csvMemberships() throws {
        let csv =
            "\u{FEFF}Consortium , Institution,Role,kind,budget\r\n"
            + "Team A,KAIST,lead,university,10\r\n"
            + "Team A,\"Foo, Inc.\",member,company,\r\n"
            + "Team A,\"The \"\"Quoted\"\" Lab\",,research-institute,\r\n"
            + "\r\n"
            + "팀 B,KAIST,member,university,5\r\n"
            + "팀 B,\"Multi\nline\",주관기관,company,5"
        let data = try loadDataset("m.csv", csv).dataset
        #expect(data.consortia.map(\.id) == ["Team A", "팀 B"])
        #expect(data.consortia[1].name.korean == "팀 B")
        #expect(data.institutions.map(\.id) == ["KAIST", "Foo, Inc.", "The \"Quoted\" Lab", "Multi\nline"])
        #expect(data.institutions.map { $0.kind?.rawValue } == ["university", "company", "research-institute", "company"])
        #expect(data.consortia[0].lead == 0)
        #expect(data.consortia[1].lead == 3)
        #expect(data.consortia[0].members[0].attributes == ["budget": "10"])
        #expect(data.title.english == "m")
    }

    @Test("CSV names resolve through a registry's names and aliases")
    func csvWithRegistry() throws {
        let registry = """
            institutions:
              - {id: snu, name: {ko: 서울대학교, en: Seoul National University}, aliases: [SNU]}
              - {id: kaist, name: {ko: 한국과학기술원, en: KAIST}}
            """
        let csv = "consortium,institution\nA,서울대학교 산학협력단\nA,KAIST\nB,SNU\nB,한국과학기술원\n"
        let data = try loadDataset("m.csv", csv, registry: registry).dataset
        #expect(data.institutions.map(\.id) == ["snu", "kaist"])
        #expect(data.consortiumIDs(of: "snu") == ["A", "B"])
        #expect(data.institutions[0].name.english == "Seoul National University")
    }

    @Test("a CSV name the registry does not know is an error with did-you-mean")
    func csvRegistryUnknownName() throws {
        let registry = "institutions:\n  - {id: kaist, name: {ko: 한국과학기술원, en: KAIST}}\n"
        #expect {
            try loadDataset("m.csv", "consortium,institution\nA,KAIS\n", registry: registry)
        } throws: { error in
            (error as? DatasetLoadError)?.description
                == "m.csv:2:3: error: unknown institution 'KAIS'; did you mean 'KAIST'? Otherwise add it under 'institutions' or fix the spelling"
        }
    }

    @Test("a member listed twice is counted once, with a warning")
    func duplicateMember() throws {
        let yaml = """
            institutions: [{id: a, name: A}, {id: b, name: B}]
            consortia: [{id: c, name: C, lead: A, members: [B, B]}]
            """
        let loaded = try loadDataset("d.yaml", yaml)
        #expect(loaded.dataset.membershipCount == 2)
        #expect(loaded.warnings.map(\.message) == ["'B' is listed more than once in consortium 'c'; counted once"])
    }

    @Test("a lead also listed among the members is counted once, as the lead, with a warning")
    func leadAmongMembers() throws {
        let yaml = """
            institutions: [{id: a, name: A}, {id: b, name: B}]
            consortia: [{id: c, name: C, lead: A, members: [A, B]}]
            """
        let loaded = try loadDataset("d.yaml", yaml)
        #expect(loaded.dataset.membershipCount == 2 && loaded.dataset.consortia[0].lead == 0)
        #expect(loaded.warnings.map(\.message) == ["'A' leads consortium 'c' and is listed among its members too; counted once, as the lead"])
    }

    @Test("a cycle of parents is named once, from its first institution; a chain into it is not a cycle")
    func parentCycle() throws {
        let yaml = """
            institutions:
              - {id: a, name: A, parent: b}
              - {id: b, name: B, parent: c}
              - {id: c, name: C, parent: a}
              - {id: d, name: D, parent: a}
            consortia: [{id: k, name: K, lead: a, members: [b, c, d]}]
            """
        let loaded = try loadDataset("p.yaml", yaml)
        #expect(
            loaded.warnings.map(\.message) == [
                "parents form a cycle: 'a' → 'b' → 'c' → 'a'; --by-group rolls them into one institution; give the cycle a top (a group, or one of them without a parent)"
            ])
        #expect(loaded.warnings.first?.location.line == 2)
    }

    @Test("quality warnings: unused institutions, a missing language, an unstyled kind")
    func qualityWarnings() throws {
        let yaml = """
            institutions:
              - {id: a, name: {ko: 가, en: A}, kind: university}
              - {id: b, name: {ko: 나}, kind: univrsity}
              - {id: c, name: {ko: 다, en: C}}
            consortia: [{id: x, name: X, members: [a, b]}]
            """
        let messages = try loadDataset("d.yaml", yaml).warnings.map(\.message)
        #expect(messages.contains("institution 'c' is in no consortium"))
        #expect(messages.contains("institution 'b' has no English name; labels in English will show '나'"))
        #expect(messages.contains { $0.hasPrefix("kind 'univrsity' of 'b' is not one of") && $0.contains("did you mean 'university'?") })
    }
}
