import InstitutionGraph

/// Where a report puts its downloads (graph files and full tables as CSV).
public enum DownloadPlacement: String, CaseIterable, Sendable {
    /// Inside the page, as data URIs: one file to share, while the downloads are small.
    case embed
    /// As files beside the report, which links to them.
    case beside
    /// Nowhere: the page lists no downloads.
    case none
}

/// One step of a report being made, for a progress display.
public struct ReportProgress: Sendable, Equatable {
    /// What is being done, in English ("centrality on the two-mode graph").
    public var stage: String
    /// The step's number, from 1.
    public var step: Int
    /// How many steps there are.
    public var steps: Int
    /// How far the step has got, from 0 to 1, where its work can be counted.
    public var fraction: Double?
}

/// How a report is made.
public struct ReportOptions: Sendable {
    /// Where the downloads go; `nil` embeds them while they add up to at most
    /// ``ReportLimits/embeddedDownloadBytes`` and writes them beside the report above that. The
    /// Markdown report always writes them beside.
    public var downloads: DownloadPlacement?
    /// Which measures are computed exactly and which estimated: by default those whose exact
    /// computation is over the work budget are estimated; ``ShortestPathBudget/exact`` computes
    /// every one exactly, however long it takes.
    public var budget: ShortestPathBudget
    /// The most pairs the institutions projection may hold; sections that need a larger one
    /// are skipped and say why.
    public var projectionPairLimit: Int
    /// How many threads the parallel work uses; the report does not depend on it.
    public var threads: Int
    /// Called at each step with what is being done.
    public var progress: (@Sendable (ReportProgress) -> Void)?
    /// The day the report is made, `2026-11-30`, for its footer; `nil` leaves the date out, so
    /// that the same data always gives the same page.
    public var generatedOn: String?
    /// Called before the page is rendered, when files go beside it, with those files (the
    /// document's ``ReportDocument/attachments`` and then its ``ReportDocument/downloads``), so
    /// that they can be written while the page is made; the document holds them too.
    public var filesReady: (@Sendable ([(name: String, bytes: [UInt8])]) -> Void)?

    public init(
        downloads: DownloadPlacement? = nil, budget: ShortestPathBudget = ShortestPathBudget(),
        projectionPairLimit: Int = BipartiteGraph.projectionPairLimit, threads: Int = CentralityOptions.defaultThreadCount,
        progress: (@Sendable (ReportProgress) -> Void)? = nil, generatedOn: String? = nil,
        filesReady: (@Sendable ([(name: String, bytes: [UInt8])]) -> Void)? = nil
    ) {
        self.downloads = downloads
        self.budget = budget
        self.projectionPairLimit = projectionPairLimit
        self.threads = threads
        self.progress = progress
        self.generatedOn = generatedOn
        self.filesReady = filesReady
    }
}
