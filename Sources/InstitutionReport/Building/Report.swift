import Foundation
import GraphvizRendering
import InstitutionGraph
import Mustache
import NetworkDiagrams

/// A written report: its text and any files that go beside it (the Markdown report's diagrams).
public struct ReportDocument: Sendable {
    /// The report's own text (HTML or Markdown).
    public var text: String
    /// Files the report links to, by file name, to be written in the same folder.
    public var attachments: [(name: String, bytes: [UInt8])]
    /// The downloads (graph exports, full tables) to be written in the same folder, when they go
    /// beside the report rather than inside it.
    public var downloads: [(name: String, bytes: [UInt8])] = []
}

/// The formats a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// One self-contained HTML page with the diagrams inline.
    case html
    /// GitHub-flavoured Markdown, with the diagrams as SVG files beside it.
    case markdown
}

/// Writes the report that answers every question about a dataset: counts, consortia, shared
/// institutions, overlap, centrality, diagrams and data quality.
///
/// The graphs and measures are computed once (``DatasetAnalysis``) and shared by every section.
/// On a large dataset each section shows its first rows, says how many there are and offers the
/// whole table as CSV (``ReportLimits``); measures whose exact computation is over the work budget
/// are estimated, and the page says so.
public enum Report {
    /// Builds the report of `dataset` in `format` and `language`.
    ///
    /// - Parameters:
    ///   - warnings: the loader's warnings, shown under data quality.
    ///   - baseName: the stem of the files that go with the report: the Markdown report's diagrams
    ///     (`report` gives `report-bipartite.svg`), the graph exports (`report-bipartite.graphml`)
    ///     and full tables (`report-shared.csv`), embedded in HTML as data URIs or written beside.
    ///   - earlier: an earlier version of the dataset; the report then has a "changes since" section.
    ///   - options: where downloads go, whether to compute everything exactly, and progress.
    /// - Throws: ``GraphvizError`` when a diagram cannot be drawn, or a centrality error.
    public static func make(
        _ dataset: Dataset, warnings: [Diagnostic], format: ReportFormat, language: Language, baseName: String = "report",
        comparedWith earlier: Dataset? = nil, options: ReportOptions = ReportOptions()
    ) async throws -> ReportDocument {
        let parts = try await ReportParts.compute(dataset, language: language, baseName: baseName, options: options, comparedWith: earlier)
        return try await write(parts, warnings: warnings, format: format, baseName: baseName, options: options)
    }

    /// Builds the report of an institutions projection that the Spark job computed from a
    /// membership table too large for one machine (``ProjectionFolder``): the counts, shared
    /// institutions and overlapping pairs the job wrote, and the centrality, brokerage,
    /// communities and diagram of the projection, each saying where it was computed. Sections
    /// that need the membership table (consortia, the two-mode graph, what-if) are left out,
    /// and the page says so.
    ///
    /// - Parameters:
    ///   - warnings: the loader's warnings, shown under data quality.
    ///   - baseName: the stem of the files that go with the report (`report-institutions.svg`,
    ///     `report-institutions.graphml`, `report-shared.csv`).
    ///   - options: where downloads go, whether to compute everything exactly, and progress.
    /// - Throws: ``GraphvizError`` when the diagram cannot be drawn, or a centrality error.
    public static func make(
        _ network: InstitutionNetwork, warnings: [Diagnostic], format: ReportFormat, language: Language, baseName: String = "report",
        options: ReportOptions = ReportOptions()
    ) async throws -> ReportDocument {
        let parts = try await ReportParts.compute(network, language: language, baseName: baseName, options: options)
        return try await write(parts, warnings: warnings, format: format, baseName: baseName, options: options)
    }

