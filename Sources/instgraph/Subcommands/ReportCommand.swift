import ArgumentParser
import Foundation
import InstitutionGraph
import InstitutionReport

extension ReportFormat: ExpressibleByArgument {}

/// `instgraph report`: the main job, one report a policy analyst can open and share.
struct ReportCommand: DataCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML (or Markdown) report: counts, consortia, shared institutions, overlap, centrality, diagrams and data quality.",
        discussion: "The HTML report needs no network: styles, scripts and diagrams are inside the file. The Markdown report writes its three diagrams as SVG files beside it.")

    @OptionGroup var dataset: DatasetOptions

    @Option(name: [.customShort("o"), .long], help: "Where to write the report (default: report.html, or report.md with --format markdown).", completion: .file(extensions: ["html", "md"]))
    var output: String?

    @Option(help: "html or markdown (default: from -o's extension, else html).")
    var format: ReportFormat?

    @Option(help: "Language of names and headings: ko or en.")
    var lang: Language = .english

    var resolvedFormat: ReportFormat {
        if let format { return format }
        let fileExtension = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() }
        return fileExtension == "md" || fileExtension == "markdown" ? .markdown : .html
    }

    func execute() async throws {
        let loaded = try dataset.load()
        let format = resolvedFormat
        let path = output ?? (format == .html ? "report.html" : "report.md")
        let url = URL(fileURLWithPath: path)
        let baseName = url.deletingPathExtension().lastPathComponent
        let document = try await Report.make(loaded.dataset, warnings: loaded.warnings, format: format, language: lang, baseName: baseName)
        let folder = url.deletingLastPathComponent()
        for attachment in document.attachments {
            try OutputFile.write(Data(attachment.bytes), to: folder.appending(path: attachment.name).path)
        }
        try OutputFile.write(Data(document.text.utf8), to: path)
        let extra = document.attachments.isEmpty ? "" : " and \(document.attachments.count) diagrams beside it"
        StandardError.print("instgraph: wrote \(path)\(extra)")
    }
}
