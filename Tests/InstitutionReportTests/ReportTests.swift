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

    @Test("one centrality table per graph: the top ten of every measure, every measure's score, a selector to rank by any, each measure explained once")
    func centralityTable() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        #expect(html.components(separatedBy: "<div class=\"scores\">").count - 1 == 2)
        #expect(
            html.contains(
                "<select data-first-score=\"2\"><option value=\"0\">Degree</option><option value=\"1\">Betweenness</option><option value=\"2\">Harmonic</option>"
            ))
        #expect(html.contains("<th class=\"num\" aria-sort=\"descending\">Degree</th><th class=\"num\">Betweenness</th>"))
        #expect(html.contains("<tr data-institution=\"kaist\"><td>KAIST</td><td>university</td><td class=\"num\">0.8000</td><td class=\"num\">0.4245</td>"))
        #expect(html.contains("<dt>PageRank</dt><dd>The share of time a random walker spends there"))
        // Every institution in some measure's top ten is a row, once; the rows follow degree.
        let analysis = DatasetAnalysis(data)
        let projected = try analysis.centrality(on: .institutions)
        let block = try #require(html.components(separatedBy: "<div class=\"scores\">").last)
        let table = try #require(block.components(separatedBy: "</table>").first)
        let rowIDs = table.components(separatedBy: "<tr data-institution=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        var expected = Set<String>()
        for measure in CentralityMeasure.allCases {
            let scores = try #require(projected[measure])
            let order = data.institutions.indices.filter { scores[$0] > 1e-12 }.sorted {
                (scores[$1], data.institutions[$0].name.english!) < (scores[$0], data.institutions[$1].name.english!)
            }
            expected.formUnion(order.prefix(10).map { data.institutions[$0].id })
        }
        #expect(Set(rowIDs) == expected && rowIDs.count == expected.count)
        let degrees = rowIDs.map { id in projected.degree![data.institutions.firstIndex { $0.id == id }!] }
        #expect(degrees == degrees.sorted(by: >))
    }

    @Test("each report shows the consortia's goals and the source's publisher in its own language")
    func localizedAttributes() async throws {
        let korean = try await Report.make(data, warnings: [], format: .markdown, language: .korean).text
        #expect(korean.contains("- **목표**: 법률, 제조, 국방, 금융 등 산업별 맞춤형 활용에 중점을 둔"))
        #expect(korean.contains("CIO Korea (Foundry), 과학기술정보통신부 발표 보도"))
        #expect(!korean.contains("A global-level foundation model"))
        let english = try await Report.make(data, warnings: [], format: .markdown, language: .english).text
        #expect(english.contains("A global-level foundation model tailored to law"))
        #expect(english.contains("reporting the Ministry of Science and ICT's announcement"))
        #expect(!english.contains("산업별 맞춤형"))
    }

    @Test("two-mode closeness, above 1 in LG's separate consortium, is not ranked; the note says harmonic stands for it")
    func twoModeCloseness() async throws {
        let markdown = try await Report.make(data, warnings: [], format: .markdown, language: .english).text
        let twoMode = try #require(markdown.range(of: "### Two-mode"))
        let projection = try #require(markdown.range(of: "### Institutions projection"))
        let twoModeText = markdown[twoMode.upperBound..<projection.lowerBound]
        #expect(twoModeText.contains("| Institution | Kind | Degree | Betweenness | Harmonic | Eigenvector | PageRank |"))
        #expect(twoModeText.contains("Closeness is not ranked here"))
        #expect(!twoModeText.contains("1.0010"))
        #expect(markdown[projection.upperBound...].contains("| Institution | Kind | Degree | Betweenness | Closeness | Harmonic | Eigenvector | PageRank |"))
    }

    @Test("a lead paragraph says what the data says, in both languages, and each diagram has a text alternative")
    func lead() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        #expect(
            html.contains(
                "<p class=\"lead\">5 consortia bring together 47 institutions in 53 memberships. KAIST is in 4 of the 5 consortia; 3 institutions are in more than one. LG AI Research consortium shares no institution with the others. The largest overlap: NAVER Cloud consortium and NC AI consortium share 3 institutions.</p>"
            ))
        for view in ["bipartite", "institutions", "consortia"] {
            #expect(html.contains("<div class=\"viewport\" role=\"img\" aria-labelledby=\"title-\(view)\" aria-describedby=\"summary-\(view)\">"))
        }
        #expect(html.contains("<p class=\"summary\" id=\"summary-consortia\">Consortia are linked when they share institutions: 6 of 10 pairs overlap."))
        let korean = try await Report.make(data, warnings: [], format: .html, language: .korean).text
        #expect(korean.contains("한국과학기술원은 컨소시엄 5개 중 4개에 참여하며, 둘 이상에 참여하는 기관은 3곳입니다."))
        #expect(korean.contains("가장 많이 겹치는 쌍은 네이버클라우드 컨소시엄과 NC AI 컨소시엄으로, 기관 3곳을 공유합니다."))
        let markdown = try await Report.make(data, warnings: [], format: .markdown, language: .english).text
        #expect(markdown.contains("5 consortia bring together 47 institutions in 53 memberships."))
    }

    @Test("the footer names instgraph's version and the day, and links the source only when it is a web address")
    func footer() async throws {
        var sourced = data
        sourced.source = DatasetSource(title: LocalizedName(english: "Article"), publisher: nil, url: "https://example.org/a?b=1&c=\"2\"", date: nil)
        let html = try await Report.make(sourced, warnings: [], format: .html, language: .english, options: ReportOptions(generatedOn: "2026-11-30")).text
        #expect(
            html.contains(
                "<footer>Generated by instgraph \(InstgraphVersion.current) on 2026-11-30 · Source: <a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">")
        )
        sourced.source?.url = "javascript:alert(1)"
        let unsafe = try await Report.make(sourced, warnings: [], format: .html, language: .korean).text
        #expect(
            !unsafe.contains("href=\"javascript") && unsafe.contains("<footer>instgraph \(InstgraphVersion.current)")
                && unsafe.contains("로 생성 · 출처: Article"))
    }

    @Test("sortable headers are buttons, tables scroll in their own box, and the page has print and dark styles")
    func pageStructure() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .korean).text
        #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "<div class=\"wide\">\n<table").count)
        #expect(html.contains("button.className = \"sort\"") && html.contains(".setAttribute(\"aria-sort\""))
        #expect(html.contains("node.setAttribute(\"tabindex\", \"0\")") && html.contains("event.key !== \"Enter\""))
        #expect(html.contains("@media print") && html.contains("@page { size: A4 landscape") && html.contains("prefers-color-scheme: dark"))
        #expect(html.contains(":lang(ko) { word-break: keep-all; }"))
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
        let file = FileManager.default.temporaryDirectory.appending(path: "report-\(UUID().uuidString).csv")
        try Data("consortium,institution\n<script>alert(1)</script>,\"A&B \"\"quoted\"\"\"\nX,\"A&B \"\"quoted\"\"\"\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let dataset = try DatasetLoader.load(contentsOf: file).dataset
        let html = try await Report.make(dataset, warnings: [], format: .html, language: .english).text
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("A&amp;B &quot;quoted&quot;"))
    }

    @Test("warnings appear under data quality")
    func warnings() async throws {
        let warning = Diagnostic(.warning, at: SourceLocation(file: "d.yaml", line: 3, column: 5), "institution 'x' is in no consortium")
        let html = try await Report.make(data, warnings: [warning], format: .html, language: .english).text
        #expect(
            html.contains("<li><code>d.yaml:3:5</code> institution &#39;x&#39; is in no consortium</li>")
                || html.contains("<li><code>d.yaml:3:5</code> institution 'x' is in no consortium</li>"))
    }

    @Test("the Markdown report has the same sections as tables, and its diagrams as SVG files")
    func markdown() async throws {
        let document = try await Report.make(data, warnings: [], format: .markdown, language: .english, baseName: "kai")
        for heading in [
            "## At a glance", "## Consortia", "## Shared institutions", "## Overlap between consortia", "## Who is central", "## Diagrams", "## Data quality",
        ] {
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
