import ArgumentParser
import Foundation
import GraphvizRendering
import InstitutionGraph
import NetworkDiagrams

extension CentralityMeasure: ExpressibleByArgument {}
extension DiagramColoring: ExpressibleByArgument {}

/// `instgraph render`: draws the network with Graphviz.
struct Render: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network with Graphviz: DOT, SVG, PNG, PDF, in Korean or English.",
        discussion: """
            Views: bipartite (consortia as boxes holding their lead and their own members; institutions in several \
            consortia outside, linked to each), institutions (who shares a consortium with whom; edge width = shared \
            consortia; node size = --size-by), consortia (how many institutions each pair shares).
            The format follows -o's extension unless --format is given; without -o, SVG (or DOT) goes to standard \
            output. PNG and PDF use a font that covers Hangul (Noto Sans CJK KR from fonts-noto-cjk by default).
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var grouping: GroupingOptions

    @Option(help: "bipartite, institutions or consortia.")
    var view: GraphKind = .bipartite

    @Option(
        help: """
            Graphviz layout engine. bipartite: dot or fdp; institutions: neato, fdp, sfdp or \
            twopi (dot makes strips of its cliques, circo cannot keep sized nodes apart); consortia: circo, neato, fdp, \
            sfdp, twopi or dot. patchwork draws no edges. (default: dot, neato and circo; neato beyond 12 consortia)
            """)
    var engine: String?

    @Option(help: "dot, svg, png, pdf, or any other format the installed Graphviz offers (default: from -o's extension, else svg).")
    var format: String?

    @Option(name: [.customShort("o"), .long], help: "Write the drawing to this file (written whole or not at all).", completion: .file())
    var output: String?

    @Option(help: "Language of labels: ko or en (falls back to the other when a name is missing).")
    var lang: Language = .english

    @Option(help: "An institution to emphasise with its edges, by id, name or alias; repeat for several (--highlight KAIST --highlight 서울대학교).")
    var highlight: [String] = []

    @Option(name: .customLong("min-weight"), help: "institutions/consortia views: leave out edges with fewer shared consortia/institutions than this.")
    var minimumWeight: Double = 0

    @Option(name: .customLong("size-by"), help: "institutions view: size nodes by this centrality on the institutions projection.")
    var sizeBy: CentralityMeasure = .betweenness

    @Option(
        name: .customLong("color-by"),
        help:
            "bipartite/institutions views: fill institutions by kind, by their one consortium (several: white) or by Louvain community, in a colour-blind-safe palette; shapes keep the kind."
    )
    var colorBy: DiagramColoring = .kind

    @Option(help: "The title above the drawing (default: the dataset's title).")
    var title: String?

    @Option(help: "Font family for labels; it must cover Hangul for Korean PNG/PDF.")
    var font: String = DiagramOptions.defaultFont

    @Option(
        help:
            "Draw only the N institutions in the most consortia (bipartite view: with the N consortia that tie most of them together; consortia view: the N largest consortia)."
    )
    var top: Int?

    @Option(name: .customLong("k-core"), help: "Draw only the K-core of the two-mode graph: consortia and institutions with at least K ties among themselves.")
    var kCore: Int?

    func validate() throws {
        if minimumWeight < 0 { throw ValidationError("--min-weight must be 0 or more.") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
        if let kCore, kCore < 1 { throw ValidationError("--k-core must be 1 or more.") }
        if colorBy != .kind && view == .consortia {
            throw ValidationError(
                "--color-by \(colorBy.rawValue) colours institutions, and the consortia view draws none; use it with --view bipartite or institutions.")
        }
    }

    /// The format asked for, else the output file's extension, else SVG.
    var resolvedFormat: GraphvizRendering.OutputFormat {
        if let format { return .init(rawValue: format.lowercased()) }
        guard let output else { return .svg }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "", "gv": return .dot
        case let fileExtension: return .init(rawValue: fileExtension)
        }
    }

    func execute() async throws {
        if let network = try dataset.loadNetwork() {
            try await draw(network)
            return
        }
        let whole = try grouping.apply(try dataset.load().dataset)
        if let output { try OutputFile.checkWritable(output) }
        let data = try filtered(whole)
        var options = DiagramOptions(language: lang, minimumWeight: minimumWeight, title: title, font: font, coloring: colorBy)
        if let selection {
            options.whole = whole
            options.selection = selection
        }
        options.highlighted = Set(try highlight.map(data.institutionIndex(named:)))
        if view == .institutions {
            let projection = BipartiteGraph(data).projection(onto: .institution)
            options.nodeSizes = try projection.centrality([sizeBy])[sizeBy]
            options.nodeSizeMeaning = sizeBy.displayName(in: lang).lowercased()
        }
        try await draw(data, options: options)
    }

    /// Draws an institutions projection read from a folder: the institutions view, of the `--top`
    /// institutions in the most consortia when the whole is too large to read.
    private func draw(_ network: InstitutionNetwork) async throws {
        guard view == .institutions, kCore == nil, !grouping.rollsUp, colorBy == .kind else {
            throw CommandFailure(
                "\(dataset.displayPath) is an institutions projection: draw it with --view institutions, without --k-core, grouping or --color-by other than kind (they need the consortia)"
            )
        }
        if let output { try OutputFile.checkWritable(output) }
        let part = top.map { network.keeping(network.inMostConsortia($0)) } ?? network
        guard part.dataset.institutions.count <= DiagramSelection.nodeLimit else {
            throw CommandFailure(
                "the institutions view would have \(part.dataset.institutions.count) nodes, too many to draw legibly (at most \(DiagramSelection.nodeLimit)); draw the institutions in the most consortia with --top N, e.g. --top 200"
            )
        }
        var options = DiagramOptions(language: lang, minimumWeight: minimumWeight, title: title, font: font, coloring: colorBy)
        if let selection {
            options.whole = network.dataset
            options.selection = selection
        }
        options.highlighted = Set(try highlight.map(part.dataset.institutionIndex(named:)))
        options.projection = part.projection
        options.nodeSizes = try part.projection.centrality([sizeBy])[sizeBy]
        options.nodeSizeMeaning = sizeBy.displayName(in: lang).lowercased()
        try await draw(part.dataset, options: options)
    }

    /// Lays out and writes `view` of `data`.
    private func draw(_ data: Dataset, options: DiagramOptions) async throws {
        let description = NetworkDiagram.describe(view, of: data, options: options)
        let renderer = GraphvizRenderer.shared
        let format = resolvedFormat
        let bytes: [UInt8]
        if format == .dot {
            bytes = Array(try await renderer.dot(description).utf8)
        } else {
            let rendering = try await renderer.render(description, engine: try chosenEngine(drawing: data), format: format)
            bytes = rendering.bytes
        }
        try write(bytes, format: format)
    }

    /// The engine asked for, else the view's default, refused when it cannot draw the view without
    /// overlaps (``GraphKind/engines``).
    private func chosenEngine(drawing data: Dataset) throws -> LayoutEngine {
        guard let engine else { return view.defaultEngine(drawing: data) }
        let chosen = LayoutEngine(rawValue: engine.lowercased())
        let engines = view.engines.map(\.rawValue)
        guard !view.engines.contains(chosen) else { return chosen }
        let choice = "choose " + engines.dropLast().joined(separator: ", ") + " or " + engines.last!
        if let reason = view.whyNot(chosen) {
            throw CommandFailure("the \(view.rawValue) view is not drawn with \(chosen): \(reason); \(choice)")
        }
        let hint = Suggestions.closest(to: engine, among: engines).map { "did you mean '\($0)'? " } ?? ""
        throw CommandFailure("'\(engine)' is not a layout engine for the \(view.rawValue) view; \(hint)\(choice)")
    }

    /// How the part drawn is chosen, for the line under the title (`2-core · top 20`), or `nil`
    /// when the whole dataset is drawn.
    private var selection: String? {
        let korean = lang == .korean
        var parts: [String] = []
        if let kCore { parts.append(korean ? "\(kCore)-코어" : "\(kCore)-core") }
        if let top { parts.append(korean ? "상위 \(top)" : "top \(top)") }
        if parts.isEmpty && minimumWeight > 1 && view != .bipartite { parts.append(korean ? "필터 적용" : "filtered") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The part of the dataset to draw (`--k-core`, `--top`), refused when it is still too big to
    /// read.
    private func filtered(_ data: Dataset) throws -> Dataset {
        var data = data
        if let kCore { data = DiagramSelection.kCore(kCore, of: data) }
        if let top { data = DiagramSelection.top(top, of: data, for: view) }
        let nodes = DiagramSelection.nodeCount(view, of: data)
        guard nodes <= DiagramSelection.nodeLimit else {
            throw CommandFailure(
                "the \(view.rawValue) view would have \(nodes) nodes, too many to draw legibly (at most \(DiagramSelection.nodeLimit)); draw part of it with --top N (the institutions in the most consortia), --k-core K, or --min-weight N on the projections, e.g. --top 200"
            )
        }
        guard !data.consortia.isEmpty else {
            throw CommandFailure("nothing is left to draw after --k-core \(kCore ?? 0); choose a smaller K")
        }
        return data
    }

    private func write(_ bytes: [UInt8], format: GraphvizRendering.OutputFormat) throws {
        if let output, output != "-" {
            try OutputFile.write(.bytes(bytes), to: output)
            StandardError.print("instgraph: wrote \(output) (\(view.rawValue) view, \(format.rawValue), \(bytes.count) bytes)")
            return
        }
        let textual: Set<String> = ["svg", "dot", "xdot", "plain", "json", "gv", "canon"]
        if !textual.contains(String(format.rawValue.prefix { $0 != ":" })), isatty(STDOUT_FILENO) != 0 {
            throw CommandFailure("\(format.rawValue.uppercased()) is binary; write it to a file with -o FILE.\(format.rawValue), or redirect standard output")
        }
        try StandardOutput.write(.bytes(bytes))
    }
}
