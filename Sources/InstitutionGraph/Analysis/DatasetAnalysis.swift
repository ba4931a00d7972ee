/// One dataset's graphs and measures, each computed once, on first use, and shared by everything
/// that reads them: the sections of a report, its diagrams and its downloads.
///
/// Building the two-mode graph, the institutions projection and the consortia of each
/// institution costs O(memberships) to O(Σ *k*²) each, and centrality far more; a report asks for
/// them many times. Ask this object instead of the dataset: it builds each once.
///
/// The institutions projection is guarded (``BipartiteGraph/guardedProjection(onto:weighting:limit:threads:)``):
/// when it would be too large, everything that needs it throws ``ProjectionTooLarge`` and says so.
public final class DatasetAnalysis: Sendable {
    /// Which graph a centrality is computed on.
    public enum CentralityGraph: Sendable, Hashable {
        /// Consortia and institutions linked by membership, with the bipartite normalisation.
        case twoMode
        /// Institutions linked by shared consortia, with the standard normalisation, counting hops.
        case institutions
    }

    /// The dataset analysed.
    public let dataset: Dataset
    /// The two-mode graph: consortia first, then institutions.
    public let bipartite: BipartiteGraph
    /// For each institution, its consortia in dataset order (``Dataset/consortiaByInstitution()``).
    public let consortiaByInstitution: [[Int]]
    /// How centrality is computed: exactly, or estimated where the exact computation costs more
    /// than the budget allows.
    public let budget: ShortestPathBudget
    /// How many threads the shortest-path measures use.
    public let threads: Int
    /// The most pairs the institutions projection may hold.
    public let projectionPairLimit: Int

    /// The institutions projection when it was read rather than built (``init(_:weighting:budget:threads:)``).
    private let readProjection: CSRGraph?
    private let projection = ComputedOnce<Result<CSRGraph, ProjectionTooLarge>>()
    private let twoModeScores = ComputedOnce<Result<CentralityScores, any Error>>()
    private let projectionScores = ComputedOnce<Result<CentralityScores, any Error>>()
    private let brokerageResult = ComputedOnce<Result<InstitutionBrokerage, ProjectionTooLarge>>()
    private let communitiesResult = ComputedOnce<Result<InstitutionCommunities, ProjectionTooLarge>>()
    private let summaryResult = ComputedOnce<DatasetSummary>()

    /// Prepares the analysis of `dataset`: builds the two-mode graph and each institution's
    /// consortia now (O(memberships)), everything else when first asked for.
    public init(
        _ dataset: Dataset, budget: ShortestPathBudget = ShortestPathBudget(), threads: Int = CentralityOptions.defaultThreadCount,
        projectionPairLimit: Int = BipartiteGraph.projectionPairLimit
    ) {
        self.dataset = dataset
        self.budget = budget
        self.threads = threads
        self.projectionPairLimit = projectionPairLimit
        bipartite = BipartiteGraph(dataset)
        consortiaByInstitution = dataset.consortiaByInstitution()
        readProjection = nil
    }

    /// Prepares the analysis of an institutions projection computed elsewhere: everything that
    /// needs only the projection (its centrality, brokerage, communities) works on it, weighted as
    /// `weighting` says; there are no consortia, so the two-mode graph holds the institutions alone.
    public init(
        _ network: InstitutionNetwork, weighting: ProjectionWeighting = .count, budget: ShortestPathBudget = ShortestPathBudget(),
        threads: Int = CentralityOptions.defaultThreadCount
    ) {
        dataset = network.dataset
        self.budget = budget
        self.threads = threads
        projectionPairLimit = .max
        bipartite = BipartiteGraph(network.dataset)
        consortiaByInstitution = Array(repeating: [], count: network.dataset.institutions.count)
        readProjection = network.projection(weighting: weighting)
    }

    /// The counts and per-consortium lines of ``DatasetSummary``.
    public var summary: DatasetSummary {
        summaryResult.value { DatasetSummary(dataset, bipartite: bipartite) }
    }

    /// The institutions projection, weighted by shared consortia.
    ///
    /// - Throws: ``ProjectionTooLarge`` when it would hold more than ``projectionPairLimit`` pairs.
    public func institutionProjection() throws(ProjectionTooLarge) -> CSRGraph {
        if let readProjection { return readProjection }
        return try projection.value {
            Result { () throws(ProjectionTooLarge) in try bipartite.guardedProjection(onto: .institution, limit: projectionPairLimit, threads: threads) }
        }.get()
    }

    /// Every centrality measure on `graph`, exact or estimated as ``budget`` decides (the scores
    /// say which: ``CentralityScores/betweennessSampling``).
    ///
    /// - Throws: ``ProjectionTooLarge`` for the institutions projection when it is too large, or
    ///   a ``CentralityError``.
    public func centrality(on graph: CentralityGraph) throws -> CentralityScores {
        switch graph {
        case .twoMode:
            return try twoModeScores.value {
                Result { try bipartite.centrality(options: budget.options(for: bipartite.graph, normalization: .bipartite, threads: threads)) }
            }.get()
        case .institutions:
            return try projectionScores.value {
                Result {
                    let projection = try institutionProjection()
                    return try projection.centrality(options: budget.options(for: projection, normalization: .standard, threads: threads))
                }
            }.get()
        }
    }

    /// Brokerage on the institutions projection (``Dataset/brokerage(weighted:threads:)``).
    public func brokerage() throws(ProjectionTooLarge) -> InstitutionBrokerage {
        try brokerageResult.value {
            Result { () throws(ProjectionTooLarge) in dataset.brokerage(projection: try institutionProjection()) }
        }.get()
    }

    /// Louvain's communities of the institutions projection (``Dataset/institutionCommunities(_:weighting:)``),
    /// the best of as many trials as the budget allows (``ShortestPathBudget/louvainOptions(for:trials:threads:)``).
    public func communities() throws(ProjectionTooLarge) -> InstitutionCommunities {
        try communitiesResult.value {
            Result { () throws(ProjectionTooLarge) in
                let projection = try institutionProjection()
                return dataset.institutionCommunities(
                    projection: projection, budget.louvainOptions(for: projection, threads: threads), consortiaByInstitution: consortiaByInstitution)
            }
        }.get()
    }
}
