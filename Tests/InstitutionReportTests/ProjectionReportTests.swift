import BundledDatasets
import Foundation
import InstitutionGraph
@testable import InstitutionReport
import Testing

/// The report of an institutions projection read from the Spark job's folder: the sections the
/// projection answers, with the numbers the membership table's report gives, each saying where
/// it was computed, and nothing that needs the consortia.
@Suite("The report of a Spark projection")
struct ProjectionReportTests {
    /// `dataset`'s projection as the Spark job would write it, with its counts and its pairs
    /// that share most.
    static func network(of dataset: Dataset, withCounts: Bool = true) -> InstitutionNetwork {
        let bipartite = BipartiteGraph(dataset)
        let summary = DatasetAnalysis(dataset).summary
        let pairs = dataset.overlappingPairs().sorted { ($0.shared.count, $1.first, $1.second) > ($1.shared.count, $0.first, $0.second) }
        var institutions = dataset
        institutions.consortia = []
        return InstitutionNetwork(
            dataset: institutions, consortiumCounts: dataset.consortiaByInstitution().map(\.count),
            projection: bipartite.projection(onto: .institution), newmanWeights: bipartite.projection(onto: .institution, weighting: .newman).weights ?? [],
            counts: withCounts
                ? [
                    ("consortia", summary.consortia), ("institutions", summary.institutions), ("memberships", summary.memberships),
                    ("connected components", summary.components), ("institutions in 2+ consortia", summary.sharedInstitutions),
                ] : [],
            overlaps: pairs.prefix(60).map { pair in
                ListedOverlap(
                    first: dataset.consortia[pair.first].name.preferred(.english), second: dataset.consortia[pair.second].name.preferred(.english),
                    shared: pair.shared.count, jaccard: pair.jaccard,
                    institutions: pair.shared.map { dataset.institutions[$0].name.preferred(.english) }.joined(separator: ", "))
            })
    }

    /// The text of `<section id="id">` in `html`, or "" when there is none.
    static func section(_ id: String, of html: String) -> Substring {
        guard let start = html.range(of: "<section id=\"\(id)\">"), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else {
            return ""
        }
        return html[start.upperBound..<end.lowerBound]
    }

