import BundledDatasets
import Foundation
import InstitutionGraph
import Testing

/// The CORDIS preset on CORDIS-shaped files made by `scripts/make-cordis-sample.py`, against the
/// counts `scripts/cordis_reference.py` computes with pandas and NetworkX (committed beside them).
@Suite("CORDIS files, against pandas")
struct CORDISFixtureTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appending(path: "cordis")

    struct Reference: Decodable {
        struct Top: Decodable { let id: String; let name: String; let projects: Int }
        let consortia, institutions, memberships, leads, shared, components: Int
        let top: [Top]
        let kinds: [String: Int]
        let countries: [String: Int]
        let ids_with_several_names: Int
        let names_with_several_ids: Int
    }

    @Test("every count equals pandas', keyed by PIC", arguments: ["organization", "organization-small"])
    func counts(name: String) throws {
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: Self.folder.appending(path: "\(name).expected.json")))
        let loaded = try DatasetLoader.load(
            contentsOf: Self.folder.appending(path: "\(name).csv"), displayPath: "\(name).csv",
            mapping: BundledDatasets.preset("cordis").mapping)
        let data = loaded.dataset
        let summary = DatasetSummary(data)
        #expect(summary.consortia == reference.consortia)
        #expect(summary.institutions == reference.institutions)
        #expect(summary.memberships == reference.memberships)
        #expect(summary.components == reference.components)
        #expect(data.consortia.filter { $0.lead != nil }.count == reference.leads)
        let memberOf = data.consortiaByInstitution()
        #expect(memberOf.filter { $0.count >= 2 }.count == reference.shared)
        let ranked = data.institutions.indices.sorted {
            (memberOf[$1].count, data.institutions[$0].name.preferred(.english), data.institutions[$0].id)
                < (memberOf[$0].count, data.institutions[$1].name.preferred(.english), data.institutions[$1].id)
        }
        let top = ranked.prefix(reference.top.count).map { (data.institutions[$0].id, data.institutions[$0].name.preferred(.english), memberOf[$0].count) }
        #expect(top.map(\.0) == reference.top.map(\.id))
        #expect(top.map(\.1) == reference.top.map(\.name))
        #expect(top.map(\.2) == reference.top.map(\.projects))
        let codes = ["HES": "university", "REC": "research-institute", "PRC": "company", "PUB": "public", "OTH": "other"]
        for (code, count) in reference.kinds {
            #expect(data.institutions.filter { $0.kind?.rawValue == codes[code] }.count == count, "\(code)")
        }
        for (country, count) in reference.countries {
            #expect(data.institutions.filter { $0.attributes["country"] == country }.count == count, "\(country)")
        }
        #expect(data.institutions.filter { !$0.aliases.isEmpty }.count == reference.ids_with_several_names)
        #expect(loaded.warnings.filter { $0.message.contains("is written with") }.count == reference.ids_with_several_names)
        #expect(loaded.warnings.filter { $0.message.hasPrefix("the name '") }.count == reference.names_with_several_ids)
    }
}
