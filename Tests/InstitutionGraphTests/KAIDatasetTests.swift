import Foundation
import BundledDatasets
import InstitutionGraph
import Testing

@Suite("The bundled K-AI dataset")
struct KAIDatasetTests {
    let data = try! BundledDatasets.load().dataset

    @Test("has five consortia, 47 institutions and 53 memberships")
    func counts() {
        #expect(data.consortia.count == 5)
        #expect(data.institutions.count == 47)
        #expect(data.membershipCount == 53)
    }

    @Test("is led by NAVER Cloud, Upstage, SK Telecom, NC AI and LG AI Research")
    func leads() {
        let leads = data.consortia.map { $0.lead.map { data.institutions[$0].id } }
        #expect(leads == ["naver-cloud", "upstage", "sk-telecom", "nc-ai", "lg-ai-research"])
    }

    @Test("KAIST is in four consortia, Seoul National University in three, Korea University in two")
    func sharedInstitutions() {
        let shared = data.sharedInstitutions()
        #expect(shared.map { data.institutions[$0.institution].id } == ["kaist", "snu", "korea-university"])
        #expect(shared.map(\.consortia.count) == [4, 3, 2])
        #expect(data.consortiumIDs(of: "korea-university") == ["naver-cloud-team", "nc-ai-team"])
    }

    @Test("loads without warnings")
    func clean() throws {
        #expect(try BundledDatasets.load().warnings.isEmpty)
    }

    @Test("records the parent relations the article states")
    func parents() {
        let parent = { (id: String) in data.institutions.first { $0.id == id }?.parent }
        #expect(parent("nc-ai") == "ncsoft")
        #expect(parent("naver-cloud") == "naver")
        #expect(parent("lg-uplus") == "lg-group")
        #expect(parent("lg-cns") == "lg-group")
        #expect(parent("lg-ai-research") == "lg-group")
    }

    @Test("every institution has a Korean and an English name and a well-known kind")
    func names() {
        for institution in data.institutions {
            #expect(institution.name.korean != nil && institution.name.english != nil, "\(institution.id)")
            #expect(institution.kind?.isWellKnown == true, "\(institution.id)")
        }
    }

    @Test("LG AI Research's consortium forms a component of its own")
    func components() {
        let summary = DatasetSummary(data)
        #expect(summary.components == 2)
        #expect(summary.consortiumLines.map(\.component) == [1, 1, 1, 1, 2])
    }

    @Test("the largest consortia come first, consortia of one size in dataset order, as a full sort puts them")
    func largestConsortia() {
        let summary = DatasetSummary(data)
        // Sizes 8, 13, 8, 14 and 10.
        #expect(summary.largestConsortia(3).map(\.consortium) == [3, 1, 4])
        #expect(summary.largestConsortia(9).map(\.consortium) == [3, 1, 4, 0, 2])
        #expect(summary.largestConsortia(0).isEmpty)
        for seed in 0..<20 {
            let random = DatasetSummary(RandomDatasets.make(seed: UInt64(seed), consortia: 300, institutions: 40))
            let sorted = random.consortiumLines.sorted { ($0.size, $1.consortium) > ($1.size, $0.consortium) }
            #expect(random.largestConsortia(30).map(\.consortium) == sorted.prefix(30).map(\.consortium))
        }
    }

    @Test("the membership list the NetworkX fixtures were made from is the dataset's")
    func fixtureMemberships() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "NetworkXReference/k-ai-memberships.csv")
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init)
        let memberships = data.consortia.flatMap { consortium in
            consortium.members.map { "\(consortium.id),\(data.institutions[$0.institution].id),\($0.role.rawValue)" }
        }
        #expect(rows == memberships)
    }

    @Test("the bundled copy is the file under Graphs/")
    func embeddedMatchesSource() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Graphs/k-ai-foundation-2025.yaml")
        let fromFile = try DatasetLoader.load(contentsOf: source).dataset
        #expect(fromFile.institutions == data.institutions)
        #expect(fromFile.consortia == data.consortia)
    }
}