    /// The rows of the table after `<h3>heading</h3>` in `text`.
    static func rows(after heading: String, in text: Substring) -> [Substring] {
        guard let start = text.range(of: "<h3>\(heading)</h3>") else { return [] }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "</tbody>")?.lowerBound ?? rest.endIndex
        return rest[..<end].split(separator: "\n").filter { $0.hasPrefix("<tr data-institution=") }
    }

    @Test("the bundled dataset's projection: its counts, shared institutions and pairs, and the table's centrality, brokers and communities")
    func bundled() async throws {
        let dataset = try BundledDatasets.load().dataset
        let table = try await Report.make(dataset, warnings: [], format: .html, language: .english).text
        let html = try await Report.make(Self.network(of: dataset), warnings: [], format: .html, language: .english).text
        for count in ["<b>5</b><span>consortia</span>", "<b>47</b><span>institutions</span>", "<b>53</b><span>memberships</span>"] {
            #expect(html.contains(count))
        }
        #expect(html.contains("Counted on Spark, over the whole membership table."))
        #expect(html.contains("This report was made from an institutions projection that Apache Spark computed"))
        // The projection's centrality block and the brokers are the table report's, row for row.
        let heading = ReportStrings(.english).projection
        let projected = Self.rows(after: heading, in: Self.section("centrality", of: html))
        #expect(!projected.isEmpty)
        #expect(projected == Self.rows(after: heading, in: Self.section("centrality", of: table)))
        #expect(!html.contains("<h3>\(ReportStrings(.english).twoMode)</h3>"))
        let brokers = { (page: String) in Self.section("brokers", of: page).split(separator: "\n").filter { $0.hasPrefix("<tr data-institution=") } }
        #expect(brokers(html) == brokers(table))
        // Shared institutions: the same names and counts, without the consortia.
        let shared = Self.section("shared", of: html).split(separator: "\n").filter { $0.hasPrefix("<tr data-institution=") }
        #expect(shared.count == 3)
        #expect(shared.first?.contains("<td>KAIST</td><td>university</td><td class=\"num\">4</td></tr>") == true)
        // Pairs as the job listed them; communities with their members, not their consortia.
        #expect(Self.section("overlap", of: html).contains("the \(dataset.overlappingPairs().count) pairs of consortia that share most institutions"))
        #expect(Self.section("communities", of: html).contains("modularity"))
        #expect(!Self.section("communities", of: html).contains("NMI"))
        #expect(!Self.section("communities", of: html).contains("Mostly from"))
        // Nothing that needs the consortia, and one diagram.
        for absent in ["<section id=\"consortia\">", "<section id=\"whatif\">", "id=\"diagram-bipartite\"", "id=\"diagram-consortia\"", "href=\"#consortia\""] {
            #expect(!html.contains(absent), "\(absent)")
        }
        #expect(html.contains("id=\"diagram-institutions\""))
        #expect(html.ranges(of: "Computed by instgraph on the projection Spark wrote").count == 4)
        // Introductions that speak of the projection alone.
        #expect(html.contains("<p>\(ProjectionStrings(.english).centralityIntro.replacingOccurrences(of: "'", with: "&#39;"))</p>"))
        #expect(!html.contains(ReportStrings(.english).centralityIntro.replacingOccurrences(of: "&", with: "&amp;")))
        #expect(html.contains("<p>\(ProjectionStrings(.english).communitiesIntro(runs: 10))</p>"))
    }

    @Test("in Korean and as Markdown, with the same sections and lines of where each was computed")
    func koreanMarkdown() async throws {
        let dataset = try BundledDatasets.load().dataset
        let document = try await Report.make(Self.network(of: dataset), warnings: [], format: .markdown, language: .korean, baseName: "k")
        let markdown = document.text
        #expect(markdown.contains("Spark에서 참여 관계 표 전체를 세었습니다."))
        #expect(markdown.contains("| 한국과학기술원 | 대학 | 4 |\n"))
        #expect(!markdown.contains("## \(ReportStrings(.korean).consortiaTitle)\n"))
        #expect(!markdown.contains("## \(StructureStrings(.korean).whatIfTitle)"))
        #expect(!markdown.contains("| | \n"))
        #expect(document.attachments.map(\.name) == ["k-institutions.svg"])
        #expect(document.downloads.map(\.name) == ["k-institutions.graphml", "k-institutions.gexf"])
    }

    @Test("without the job's counts and pairs: the node table's counts, and no overlap section")
    func withoutCountsOrPairs() async throws {
        let dataset = try BundledDatasets.load().dataset
        var network = Self.network(of: dataset, withCounts: false)
        network.overlaps = []
        let html = try await Report.make(network, warnings: [], format: .html, language: .english).text
        #expect(html.contains("<b>47</b><span>institutions</span>"))
        #expect(!html.contains("<span>memberships</span>"))
        #expect(html.contains("these are counted from its node table"))
        #expect(!html.contains("<section id=\"overlap\">"))
        #expect(!html.contains("The largest overlap"))
    }

    @Test("at programme scale: shared institutions, pairs and scores beside the page as CSV, without consortium columns")
    func programme() async throws {
        let data = ProgrammeDataset.make()
        let document = try await Report.make(
            Self.network(of: data), warnings: [], format: .html, language: .english, baseName: "p", options: ReportOptions(downloads: .beside))
        let files = Dictionary(uniqueKeysWithValues: document.downloads.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        let shared = try #require(files["p-shared.csv"]).split(separator: "\n")
        #expect(shared.first == "id,name,kind,consortia")
        #expect(shared.count == 1 + data.sharedInstitutions().count)
        let pairs = try #require(files["p-pairs.csv"]).split(separator: "\n")
        #expect(pairs.first == "consortium_a,consortium_b,shared,jaccard,shared_institutions")
        #expect(pairs.count == 1 + 60)
        let scores = try #require(files["p-centrality.csv"]).split(separator: "\n")
        #expect(scores.first?.hasPrefix("id,name,kind,consortia,projection_degree,") == true)
        #expect(scores.first?.contains("two_mode") == false)
        // Names with markup reach the page as text.
        #expect(!document.text.contains("<b>&"))
        #expect(document.text.contains("&lt;b&gt;&amp;"))
        #expect(document.text.contains("Every score of all 400 institutions:"))
    }
}
