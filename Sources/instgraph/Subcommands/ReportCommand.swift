import ArgumentParser
import Foundation
import InstitutionGraph
import InstitutionReport
import Synchronization

extension ReportFormat: ExpressibleByArgument {}
extension DownloadPlacement: ExpressibleByArgument {}

/// `instgraph report`: the main job, one report a policy analyst can open and share.
struct ReportCommand: DataCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write one self-contained HTML (or Markdown) report: counts, consortia, shared institutions, overlap, centrality, brokers, communities, what-if, diagrams, downloads and data quality.",
        discussion: """
            The HTML report needs no network: styles, scripts and diagrams are inside the file, and so are the \
            downloads (GraphML, GEXF, full tables as CSV) while they are small; larger ones are written beside it \
            and linked (--downloads). The Markdown report writes its three diagrams (SVG) and the downloads beside it. \
            --compare OLD adds what changed since an earlier version.
            Given the folder the Spark job (spark/instgraph_spark.py) wrote, the report has the sections a projection \
            answers: the job's counts, shared institutions and overlapping pairs, and centrality, brokerage, \
            communities and the diagram of the projection, each saying where it was computed.
            On a large dataset each section shows its first rows, says how many there are and offers the whole table \
            as CSV; diagrams draw the most connected part; betweenness, closeness and harmonic centrality and the \
            what-if's efficiency are estimated, the what-if drops fewer consortia and Louvain runs fewer times where \
            the full work would take long (--exact computes everything in full), and the page says so.
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var parallelism: ThreadOptions

    @Option(
        name: [.customShort("o"), .long], help: "Where to write the report (default: report.html, or report.md with --format markdown).",
        completion: .file(extensions: ["html", "md"]))
    var output: String?

    @Option(help: "html or markdown (default: from -o's extension, else html).")
    var format: ReportFormat?

    @Option(help: "Language of names and headings: ko or en.")
    var lang: Language = .english

    @Option(
        name: .customLong("compare"),
        help: "An earlier version of the dataset (read with the same column mapping): the report adds a section on what changed since.",
        completion: .file(extensions: ["yaml", "yml", "json", "csv", "tsv", "xlsx", "graphml", "gexf"]))
    var earlier: String?

    @Option(help: "The report's title (default: the dataset's title, or a mapping file's 'title:', or the file's name).")
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Where the downloads (GraphML, GEXF, full tables as CSV) go: embed (inside the page), beside (files next to it, linked) or none (default: embed up to 3 MB in all, beside above; Markdown: beside).",
            valueName: "placement"))
    var downloads: DownloadPlacement?

    @Flag(
        help:
            "Compute every measure exactly, however long it takes (by default betweenness is estimated where nodes × edges is over 10⁹, closeness and harmonic over 5·10⁹, and the what-if's efficiency from 64 to 256 sampled institutions over 3·10⁸; Louvain runs fewer than 10 times where trials × ties would pass 5·10⁶; the report says what it estimated)."
    )
    var exact = false

    var resolvedFormat: ReportFormat {
        if let format { return format }
        let fileExtension = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() }
        return fileExtension == "md" || fileExtension == "markdown" ? .markdown : .html
    }

    func execute() async throws {
        if var network = try dataset.loadNetwork() {
            guard earlier == nil else {
                throw CommandFailure("\(dataset.displayPath) is an institutions projection; --compare needs the membership tables of both versions")
            }
            if let title { network.dataset.title = LocalizedName(guessingLanguageOf: title) }
            try await write { format, baseName, options in
                try await Report.make(network, warnings: [], format: format, language: lang, baseName: baseName, options: options)
            }
            return
        }
        var loaded = try dataset.load(warnings: true)
        if let title { loaded.dataset.title = LocalizedName(guessingLanguageOf: title) }
        try await write { format, baseName, options in
            // Read after the output is checked: a report that cannot be written reads nothing more.
            let earlierDataset = try earlier.map { try DiffLoading.load($0, mapping: dataset.columns.resolved()) }
            return try await Report.make(
                loaded.dataset, warnings: loaded.warnings, format: format, language: lang, baseName: baseName, comparedWith: earlierDataset,
                options: options)
        }
    }

    /// Makes the report with `make` and writes it, with the files that go beside it.
    private func write(_ make: (ReportFormat, String, ReportOptions) async throws -> ReportDocument) async throws {
        let format = resolvedFormat
        let path = output ?? (format == .html ? "report.html" : "report.md")
        try OutputFile.checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let baseName = url.deletingPathExtension().lastPathComponent
        let progress: @Sendable (ReportProgress) -> Void = { progress in
            let percent = progress.fraction.map { " \(Int(($0 * 100).rounded()))%" } ?? ""
            ProgressLine.update("\(progress.stage) (\(progress.step)/\(progress.steps))\(percent)")
        }
        let folder = url.deletingLastPathComponent()
        let besideFiles = { @Sendable (files: [(name: String, bytes: [UInt8])]) in
            files.map { (path: folder.appending(path: $0.name).path, contents: FileContents.bytes($0.bytes)) }
        }
        // The files beside the page are written to temporary files while the page is rendered;
        // all are renamed into place together once the page is written too, or none of them.
        let early = BesideStaging()
        let options = ReportOptions(
            downloads: downloads, budget: ShortestPathBudget(exact: exact), threads: parallelism.threads, progress: progress,
            generatedOn: Self.today(), filesReady: { files in early.start(besideFiles(files)) })
        let document: ReportDocument
        do {
            document = try await make(format, baseName, options)
        } catch {
            // Let go uncommitted, the files already staged are deleted.
            _ = try? await early.task?.value
            throw error
        }
        let staging = early.task
        let page = Result {
            try OutputFile.Staging((staging == nil ? besideFiles(document.attachments + document.downloads) : []) + [(path, .text(document.text))])
        }
        let stagedBeside = try await staging?.value
        try OutputFile.commit((stagedBeside.map { [$0] } ?? []) + [try page.get()])
        let beside = [
            document.attachments.isEmpty ? nil : Plural.count(document.attachments.count, "diagram"),
            document.downloads.isEmpty ? nil : Plural.count(document.downloads.count, "download"),
        ].compactMap { $0 }
        let extra = beside.isEmpty ? "" : " and \(beside.joined(separator: " and ")) beside it"
        StandardError.print("instgraph: wrote \(path)\(extra)")
    }

    /// Today's date in UTC, `2026-11-30`, or that of `SOURCE_DATE_EPOCH` when it is set, as
    /// reproducible builds ask.
    static func today() -> String {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let date = epoch.map { Date(timeIntervalSince1970: $0) } ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", day.year ?? 1970, day.month ?? 1, day.day ?? 1)
    }
}

/// The files beside a report, staged (``OutputFile/Staging``) on a task of their own once the
/// report has made them, while it renders its page.
private final class BesideStaging: Sendable {
    private let staging = Mutex<Task<OutputFile.Staging, any Error>?>(nil)

    /// Starts staging `files`.
    func start(_ files: [(path: String, contents: FileContents)]) {
        staging.withLock { $0 = Task.detached { try OutputFile.Staging(files) } }
    }

    /// The staging, once started.
    var task: Task<OutputFile.Staging, any Error>? { staging.withLock { $0 } }
}
