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
    /// The graph exports (GraphML, GEXF) a Markdown report links to for download, to be written in
    /// the same folder; the HTML report embeds them, so it has none.
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
public enum Report {
    /// Builds the report of `dataset` in `format` and `language`.
    ///
    /// - Parameters:
    ///   - warnings: the loader's warnings, shown under data quality.
    ///   - baseName: the stem of the files that go with the report: the Markdown report's diagrams
    ///     (`report` gives `report-bipartite.svg`) and the graph exports (`report-bipartite.graphml`),
    ///     embedded in HTML as data URIs and written beside Markdown.
    ///   - earlier: an earlier version of the dataset; the report then has a "changes since" section.
    /// - Throws: ``GraphvizError`` when a diagram cannot be drawn, or a centrality error.
    public static func make(
        _ dataset: Dataset, warnings: [Diagnostic], format: ReportFormat, language: Language, baseName: String = "report",
        comparedWith earlier: Dataset? = nil
    ) async throws -> ReportDocument {
        var diagrams: [ReportContent.Diagram] = []
        var attachments: [(name: String, bytes: [UInt8])] = []
        let strings = ReportStrings(language)
        for view in DiagramView.allCases {
            let svg = try await drawing(view, of: dataset, language: language)
            let file = "\(baseName)-\(view.rawValue).svg"
            diagrams.append(.init(view: view.rawValue, title: strings.viewTitle(view.rawValue), svg: inlined(svg, prefix: view.rawValue), file: file))
            attachments.append((file, Array(svg.utf8)))
        }
        let exports = ReportContent.exports(dataset, language: language, baseName: baseName)
        let content = try ReportContent(
            dataset: dataset, warnings: warnings, diagrams: diagrams, language: language, downloads: exports.map(\.download),
            comparison: earlier.map { DatasetDiff(old: $0, new: dataset) })
        switch format {
        case .html:
            return ReportDocument(text: try render(HTMLTemplate.text, content), attachments: [])
        case .markdown:
            MustacheContentTypes.register(MarkdownTableText(), named: "MARKDOWN_TABLE")
            return ReportDocument(
                text: try render(MarkdownTemplate.text, content), attachments: attachments,
                downloads: exports.map { ($0.download.file, $0.bytes) })
        }
    }

    /// How many institutions (consortia, in the consortia view) a diagram of a large dataset
    /// shows: those in the most consortia; the two-mode view, with a box per consortium, takes
    /// fewer to stay quick to lay out.
    static func diagramTop(_ view: DiagramView) -> Int { view == .institutions ? 150 : 40 }

    /// The SVG of `view`, sized for a page: institutions sized by betweenness on the projection.
    /// A dataset too large to draw legibly is drawn in part (see ``diagramTop``), and the title says so.
    static func drawing(_ view: DiagramView, of dataset: Dataset, language: Language) async throws -> String {
        var dataset = dataset
        var options = DiagramOptions(language: language)
        if DiagramSelection.nodeCount(view, of: dataset) > DiagramSelection.nodeLimit {
            dataset = DiagramSelection.top(diagramTop(view), of: dataset, for: view)
            let part = language == .korean ? "일부: 가장 많이 참여한 \(diagramTop(view))개" : "part: the \(diagramTop(view)) most connected"
            options.title = "\(dataset.title.preferred(language)) (\(part))"
        }
        if view == .institutions {
            let projection = BipartiteGraph(dataset).projection(onto: .institution)
            options.nodeSizes = try projection.centrality([.betweenness]).betweenness
            options.nodeSizeMeaning = ReportStrings(language).measureName(.betweenness).lowercased()
        }
        let rendering = try await GraphvizRenderer.shared.render(
            NetworkDiagram.describe(view, of: dataset, options: options), engine: view.defaultEngine(drawing: dataset), format: .svg)
        return String(decoding: rendering.bytes, as: UTF8.self)
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

    private static func render(_ template: String, _ content: ReportContent) throws -> String {
        try MustacheTemplate(string: template).render(content)
    }
}

/// Text for Markdown table cells: `|` escaped and line breaks folded, so no value breaks a table.
struct MarkdownTableText: MustacheContentType {
    func escapeText(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
