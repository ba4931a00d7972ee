import BundledDatasets
import Foundation
import InstitutionGraph
@testable import InstitutionReport
import Synchronization
import Testing

/// A programme-shaped dataset over every size limit of the report: more consortia than cards,
/// more shared institutions than rows, more than 200 institutions, more than 50 pairs.
enum ProgrammeDataset {
    static func make(consortia: Int = 120, institutions: Int = 400, size: Int = 6, seed: UInt64 = 7) -> Dataset {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let kinds: [InstitutionKind] = [.university, .company, .researchInstitute]
        let people = (0..<institutions).map { index in
            Institution(id: "org-\(index)", name: LocalizedName(english: "Institution \(index) <b>&"), kind: kinds[index % kinds.count])
        }
        let teams = (0..<consortia).map { index in
            var members: [Int] = []
            while members.count < size {
                // Low numbers are drawn more often: a few institutions sit in many consortia.
                let candidate = min(next(institutions), next(institutions))
                if !members.contains(candidate) { members.append(candidate) }
            }
            return Consortium(
                id: "c-\(index)", name: LocalizedName(english: "Consortium \(index)"),
                members: members.enumerated().map { Membership(institution: $1, role: $0 == 0 ? .lead : .member) })
        }
        return Dataset(title: LocalizedName(english: "Programme"), institutions: people, consortia: teams)
    }

    static func warnings(_ count: Int) -> [Diagnostic] {
        (0..<count).map { Diagnostic(.warning, at: SourceLocation(file: "programme.csv", line: $0 + 2, column: 1), "warning number \($0)") }
    }
}

@Suite("The report at programme scale: sections cut with their note and the full table")
struct ReportScaleTests {
    let data = ProgrammeDataset.make()

