import BundledDatasets
import Foundation
import InstitutionGraph
import Testing

@Suite("Exports for Gephi, NetworkX and Pajek")
struct ExportTests {
    let data = try! BundledDatasets.load().dataset

    @Test("the two-mode graph: consortia first with bipartite 0, institutions with 1, one edge per membership")
    func bipartite() throws {
        let graph = try ExportedGraph(data, graph: .bipartite)
        #expect(graph.nodes.count == 52)
        #expect(graph.edges.count == 53)
        #expect(graph.nodes[0].id == "c:naver-cloud-team" && graph.nodes[0].bipartite == 0 && graph.nodes[0].members == 8)
        let kaist = graph.nodes.first { $0.id == "i:kaist" }
        #expect(kaist?.bipartite == 1 && kaist?.consortia == 4 && kaist?.names.korean == "한국과학기술원")
        #expect(graph.edges.filter { $0.role == "lead" }.count == 5)
    }

    @Test("the projections carry weights and the ids shared")
    func projections() throws {
        let institutions = try ExportedGraph(data, graph: .institutions)
        let kaist = try #require(institutions.nodes.firstIndex { $0.id == "kaist" })
        let snu = try #require(institutions.nodes.firstIndex { $0.id == "snu" })
        let edge = try #require(institutions.edges.first { Set([$0.source, $0.target]) == [kaist, snu] })
        #expect(edge.weight == 3)
        #expect(edge.via == ["naver-cloud-team", "sk-telecom-team", "nc-ai-team"])
        let consortia = try ExportedGraph(data, graph: .consortia)
        #expect(consortia.edges.count == 6)
        #expect(consortia.edges.first { $0.weight == 3 }?.via == ["snu", "kaist", "korea-university"])
    }

    @Test("every format keeps Hangul and the dataset's metadata", arguments: GraphExportFormat.allCases)
    func hangul(format: GraphExportFormat) throws {
        let text = try ExportedGraph(data, graph: .bipartite, language: .korean).written(as: format)
        #expect(text.contains("한국과학기술원"))
        if format != .csv { #expect(text.contains("K-AI foundation model consortia (2025)")) }
    }

    @Test("XML formats escape markup, quotes and line breaks in names, and drop forbidden characters")
    func escaping() throws {
        let people = [Institution(id: "a&b", name: LocalizedName(korean: "가<나>", english: "A & \"B\" 'C'\nD\u{1}"))]
        let team = Consortium(id: "t", name: LocalizedName(english: "<script>"), members: [Membership(institution: 0, role: .lead)])
        let dataset = Dataset(title: LocalizedName(english: "T&T"), institutions: people, consortia: [team])
        for format in [GraphExportFormat.graphml, .gexf] {
            let text = try ExportedGraph(dataset, graph: .bipartite).written(as: format)
            #expect(!text.contains("<script>") && text.contains("&lt;script&gt;"))
            #expect(text.contains("A &amp; &quot;B&quot; &apos;C&apos;&#10;D\u{FFFD}"))
            #expect(text.contains("가&lt;나&gt;"))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            let parser = XMLValidation(text)
            #expect(parser.wellFormed, "\(format): \(parser.error ?? "")")
        }
    }

    @Test("node-link JSON parses and keeps numbers as numbers")
    func json() throws {
        let text = try ExportedGraph(data, graph: .institutions).written(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == false && object["multigraph"] as? Bool == false)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.count == 47)
        #expect(nodes.first { $0["id"] as? String == "kaist" }?["consortia"] as? Int == 4)
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.count == 266)
        #expect(edges.allSatisfy { $0["weight"] is Double || $0["weight"] is Int })
    }

    @Test("Pajek labels are unique, quoted, and numbered from 1")
    func pajek() throws {
        let people = [Institution(id: "x", name: LocalizedName(english: "Same \"Name\"")), Institution(id: "y", name: LocalizedName(english: "Same \"Name\""))]
        let team = Consortium(id: "t", name: LocalizedName(english: "Team"), members: [Membership(institution: 0), Membership(institution: 1)])
        let text = try ExportedGraph(Dataset(title: LocalizedName(english: "P"), institutions: people, consortia: [team]), graph: .institutions).written(
            as: .pajek)
        #expect(text.contains("*Vertices 2\n1 \"Same 'Name' (x)\"\n2 \"Same 'Name' (y)\"\n*Edges\n1 2 1\n"))
    }

    @Test("the CSV edge list quotes fields with commas and quotes")
    func csv() throws {
        let people = [Institution(id: "a", name: LocalizedName(english: "Foo, Inc.")), Institution(id: "b", name: LocalizedName(english: "Say \"hi\""))]
        let team = Consortium(id: "t", name: LocalizedName(english: "T"), members: [Membership(institution: 0), Membership(institution: 1)])
        let text = try ExportedGraph(Dataset(title: LocalizedName(english: "C"), institutions: people, consortia: [team]), graph: .institutions).written(
            as: .csv)
        #expect(text == "source,target,weight,source_label,target_label,via\na,b,1,\"Foo, Inc.\",\"Say \"\"hi\"\"\",t\n")
    }

    @Test("formats follow file extensions")
    func extensions() {
        #expect(GraphExportFormat(fileExtension: "GEXF") == .gexf)
        #expect(GraphExportFormat(fileExtension: "net") == .pajek)
        #expect(GraphExportFormat(fileExtension: "txt") == nil)
    }
}