    /// Writes the report of `parts`: the what-if drops, diagrams and downloads, then the page.
    private static func write(
        _ computed: ReportParts, warnings: [Diagnostic], format: ReportFormat, baseName: String, options: ReportOptions
    ) async throws -> ReportDocument {
        var parts = computed
        let steps = parts.steps
        let step = { (name: String, fraction: Double?) in
            guard let index = steps.firstIndex(of: name) else { return }
            options.progress?(ReportProgress(stage: name, step: index + 1, steps: steps.count, fraction: fraction))
        }
        // Graphviz draws and the tables are written while the what-if drops run: each is mostly
        // one thread's work. The graph files were started with the measures.
        let summaries = ReportSummaries(parts)
        async let drawn = diagrams(of: computed, summaries: summaries.diagrams, baseName: baseName)
        async let tables = ReportTables.files(computed, warnings: warnings, baseName: baseName)
        if parts.network == nil {
            step("what-if", nil)
            (parts.whatIf, parts.whatIfNote) = try parts.dropImpacts { step("what-if", $0) }
        }
        step("diagrams", nil)
        let (diagrams, attachments) = try await drawn
        step("downloads", nil)
        let graphFiles = try await parts.graphFiles.value
        let downloads = ReportDownloads(
            graphs: graphFiles.files, tables: await tables,
            placement: format == .markdown ? options.downloads ?? .beside : options.downloads, note: graphFiles.note)
        let beside = (format == .markdown ? attachments : []) + downloads.files
        if !beside.isEmpty { options.filesReady?(beside) }
        step("page", nil)
        let content = try ReportContent(
            parts, warnings: warnings, diagrams: diagrams, tables: downloads.tables, downloads: downloads.links, downloadsNote: downloads.note,
            lead: summaries.lead, generatedOn: options.generatedOn)
        switch format {
        case .html:
            return ReportDocument(text: try ReportTemplates.render("report.html", content), attachments: [], downloads: downloads.files)
        case .markdown:
            MustacheContentTypes.register(MarkdownTableText(), named: "MARKDOWN_TABLE")
            return ReportDocument(text: try ReportTemplates.render("report.md", content), attachments: attachments, downloads: downloads.files)
        }
    }

    /// The three diagrams of the report, inlined for the page, and their SVG files for Markdown.
    private static func diagrams(of parts: ReportParts, summaries: [GraphKind: String], baseName: String) async throws
        -> (diagrams: [ReportContent.Diagram], files: [(name: String, bytes: [UInt8])])
    {
        var diagrams: [ReportContent.Diagram] = []
        var files: [(name: String, bytes: [UInt8])] = []
        let strings = ReportStrings(parts.language)
        for view in parts.network == nil ? GraphKind.allCases : [.institutions] {
            let drawing =
                if let network = parts.network {
                    try await drawing(of: network, analysis: parts.analysis, language: parts.language)
                } else {
                    try await drawing(view, of: parts.analysis, language: parts.language)
                }
            let file = "\(baseName)-\(view.rawValue).svg"
            diagrams.append(
                .init(
                    view: view.rawValue, title: strings.viewTitle(view.rawValue), svg: inlined(drawing.svg, prefix: view.rawValue), file: file,
                    note: drawing.part.map { ScaleStrings(parts.language).diagramPart(view, $0) }, summary: summaries[view] ?? ""))
            files.append((file, Array(drawing.svg.utf8)))
        }
        return (diagrams, files)
    }

    /// The most nodes a diagram in the report draws whole: beyond it, the layout takes long and
    /// the labels cannot be read on a page.
    static let diagramNodeLimit = 300

    /// How many institutions (consortia, in the consortia view) a diagram of a large dataset
    /// shows: those in the most consortia; the two-mode view, with a box per consortium, takes
    /// fewer to stay quick to lay out (40 take Graphviz four seconds, 25 one).
    static func diagramTop(_ view: GraphKind) -> Int {
        switch view {
        case .institutions: 150
        case .bipartite: 25
        case .consortia: 40
        }
    }

    /// The most edges a diagram keeps: its lightest ties go first, so that the drawing stays
    /// readable (and the page small).
    static func diagramEdges(_ view: GraphKind) -> Int { view == .institutions ? 450 : 120 }

    /// A diagram as the report shows it.
    struct Drawing {
        let svg: String
        /// How the dataset was cut to draw it, when it was too large to draw whole.
        let part: DiagramPart?
    }

    /// How a diagram of a large dataset was cut: as `render --top N --min-weight W` cuts it.
    struct DiagramPart {
        /// How many institutions (or consortia) were kept, when not all.
        let top: Int?
        /// The lightest tie kept, when lighter ones were left out.
        let minimumWeight: Int?
    }

