import BundledDatasets
import Foundation
import InstitutionGraph
import InstitutionReport
import Testing

@Suite("The report")
struct ReportTests {
    let data = try! BundledDatasets.load().dataset

    @Test("the HTML report holds every section, the three diagrams and the key facts")
    func htmlSections() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        for section in ["counts", "consortia", "shared", "overlap", "centrality", "diagrams", "quality"] {
            #expect(html.contains("<section id=\"\(section)\">"), "\(section)")
        }
        for view in ["bipartite", "institutions", "consortia"] {
            #expect(html.contains("<figure class=\"diagram\" id=\"diagram-\(view)\">"))
            #expect(html.contains("id=\"\(view)-graph0\""), "ids are prefixed per diagram")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("<b>47</b><span>institutions</span>"))
        #expect(html.contains("K-EXAONE"))
        #expect(html.contains("<tr data-institution=\"kaist\"><td>KAIST</td><td>university</td><td class=\"num\">4</td>"))
        #expect(html.contains("title=\"NAVER Cloud consortium × NC AI consortium: 3 · Jaccard 0.158\""))
    }

    @Test("the HTML report fetches nothing: no external scripts, styles, fonts or images")
    func selfContained() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        for forbidden in ["<script src", "<link", "@import", "url(http", "src=\"http", "href=\"http"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(!html.contains("<?xml"), "inline SVG keeps no XML prolog")
    }

    @Test("the Korean report has Korean headings and names")
    func korean() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .korean).text
        #expect(html.contains("<html lang=\"ko\">"))
        #expect(html.contains("<h2>공유 기관</h2>"))
        #expect(html.contains("<td>한국과학기술원</td>"))
        #expect(html.contains("<h1>독자 AI 파운데이션 모델 정예팀 컨소시엄 (2025)</h1>"))
    }

    @Test("every text from the dataset is escaped")
    func escaping() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "report-\(UUID().uuidString).csv")
        try Data("consortium,institution\n<script>alert(1)</script>,\"A&B \"\"quoted\"\"\"\nX,\"A&B \"\"quoted\"\"\"\n".utf8).write(to: folder)
        let dataset = try DatasetLoader.load(contentsOf: folder).dataset
        let html = try await Report.make(dataset, warnings: [], format: .html, language: .english).text
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("A&amp;B &quot;quoted&quot;"))
    }

    @Test("warnings appear under data quality")
    func warnings() async throws {
        let warning = Diagnostic(.warning, at: SourceLocation(file: "d.yaml", line: 3, column: 5), "institution 'x' is in no consortium")
        let html = try await Report.make(data, warnings: [warning], format: .html, language: .english).text
        #expect(html.contains("<li><code>d.yaml:3:5</code> institution &#39;x&#39; is in no consortium</li>") || html.contains("<li><code>d.yaml:3:5</code> institution 'x' is in no consortium</li>"))
    }

    @Test("the Markdown report has the same sections as tables, and its diagrams as SVG files")
    func markdown() async throws {
        let document = try await Report.make(data, warnings: [], format: .markdown, language: .english, baseName: "kai")
        for heading in ["## At a glance", "## Consortia", "## Shared institutions", "## Overlap between consortia", "## Who is central", "## Diagrams", "## Data quality"] {
            #expect(document.text.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(document.text.contains("| KAIST | university | 4 | NAVER Cloud consortium, Upstage consortium, SK Telecom consortium, NC AI consortium |"))
        #expect(document.text.contains("![Consortia and their members](kai-bipartite.svg)"))
        #expect(document.attachments.map(\.name) == ["kai-bipartite.svg", "kai-institutions.svg", "kai-consortia.svg"])
        #expect(document.attachments.allSatisfy { String(decoding: $0.bytes, as: UTF8.self).contains("</svg>") })
    }
}

@Suite("The report on a user's table")
struct ReportAttributeTests {
    @Test("institution tables show the country when the data has one")
    func placeColumn() async throws {
        let institutions = ["KU Leuven": "BE", "TUM": "DE", "Ghent": "BE"]
        let data = Dataset(
            title: LocalizedName(english: "t"),
            institutions: institutions.keys.sorted().map { Institution(id: $0, name: LocalizedName(english: $0), attributes: ["country": institutions[$0]!]) },
            consortia: [
                Consortium(id: "a", name: LocalizedName(english: "A"), members: [Membership(institution: 0, role: .lead), Membership(institution: 1)]),
                Consortium(id: "b", name: LocalizedName(english: "B"), members: [Membership(institution: 1, role: .lead), Membership(institution: 2)]),
            ])
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        #expect(html.contains("<th>country</th>"))
        #expect(html.contains("<tr data-institution=\"KU Leuven\"><td>KU Leuven</td><td>unspecified</td><td>BE</td><td class=\"num\">2</td>"))
        let markdown = try await Report.make(data, warnings: [], format: .markdown, language: .english).text
        #expect(markdown.contains("| Institution | Kind | country | Consortia | Member of |\n|---|---|---|---:|---|"))
    }
}
