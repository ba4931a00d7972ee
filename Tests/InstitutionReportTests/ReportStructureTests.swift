import BundledDatasets
import Foundation
import InstitutionGraph
import InstitutionReport
import Testing

@Suite("The report's what-if, brokers, communities, downloads and changes")
struct ReportStructureTests {
    let data = try! BundledDatasets.load().dataset

    @Test("the HTML report has the what-if table, the brokers and the communities")
    func sections() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        for section in ["brokers", "communities", "whatif", "downloads"] {
            #expect(html.contains("<section id=\"\(section)\">"), "\(section)")
        }
        #expect(html.contains("<td class=\"num\">2</td><td>NC AI consortium</td><td class=\"num\">11</td><td>Korea University</td>"))
        #expect(html.contains("<td>LG AI Research consortium</td><td class=\"num\">10</td><td>none</td><td class=\"num\">0</td>"))
        #expect(html.contains("<tr data-institution=\"kaist\"><td class=\"num\">1</td><td>KAIST</td>"))
        #expect(html.contains("4 communities; modularity 0.5806"))
        #expect(!html.contains("<section id=\"changes\">"))
    }

    @Test("the downloads are GraphML and GEXF embedded as data URIs that decode to the exports")
    func downloads() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .korean, baseName: "kai").text
        let pattern = #/href="data:application/xml;base64,([A-Za-z0-9+/=]+)" download="kai-bipartite\.gexf"/#
        let match = try #require(html.firstMatch(of: pattern))
        let decoded = try #require(Data(base64Encoded: String(match.1)))
        let gexf = String(decoding: decoded, as: UTF8.self)
        #expect(try gexf == ExportedGraph(data, graph: .bipartite, language: .korean).written(as: .gexf))
        #expect(gexf.contains("한국과학기술원"))
        for file in ["kai-bipartite.graphml", "kai-institutions.graphml", "kai-institutions.gexf"] {
            #expect(html.contains("download=\"\(file)\""))
        }
    }

    @Test("the Markdown report links its exports and returns them to be written beside it")
    func markdownDownloads() async throws {
        let document = try await Report.make(data, warnings: [], format: .markdown, language: .english, baseName: "kai")
        #expect(document.downloads.map(\.name) == ["kai-bipartite.graphml", "kai-bipartite.gexf", "kai-institutions.graphml", "kai-institutions.gexf"])
        #expect(document.text.contains("- [Consortia and institutions (GEXF 1.3)](kai-bipartite.gexf)"))
        for heading in ["## Brokers", "## Communities", "## What if a consortium were dropped", "## Download the network"] {
            #expect(document.text.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(document.text.contains("| 2 | NC AI consortium | 11 | Korea University | 3 | 88 | 2 → 2 | -0.198 |"))
    }

    @Test("compared with an earlier version, the report lists the changes, escaped")
    func changes() async throws {
        var earlier = data
        earlier.consortia.removeLast()
        earlier.institutions[0].name.english = "<b>Old & Cloud</b>"
        earlier.title = LocalizedName(english: "Round <1>")
        let html = try await Report.make(data, warnings: [], format: .html, language: .english, comparedWith: earlier).text
        #expect(html.contains("<section id=\"changes\">"))
        #expect(html.contains("<h2>Changes since Round &lt;1&gt;, 2025-08-04</h2>"))
        #expect(html.contains("Added: LG AI Research consortium"))
        #expect(html.contains("Renamed: &lt;b&gt;Old &amp; Cloud&lt;/b&gt; → NAVER Cloud"))
        #expect(!html.contains("<b>Old"))
        let markdown = try await Report.make(data, warnings: [], format: .markdown, language: .korean, comparedWith: earlier).text
        #expect(markdown.contains("## Round &lt;1&gt;, 2025-08-04 이후 변화"))
        #expect(!markdown.contains("<b>Old") && !markdown.contains("<1>"))
    }

    @Test("a dataset whose consortia share no one has no brokers and says so")
    func noBrokers() async throws {
        let people = (0..<4).map { Institution(id: "i\($0)", name: LocalizedName(english: "I\($0)")) }
        let teams = [
            Consortium(id: "a", name: LocalizedName(english: "A"), members: [Membership(institution: 0, role: .lead), Membership(institution: 1)]),
            Consortium(id: "b", name: LocalizedName(english: "B"), members: [Membership(institution: 2, role: .lead), Membership(institution: 3)]),
        ]
        let dataset = Dataset(title: LocalizedName(english: "T"), institutions: people, consortia: teams)
        let html = try await Report.make(dataset, warnings: [], format: .html, language: .english).text
        #expect(html.contains("No institution stands between two partners that are not tied to each other"))
    }
}