    /// The SVG of `view`, sized for a page: institutions sized by betweenness on the projection.
    /// A dataset too large to draw legibly is drawn in part (see ``diagramTop`` and
    /// ``diagramEdges``), and the title says so.
    static func drawing(_ view: GraphKind, of analysis: DatasetAnalysis, language: Language) async throws -> Drawing {
        var dataset = analysis.dataset
        var options = DiagramOptions(language: language)
        var top: Int?
        if DiagramSelection.nodeCount(view, of: dataset) > diagramNodeLimit {
            top = diagramTop(view)
            dataset = DiagramSelection.top(diagramTop(view), of: dataset, for: view)
            options.whole = analysis.dataset
            options.selection = language == .korean ? "상위 \(diagramTop(view))" : "top \(diagramTop(view))"
        }
        options.minimumWeight = DiagramSelection.minimumWeight(leavingAtMost: diagramEdges(view), of: view, of: dataset)
        let thinned = options.minimumWeight > 1 ? Int(options.minimumWeight) : nil
        if thinned != nil && view != .bipartite && options.whole == nil {
            options.whole = analysis.dataset
            options.selection = language == .korean ? "필터 적용" : "filtered"
        }
        if view == .institutions {
            // The whole dataset's projection betweenness is computed already; a part is small.
            do {
                options.nodeSizes =
                    top == nil
                    ? try analysis.centrality(on: .institutions).betweenness
                    : try BipartiteGraph(dataset).projection(onto: .institution).centrality([.betweenness]).betweenness
                options.nodeSizeMeaning = ReportStrings(language).measureName(.betweenness).lowercased()
            } catch is ProjectionTooLarge {
                options.nodeSizes = nil
            }
        }
        let rendering = try await GraphvizRenderer.shared.render(
            NetworkDiagram.describe(view, of: dataset, options: options), engine: view.defaultEngine(drawing: dataset), format: .svg)
        return Drawing(
            svg: String(decoding: rendering.bytes, as: UTF8.self),
            part: top == nil && thinned == nil ? nil : DiagramPart(top: top, minimumWeight: thinned))
    }

    /// The SVG of a projection read from the Spark job's folder: the institutions in the most
    /// consortia when it is too large to draw whole (as `render --view institutions --top N`
    /// draws it), sized by betweenness on the part drawn.
    static func drawing(of network: InstitutionNetwork, analysis: DatasetAnalysis, language: Language) async throws -> Drawing {
        var options = DiagramOptions(language: language)
        var part = network
        var top: Int?
        if network.dataset.institutions.count > diagramNodeLimit {
            top = diagramTop(.institutions)
            part = network.keeping(network.inMostConsortia(diagramTop(.institutions)))
            options.whole = network.dataset
            options.selection = language == .korean ? "상위 \(diagramTop(.institutions))" : "top \(diagramTop(.institutions))"
        }
        options.projection = part.projection
        let weights = part.projection.edges.filter { $0.source < $0.target }.map(\.weight)
        options.minimumWeight = DiagramSelection.minimumWeight(leavingAtMost: diagramEdges(.institutions), of: weights)
        let thinned = options.minimumWeight > 1 ? Int(options.minimumWeight) : nil
        if thinned != nil && options.whole == nil {
            options.whole = network.dataset
            options.selection = language == .korean ? "필터 적용" : "filtered"
        }
        options.nodeSizes =
            top == nil ? try analysis.centrality(on: .institutions).betweenness : try part.projection.centrality([.betweenness]).betweenness
        options.nodeSizeMeaning = ReportStrings(language).measureName(.betweenness).lowercased()
        let rendering = try await GraphvizRenderer.shared.render(
            NetworkDiagram.describe(.institutions, of: part.dataset, options: options), engine: GraphKind.institutions.defaultEngine(drawing: part.dataset),
            format: .svg)
        return Drawing(
            svg: String(decoding: rendering.bytes, as: UTF8.self),
            part: top == nil && thinned == nil ? nil : DiagramPart(top: top, minimumWeight: thinned))
    }

    /// An SVG document made fit to sit inside HTML: without its XML prolog, doctype and comments,
    /// with every `id` prefixed by `prefix-` so the three diagrams' ids stay unique in one page.
    static func inlined(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        // Graphviz writes each comment on a line of its own.
        let body = svg[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !(line.hasPrefix("<!--") && line.hasSuffix("-->")) }
            .joined(separator: "\n")
        return body.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
            .replacingOccurrences(of: "xlink:href=\"#", with: "xlink:href=\"#\(prefix)-")
    }
}

/// Text for the Markdown report: a name reaches the reader as written and can neither break a
/// table nor become markup. `&`, `<` and `>` are written as entities (a Markdown viewer passes HTML
/// through), Markdown's inline syntax (`\\`, `` ` ``, `*`, `_`, `[`, `]`) and `|` are escaped with a
/// backslash, and line breaks are folded into spaces.
struct MarkdownTableText: MustacheContentType {
    func escapeText(_ text: String) -> String {
        guard text.contains(where: { "&<>|\\`*_[]\n\r".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|", "\\", "`", "*", "_", "[", "]": result += "\\" + String(character)
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