    /// The rows of the embedded CSV download `file` in `html`, header first.
    func embeddedCSV(_ file: String, in html: String) throws -> [String] {
        let pattern = try Regex(
            #"href="data:text/csv;charset=utf-8;base64,([A-Za-z0-9+/=]+)" download=""# + NSRegularExpression.escapedPattern(for: file) + #"""#)
        let match = try #require(html.firstMatch(of: pattern), "no download \(file)")
        let base64 = try #require(match.output[1].substring)
        let text = String(decoding: try #require(Data(base64Encoded: String(base64))), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test("consortia: the 24 largest as cards, a note of how many there are, and every consortium in the CSV")
    func consortia() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english, baseName: "p").text
        #expect(html.ranges(of: "<article class=\"card\"").count == ReportLimits.largestConsortiumCards)
        #expect(html.contains("The 24 largest of 120 consortia are shown."))
        let rows = try embeddedCSV("p-consortia.csv", in: html)
        #expect(rows.first == "id,name,lead,members,shared_members,institutions")
        #expect(rows.count == 1 + data.consortia.count)
        #expect(Set(rows.dropFirst().map { String($0.prefix { $0 != "," }) }) == Set(data.consortia.map(\.id)))
    }

    @Test("shared institutions: the first 200 rows, the note, and every shared institution in the CSV")
    func shared() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english, baseName: "p").text
        let total = data.sharedInstitutions().count
        #expect(total > ReportLimits.sharedRows)
        let start = try #require(html.range(of: "<section id=\"shared\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        #expect(html[start.upperBound..<end.lowerBound].ranges(of: "<tr data-institution=").count == ReportLimits.sharedRows)
        #expect(html.contains("The 200 institutions in the most consortia, of \(total) shared, are shown."))
        let rows = try embeddedCSV("p-shared.csv", in: html)
        #expect(rows.count == 1 + total)
        // Names are quoted where CSV needs it and never HTML-escaped.
        #expect(rows.dropFirst().allSatisfy { $0.contains("<b>&") })
    }

    @Test("pairs, centrality, brokerage and warnings come whole as CSV; cut tables say how many rows there are")
    func otherTables() async throws {
        let warnings = ProgrammeDataset.warnings(150)
        let html = try await Report.make(data, warnings: warnings, format: .html, language: .english, baseName: "p").text
        let pairs = data.overlappingPairs()
        #expect(try embeddedCSV("p-pairs.csv", in: html).count == 1 + pairs.count)
        #expect(html.contains("of \(pairs.count) pairs of consortia that share an institution, are shown."))
        let centrality = try embeddedCSV("p-centrality.csv", in: html)
        #expect(centrality.count == 1 + data.institutions.count)
        #expect(centrality[0].hasPrefix("id,name,kind,consortia,two_mode_degree,two_mode_betweenness,"))
        let brokers = try data.brokerage()
        #expect(try embeddedCSV("p-brokerage.csv", in: html).count == 1 + brokers.partners.count { $0 > 0 })
        let listed = try embeddedCSV("p-warnings.csv", in: html)
        #expect(listed.count == 151 && listed[150] == "programme.csv:151:1,warning number 149")
        #expect(html.ranges(of: "<li><code>programme.csv:").count == ReportLimits.warningRows)
        #expect(html.contains("The first 100 of 150 warnings are listed"))
    }

    @Test("--downloads beside: the files are returned to be written, and the page links them by name")
    func beside() async throws {
        let document = try await Report.make(
            data, warnings: [], format: .html, language: .english, baseName: "my report", options: ReportOptions(downloads: .beside))
        let names = document.downloads.map(\.name)
        #expect(names.contains("my report-bipartite.graphml") && names.contains("my report-consortia.csv") && names.contains("my report-centrality.csv"))
        #expect(document.text.contains("href=\"my%20report-consortia.csv\" download=\"my report-consortia.csv\""))
        #expect(!document.text.contains("base64,"))
        let csv = try #require(document.downloads.first { $0.name == "my report-consortia.csv" })
        #expect(String(decoding: csv.bytes, as: UTF8.self).split(separator: "\n").count == 1 + data.consortia.count)
    }

    @Test(
        "the files beside the page are handed over once, before the page is made, as the document holds them; embedded, none are",
        arguments: [(ReportFormat.html, DownloadPlacement.beside), (.markdown, .beside), (.markdown, .none), (.html, .embed)])
    func filesReady(format: ReportFormat, placement: DownloadPlacement) async throws {
        let handed = Mutex<[[(name: String, bytes: [UInt8])]]>([])
        let options = ReportOptions(downloads: placement, filesReady: { files in handed.withLock { $0.append(files) } })
        let document = try await Report.make(data, warnings: [], format: format, language: .english, baseName: "r", options: options)
        let calls = handed.withLock { $0 }
        let beside = document.attachments + document.downloads
        if beside.isEmpty {
            #expect(calls.isEmpty)
        } else {
            #expect(calls.count == 1)
            #expect(calls.first?.map(\.name) == beside.map(\.name))
            #expect(calls.first?.map(\.bytes) == beside.map(\.bytes))
        }
        // The Markdown report's diagrams go beside it whatever the placement; an embedded page has nothing beside it.
        #expect(beside.isEmpty == (format == .html && placement == .embed))
    }

    @Test("--downloads none: no downloads section, no files, and the notes still say what is left out")
    func none() async throws {
        let document = try await Report.make(data, warnings: [], format: .html, language: .english, options: ReportOptions(downloads: DownloadPlacement.none))
        #expect(document.downloads.isEmpty)
        #expect(!document.text.contains("<section id=\"downloads\">"))
        #expect(document.text.contains("The 24 largest of 120 consortia are shown.</p>"))
    }

    @Test("above the export limit no graph is exported, and the note names the export commands and the CSV that holds the data")
    func graphExportsLeftOut() async throws {
        let parts = try await ReportParts.compute(data, language: .english, baseName: "r", options: ReportOptions(), comparedWith: nil)
        let kept = try ReportDownloads.graphFiles(
            of: parts.analysis, network: nil, language: .english, baseName: "r", exportMemberships: data.membershipCount)
        #expect(kept.files.map(\.file).contains("r-bipartite.graphml"))
        let left = try ReportDownloads.graphFiles(
            of: parts.analysis, network: nil, language: .english, baseName: "r", exportMemberships: data.membershipCount - 1)
        #expect(left.files.isEmpty)
        let note = try #require(left.note)
        #expect(note.contains("`instgraph export --graph bipartite -o FILE.graphml`") && note.contains("The consortia CSV holds every membership."))
        #expect(note.contains("`instgraph export --graph institutions -o FILE.graphml`"))
    }

    @Test("a file beside the report is linked relative to it: spaces, #, ? and : are encoded, Hangul kept readable by the browser")
    func relativeLinks() {
        #expect(ReportDownloads.relativeHref("my report-shared.csv") == "my%20report-shared.csv")
        #expect(ReportDownloads.relativeHref("2025:a#b?c-shared.csv") == "2025%3Aa%23b%3Fc-shared.csv")
        #expect(ReportDownloads.relativeHref("보고서-shared.csv").removingPercentEncoding == "보고서-shared.csv")
    }

    @Test("downloads are embedded while small and written beside above 3 MB in all")
    func automaticPlacement() {
        let small = ReportFile(file: "a.csv", label: "A", mediaType: "text/csv", bytes: Array(repeating: 65, count: 1000))
        let large = ReportFile(
            file: "b.graphml", label: "B", mediaType: "application/xml", bytes: Array(repeating: 65, count: ReportLimits.embeddedDownloadBytes))
        let embedded = ReportDownloads(graphs: [small], tables: [], placement: nil, note: nil)
        #expect(embedded.files.isEmpty && embedded.links[0].href.hasPrefix("data:text/csv;base64,"))
        let beside = ReportDownloads(graphs: [large], tables: [(.consortia, small)], placement: nil, note: nil)
        #expect(beside.files.map(\.name) == ["b.graphml", "a.csv"])
        #expect(beside.links.map(\.href) == ["b.graphml", "a.csv"] && beside.tables[.consortia]?.href == "a.csv")
    }

    @Test("betweenness over the work budget is estimated, and both the page and the CSV say so; --exact computes it")
    func estimated() async throws {
        let budget = ShortestPathBudget(
            exactBetweennessWork: 1000, betweennessApproximation: BetweennessApproximation(epsilon: 0.05),
            exactClosenessWork: 1000, closenessApproximation: ClosenessApproximation(epsilon: 0.3), exactEfficiencyWork: 1000, efficiencySources: 50)
        let html = try await Report.make(data, warnings: [], format: .html, language: .english, baseName: "p", options: ReportOptions(budget: budget)).text
        #expect(html.ranges(of: "Betweenness is estimated from").count == 2)
        #expect(html.contains("within 0.05 of the exact one"))
        #expect(html.ranges(of: "Closeness and harmonic centrality are estimated from").count == 2)
        #expect(html.contains("Efficiency is estimated from breadth-first searches out of 50 sampled institutions"))
        let header = try embeddedCSV("p-centrality.csv", in: html)[0]
        #expect(header.contains("two_mode_betweenness_approximate,two_mode_closeness_approximate,two_mode_harmonic_approximate"))
        var exact = budget
        exact.exact = true
        let exactHTML = try await Report.make(data, warnings: [], format: .html, language: .english, options: ReportOptions(budget: exact)).text
        #expect(!exactHTML.contains("is estimated"))
    }

    @Test("Louvain over its work budget runs fewer times and the communities section says so; --exact runs all ten")
    func fewerLouvainTrials() async throws {
        let budget = ShortestPathBudget(louvainWork: 1)
        let html = try await Report.make(data, warnings: [], format: .html, language: .english, options: ReportOptions(budget: budget)).text
        let threads = CentralityOptions.defaultThreadCount
        #expect(html.contains("At this size Louvain ran \(threads) times rather than 10"))
        // The section's introduction counts the same runs.
        let runs = threads == 1 ? "one seeded run" : "the best of \(threads) seeded runs"
        #expect(html.contains("(weight: shared consortia), \(runs) (ten on a smaller projection)."))
        #expect(!html.contains("the best of ten seeded runs"))
        let korean = try await Report.make(data, warnings: [], format: .html, language: .korean, options: ReportOptions(budget: budget)).text
        #expect(korean.contains("(시드를 고정한 \(threads)회 실행\(threads == 1 ? "" : " 중 최선"), 더 작은 투영 그래프에서는 10회)"))
        var exact = budget
        exact.exact = true
        let exactHTML = try await Report.make(data, warnings: [], format: .html, language: .english, options: ReportOptions(budget: exact)).text
        #expect(!exactHTML.contains("Louvain ran"))
        #expect(exactHTML.contains("(weight: shared consortia), the best of ten seeded runs. Agreement"))
    }

    /// A dataset of institutions `I0`, `I1`, … and consortia `C0`, `C1`, …, consortium `c`'s
    /// members being the institutions `members(c)`.
    static func numbered(_ title: String, institutions: Int, consortia: Int, members: (Int) -> [Int]) -> Dataset {
        Dataset(
            title: LocalizedName(english: title),
            institutions: (0..<institutions).map { Institution(id: "i\($0)", name: LocalizedName(english: "I\($0)")) },
            consortia: (0..<consortia).map { team in
                Consortium(id: "c\(team)", name: LocalizedName(english: "C\(team)"), members: members(team).map { Membership(institution: $0) })
            })
    }

    @Test("the communities' counts have their digits grouped, in both languages")
    func communityCountsGrouped() async throws {
        // 1,200 consortia of two that share no one: 1,200 communities of two.
        let pairs = Self.numbered("Pairs", institutions: 2_400, consortia: 1_200) { [2 * $0, 2 * $0 + 1] }
        let english = try await Report.make(pairs, warnings: [], format: .html, language: .english).text
        #expect(english.contains("1,200 communities; modularity"))
        let korean = try await Report.make(pairs, warnings: [], format: .html, language: .korean).text
        #expect(korean.contains("커뮤니티 1,200개, 모듈성"))
    }

    @Test("the lead's counts have their digits grouped, in both languages: the busiest institution's consortia and partners")
    func leadCountsGrouped() async throws {
        // A hub in 1,200 consortia of three, each with two members of its own.
        let hubs = Self.numbered("Hub", institutions: 2_401, consortia: 1_200) { [0, 1 + 2 * $0, 2 + 2 * $0] }
        let english = try await Report.make(hubs, warnings: [], format: .html, language: .english).text
        #expect(english.contains("I0 is in 1,200 of the 1,200 consortia;"))
        #expect(english.contains("The most linked is I0, with 2,400 partners."))
        let korean = try await Report.make(hubs, warnings: [], format: .html, language: .korean).text
        #expect(korean.contains("컨소시엄 1,200개 중 1,200개에 참여하며"))
        #expect(korean.contains("(2,400곳)입니다."))
    }

    @Test("a dataset without warnings is said to have every name in both languages only when it has")
    func qualityLine() async throws {
        let english = try await Report.make(data, warnings: [], format: .html, language: .english).text
        #expect(english.contains("No warnings: every name resolved, no probable duplicates. Names are in English only."))
        let korean = try await Report.make(data, warnings: [], format: .markdown, language: .korean).text
        #expect(korean.contains("경고 없음: 모든 이름이 확인되었고, 중복 의심 기관이 없습니다. 이름은 영어로만 되어 있습니다."))
        let bundled = try await Report.make(try BundledDatasets.load().dataset, warnings: [], format: .html, language: .english).text
        #expect(bundled.contains("No warnings: every name resolved, no probable duplicates, every name in both languages."))
    }

    @Test("the what-if drops fewer consortia on a projection with many ties, never fewer than 10")
    func whatIfDropsScale() {
        #expect(ReportContent.whatIfDrops(projectionTies: 1_000) == 30)
        #expect(ReportContent.whatIfDrops(projectionTies: 10_000_000) == 15)
        #expect(ReportContent.whatIfDrops(projectionTies: 1_000_000_000) == 10)
    }

    @Test("a projection over the pair limit: its sections are skipped and say why, the rest is there")
    func projectionRefused() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english, options: ReportOptions(projectionPairLimit: 10)).text
        let bound = BipartiteGraph(data).projectedPairBound(onto: .institution)
        let pairs = ScaleStrings(.english).number(bound)
        #expect(html.ranges(of: "Skipped: the institutions projection would hold up to \(pairs) pairs, more than 10").count == 4)
        #expect(html.contains("<section id=\"shared\">") && html.contains("Two-mode graph"))
    }

    @Test("the what-if section drops the 30 largest consortia and says so")
    func whatIf() async throws {
        let html = try await Report.make(data, warnings: [], format: .html, language: .english).text
        let start = try #require(html.range(of: "<section id=\"whatif\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        #expect(html[start.upperBound..<end.lowerBound].ranges(of: "<tr><td class=\"num\">").count == ReportContent.whatIfLimit)
        #expect(html.contains("The 30 largest of 120 consortia are dropped in turn"))
        // The command in the note is set as code on the page, as the Markdown report shows it.
        #expect(html.contains("<code>instgraph whatif --each</code> drops every one"))
        let markdown = try await Report.make(data, warnings: [], format: .markdown, language: .english).text
        #expect(markdown.contains("`instgraph whatif --each` drops every one") && !markdown.contains("\\`"))
    }

    @Test("no note on a report at scale shows a backquote: commands are set as code")
    func notesSetCommandsAsCode() async throws {
        let budget = ShortestPathBudget(
            exactBetweennessWork: 1000, betweennessApproximation: BetweennessApproximation(epsilon: 0.05),
            exactClosenessWork: 1000, closenessApproximation: ClosenessApproximation(epsilon: 0.3), exactEfficiencyWork: 1000, efficiencySources: 50,
            louvainWork: 1000)
        for language in Language.allCases {
            let html = try await Report.make(data, warnings: [], format: .html, language: language, options: ReportOptions(budget: budget)).text
            let notes = html.split(separator: "\n").filter { $0.contains("class=\"note") }
            #expect(notes.count >= 8)
            #expect(notes.allSatisfy { !$0.contains("`") }, "\(notes.filter { $0.contains("`") })")
            #expect(html.contains("<code>--exact</code>") && html.contains("<code>instgraph communities --trials 10</code>"))
        }
    }

    @Test("a note's backquoted spans become code, the rest escaped; an unpaired backquote stays")
    func noteEscaping() {
        let note = HTMLNoteText()
        #expect(note.escapeText("run `a <b> & 'c'` now") == "run <code>a &lt;b&gt; &amp; &#39;c&#39;</code> now")
        #expect(note.escapeText("`x` and `y`") == "<code>x</code> and <code>y</code>")
        #expect(note.escapeText("a ` b `c` <") == "a ` b `c` &lt;")
        #expect(note.escapeText("no code \"here\"") == "no code &quot;here&quot;")
    }

    @Test("progress names every step in order, with fractions for the what-if drops")
    func progress() async throws {
        let seen = ProgressLog()
        _ = try await Report.make(data, warnings: [], format: .html, language: .english, options: ReportOptions(progress: { seen.add($0) }))
        let steps = seen.all.map(\.step)
        #expect(steps == steps.sorted() && Set(steps) == Set(1...ReportParts.steps.count))
        #expect(seen.all.contains { $0.stage == "what-if" && $0.fraction == 1 })
    }

    @Test("a small dataset's report has no notes of what was left out, in either language")
    func smallUntouched() async throws {
        let kai = try BundledDatasets.load().dataset
        for language in [Language.english, .korean] {
            let html = try await Report.make(kai, warnings: [], format: .html, language: language).text
            #expect(!html.contains("note scale"))
            let markdown = try await Report.make(kai, warnings: [], format: .markdown, language: language).text
            #expect(!markdown.contains("\n_"))
        }
    }

    @Test("the top-ten tables match a full sort by score then name, ties and all", arguments: [1, 2, 3, 4, 5])
    func topRanking(seed: Int) {
        var state = UInt64(seed)
        let scores = (0..<300).map { _ -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double((state >> 33) % 7) / 7 + (state % 3 == 0 ? 1e-13 : 0)
        }
        let names = scores.indices.map { "n\(($0 * 37) % 300)" }
        let ranking = TopRanking(count: 10, among: scores.count, score: { scores[$0] }, name: { names[$0] })
        let full = scores.indices.filter { scores[$0] > 1e-12 }.sorted { (scores[$1], names[$0]) < (scores[$0], names[$1]) }
        #expect(ranking.shown == Array(full.prefix(10)))
        let last = full[9]
        #expect(ranking.tiedBeyond == full.dropFirst(10).count { abs(scores[$0] - scores[last]) <= 1e-12 })
    }
}

/// Progress reports collected from any thread.
final class ProgressLog: Sendable {
    private let entries = Mutex<[ReportProgress]>([])
    func add(_ progress: ReportProgress) { entries.withLock { $0.append(progress) } }
    var all: [ReportProgress] { entries.withLock { $0 } }
}
