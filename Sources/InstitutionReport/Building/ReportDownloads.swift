import Foundation
import InstitutionGraph

/// A file the report offers: a graph export or a full table.
struct ReportFile: Sendable {
    let file: String
    let label: String
    let mediaType: String
    let bytes: [UInt8]
}

/// The report's downloads, placed: embedded as data URIs, written beside the report, or left out.
struct ReportDownloads {
    /// The links of the downloads section, graph files first.
    let links: [ReportContent.Download]
    /// The full tables' links, for the notes under the sections they complete.
    let tables: [ReportTableFile: ReportContent.Download]
    /// The files to write beside the report.
    let files: [(name: String, bytes: [UInt8])]
    /// What the graph files leave out at this size.
    let note: String?

    /// Places `graphs` and `tables`: as `placement` says, or, when it is `nil`, embedded while
    /// they add up to ``ReportLimits/embeddedDownloadBytes`` and beside the report above that.
    init(graphs: [ReportFile], tables: [(ReportTableFile, ReportFile)], placement: DownloadPlacement?, note: String?) {
        let total = (graphs + tables.map(\.1)).reduce(0) { $0 + $1.bytes.count }
        let placement = placement ?? (total <= ReportLimits.embeddedDownloadBytes ? .embed : .beside)
        let link = { (file: ReportFile) -> ReportContent.Download? in
            switch placement {
            case .embed:
                return .init(label: file.label, file: file.file, href: "data:\(file.mediaType);base64," + Data(file.bytes).base64EncodedString())
            case .beside:
                return .init(label: file.label, file: file.file, href: Self.relativeHref(file.file))
            case .none:
                return nil
            }
        }
        let tableLinks = tables.compactMap { kind, file in link(file).map { (kind, $0) } }
        links = graphs.compactMap(link) + tableLinks.map(\.1)
        self.tables = Dictionary(uniqueKeysWithValues: tableLinks)
        files = placement == .beside ? (graphs + tables.map(\.1)).map { ($0.file, $0.bytes) } : []
        self.note = placement == .none ? nil : note
    }

    /// A link to `file` in the report's folder: percent-encoded, with `:` encoded too, so that a
    /// name such as `2025:report-shared.csv` is not read as a URL scheme.
    static func relativeHref(_ file: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return file.addingPercentEncoding(withAllowedCharacters: allowed) ?? file
    }

    /// The two-mode graph and the institutions projection of `analysis` (of `network` alone when
    /// the report is made from a projection), as GraphML and GEXF; at sizes where they would be
    /// very large, GEXF and the projection are left out (see ``ReportLimits``), and above
    /// `exportMemberships` memberships every graph, and the note says so.
    ///
    /// They need no measure, so the report writes them while it computes the measures.
    static func graphFiles(
        of analysis: DatasetAnalysis, network: InstitutionNetwork?, language: Language, baseName: String,
        exportMemberships: Int = ReportLimits.graphExportMemberships
    ) throws -> (files: [ReportFile], note: String?) {
        if let network {
            return projectionFiles(network, language: language, baseName: baseName)
        }
        let memberships = analysis.dataset.membershipCount
        guard memberships <= exportMemberships else {
            return ([], ScaleStrings(language).downloadsLeftOut(gexf: true, projection: true, twoMode: true))
        }
        let withGEXF = memberships <= ReportLimits.gexfExportMemberships
        let projectionEdges = (try? analysis.institutionProjection().edgeCount) ?? Int.max
        let withProjection = projectionEdges <= ReportLimits.projectionExportEdges
        let graphs: [(GraphKind, String, String)] =
            [
                (.bipartite, "Consortia and institutions", "컨소시엄과 기관")
            ] + (withProjection ? [(.institutions, "Institutions projection", "기관 투영 그래프")] : [])
        let files: [ReportFile]
        do {
            files = try graphs.flatMap { graph, english, korean in
                let exported = try ExportedGraph(analysis, graph: graph, language: language)
                return try (withGEXF ? [GraphExportFormat.graphml, .gexf] : [.graphml]).map { format in
                    ReportFile(
                        file: "\(baseName)-\(graph.rawValue).\(format.fileExtension)",
                        label: "\(language == .korean ? korean : english) (\(format == .graphml ? "GraphML" : "GEXF 1.3"))",
                        mediaType: "application/xml", bytes: Array(try exported.written(as: format).utf8))
                }
            }
        } catch is XMLIndistinguishableNames {
            return ([], ScaleStrings(language).graphFilesUnwritable)
        }
        let note = withGEXF && withProjection ? nil : ScaleStrings(language).downloadsLeftOut(gexf: !withGEXF, projection: !withProjection, twoMode: false)
        return (files, note)
    }

    /// A projection read from the Spark job's folder as GraphML (and GEXF while it is small),
    /// within the same limits as a projection made here.
    private static func projectionFiles(_ network: InstitutionNetwork, language: Language, baseName: String) -> (files: [ReportFile], note: String?) {
        let ties = network.projection.edgeCount
        guard ties <= ReportLimits.projectionExportEdges else { return ([], ProjectionStrings(language).exportsLeftOut(graphML: true)) }
        let withGEXF = ties <= ReportLimits.gexfExportTies
        let exported = ExportedGraph(network, language: language)
        do {
            let files = try (withGEXF ? [GraphExportFormat.graphml, .gexf] : [.graphml]).map { format in
                ReportFile(
                    file: "\(baseName)-\(GraphKind.institutions.rawValue).\(format.fileExtension)",
                    label: "\(language == .korean ? "기관 투영 그래프" : "Institutions projection") (\(format == .graphml ? "GraphML" : "GEXF 1.3"))",
                    mediaType: "application/xml", bytes: Array(try exported.written(as: format).utf8))
            }
            return (files, withGEXF ? nil : ProjectionStrings(language).exportsLeftOut(graphML: false))
        } catch {
            return ([], ScaleStrings(language).graphFilesUnwritable)
        }
    }
}
