import ArgumentParser
import Foundation
import InstitutionGraph

extension GraphExportFormat: ExpressibleByArgument {}

/// `instgraph export`: the graph for Gephi, NetworkX, Pajek or a spreadsheet.
struct Export: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a graph of the dataset as GraphML, GEXF 1.3, node-link JSON, Pajek .net or a CSV edge list.",
        discussion: """
            Nodes carry label (in --lang), name_ko, name_en, kind, side and bipartite (NetworkX's convention: 0 for \
            consortia, 1 for institutions), consortia (for institutions) or members (for consortia), parent, aliases (a \
            JSON array: a real array in JSON, its text in GraphML and GEXF), url and notes, then the dataset's own \
            attributes under their own names (country, model, …); an attribute named like a built-in one, or starting \
            with attr_, is written with the prefix attr_. Edges carry weight (1 per membership; shared consortia or \
            shared institutions in a projection) and role (two-mode) or via (the ids shared, joined by ';'), then the \
            membership's own attributes. The dataset's title, source (as a citation and part by part), date and groups \
            (JSON) go in the graph's metadata; GEXF, which has no graph attributes, holds them in an <?instgraph …?> \
            processing instruction. In the two-mode graph node ids are prefixed c: and i:. The two-mode graph in \
            GraphML, GEXF or JSON holds the whole dataset: every command reads it back as the dataset it came from.
            """)

    @OptionGroup var dataset: DatasetOptions

    @Option(help: "bipartite, institutions or consortia.")
    var graph: GraphKind = .bipartite

    @Option(help: "graphml, gexf, json, pajek or csv (default: from -o's extension, else graphml).")
    var format: GraphExportFormat?

    @Option(
        name: [.customShort("o"), .long], help: "Write to this file instead of standard output (written whole or not at all).",
        completion: .file(extensions: ["graphml", "gexf", "json", "net", "csv"]))
    var output: String?

    @Option(help: "Language of labels: ko or en (both names are always exported).")
    var lang: Language = .english

    @OptionGroup var grouping: GroupingOptions

    func validate() throws {
        guard format == nil, let output, output != "-" else { return }
        let fileExtension = URL(fileURLWithPath: output).pathExtension
        guard GraphExportFormat(fileExtension: fileExtension) != nil || fileExtension.isEmpty else {
            throw ValidationError(
                "cannot tell the export format from '.\(fileExtension)'; name the file .graphml, .gexf, .json, .net or .csv, or give --format \(GraphExportFormat.allCases.map(\.rawValue).joined(separator: "|"))."
            )
        }
    }

    var resolvedFormat: GraphExportFormat {
        format ?? output.flatMap { GraphExportFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .graphml
    }

    func execute() throws {
        let exported: ExportedGraph
        if let network = try dataset.loadNetwork() {
            guard graph == .institutions, !grouping.rollsUp else {
                throw CommandFailure(
                    "\(dataset.displayPath) is an institutions projection: export it with --graph institutions (the two-mode graph and the consortia need the membership table), without grouping"
                )
            }
            if let output { try OutputFile.checkWritable(output) }
            exported = ExportedGraph(network, language: lang)
        } else {
            let data = try grouping.apply(try dataset.load().dataset)
            if let output { try OutputFile.checkWritable(output) }
            exported = try ExportedGraph(data, graph: graph, language: lang)
        }
        let text = try exported.written(as: resolvedFormat)
        guard let output, output != "-" else {
            try StandardOutput.write(.text(text))
            return
        }
        try OutputFile.write(.text(text), to: output)
        StandardError.print("instgraph: wrote \(output) (\(graph.rawValue) graph, \(resolvedFormat.rawValue))")
    }
}
