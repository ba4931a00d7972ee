import InstitutionGraph

/// The files of full tables a report offers when it shows only part of them.
enum ReportTableFile: String, CaseIterable, Sendable {
    case consortia, shared, pairs, centrality, brokerage, communities, warnings
}

/// Everything a report computes before it writes: the analysis (graphs and measures, each
/// computed once), and the section results that depend on the dataset's size.
struct ReportParts: Sendable {
    let analysis: DatasetAnalysis
    let language: Language
    /// The consortia shown as cards: all of them in dataset order, or the largest.
    let cardConsortia: [Int]
    /// Institutions in two or more consortia, most shared first.
    let shared: [SharedInstitution]
    /// Every overlapping pair (for a matrix), or the pairs that share most; and how many overlap.
    let overlaps: (pairs: [ConsortiumPair], total: Int)
    /// The impact of dropping each consortium, or each of the largest, most damaging first
    /// (see ``dropImpacts(progress:)``).
    var whatIf: [ConsortiumDropImpact] = []
    /// What the what-if section left out, or why it was skipped.
    var whatIfNote: String?
    let brokerage: Result<InstitutionBrokerage, ProjectionTooLarge>
    let communities: Result<InstitutionCommunities, ProjectionTooLarge>
    let comparison: DatasetDiff?
    /// The institutions projection the report was made from, when it was read from the Spark
    /// job's folder rather than projected from a membership table: the report then has only
    /// the sections the projection answers (``compute(_:language:baseName:options:)``).
    var network: InstitutionNetwork? = nil
    /// The graph files (``ReportDownloads/graphFiles(of:network:language:baseName:exportMemberships:)``),
    /// written while the measures are computed.
    let graphFiles: Task<(files: [ReportFile], note: String?), any Error>

    /// The steps a report takes, for progress.
    static let steps = [
        "two-mode graph", "centrality on the two-mode graph", "institutions projection", "centrality on the institutions projection",
        "overlaps", "brokerage", "communities", "what-if", "diagrams", "downloads", "page",
    ]

    /// The steps of a report made from a projection.
    static let projectionSteps = ["centrality on the institutions projection", "brokerage", "communities", "diagrams", "downloads", "page"]

    /// The steps this report takes.
    var steps: [String] { network == nil ? Self.steps : Self.projectionSteps }

    /// Computes the parts of the report on `dataset` but the what-if section, calling `progress`
    /// at each step; the graph files, named after `baseName`, are written meanwhile.
    ///
    /// The two-mode graph's centrality, the overlaps and the projection's sections (its
    /// centrality, then brokerage and communities) share nothing but the dataset, and each is
    /// partly one thread's work (eigenvector and PageRank iterations, building the projection), so
    /// they run side by side: brokerage starts as soon as the projection's centrality is done,
    /// while the two-mode graph's last iterations and the overlaps finish.
    static func compute(
        _ dataset: Dataset, language: Language, baseName: String, options: ReportOptions, comparedWith earlier: Dataset?
    ) async throws -> ReportParts {
        let report = { (step: Int, fraction: Double?) in
            options.progress?(ReportProgress(stage: steps[step], step: step + 1, steps: steps.count, fraction: fraction))
        }
        report(0, nil)
        let analysis = DatasetAnalysis(dataset, budget: options.budget, threads: options.threads, projectionPairLimit: options.projectionPairLimit)
        let graphFiles = Task { try ReportDownloads.graphFiles(of: analysis, network: nil, language: language, baseName: baseName) }
        _ = analysis.summary
        async let twoMode = analysis.centrality(on: .twoMode)
        async let projected = projectionSections(analysis)
        async let overlaps = overlapRanking(dataset, threads: options.threads)
        // Beside the measures, not after them: its sort by name is tens of milliseconds at scale.
        async let shared = dataset.sharedInstitutions(language: language)
        // Steps are reported as the branches are awaited, so the line never goes back.
        report(1, nil)
        _ = try await twoMode
        report(2, nil)
        report(3, nil)
        report(4, nil)
        let overlapRanking = await overlaps
        report(5, nil)
        let (brokerage, communities) = try await projected
        report(6, nil)
        report(7, nil)
        return ReportParts(
            analysis: analysis, language: language,
            cardConsortia: dataset.consortia.count <= ReportLimits.consortiumCards
                ? Array(dataset.consortia.indices) : largestConsortia(of: dataset, count: ReportLimits.largestConsortiumCards),
            shared: await shared, overlaps: overlapRanking,
            brokerage: brokerage, communities: communities,
            comparison: earlier.map { DatasetDiff(old: $0, new: dataset) }, graphFiles: graphFiles)
    }

    /// Computes the parts of the report on an institutions projection read from the Spark job's
    /// folder: centrality on the projection, brokerage and communities; the institutions in two
    /// or more consortia come from the node table's counts and the overlapping pairs from the
    /// job's list. There are no consortia, so no cards, no comparison and no what-if. The graph
    /// files, named after `baseName`, are written meanwhile.
    static func compute(_ network: InstitutionNetwork, language: Language, baseName: String, options: ReportOptions) async throws -> ReportParts {
        let report = { (step: Int) in
            options.progress?(ReportProgress(stage: projectionSteps[step], step: step + 1, steps: projectionSteps.count, fraction: nil))
        }
        let analysis = DatasetAnalysis(network, budget: options.budget, threads: options.threads)
        let graphFiles = Task { try ReportDownloads.graphFiles(of: analysis, network: network, language: language, baseName: baseName) }
        report(0)
        _ = try analysis.centrality(on: .institutions)
        report(1)
        let brokerage = Result { () throws(ProjectionTooLarge) in try analysis.brokerage() }
        report(2)
        let communities = Result { () throws(ProjectionTooLarge) in try analysis.communities() }
        let counts = network.consortiumCounts
        let dataset = network.dataset
        let shared = counts.indices.filter { counts[$0] >= 2 }.sorted { a, b in
            counts[a] != counts[b]
                ? counts[a] > counts[b] : (dataset.institutions[a].name.preferred(language), a) < (dataset.institutions[b].name.preferred(language), b)
        }
        return ReportParts(
            analysis: analysis, language: language, cardConsortia: [],
            shared: shared.map { SharedInstitution(institution: $0, consortia: []) }, overlaps: ([], network.overlaps.count),
            brokerage: brokerage, communities: communities, comparison: nil, network: network, graphFiles: graphFiles)
    }

    /// The centrality of the institutions projection, unless the projection is too large; then its
    /// brokerage and communities, or why they were skipped.
    private static func projectionSections(_ analysis: DatasetAnalysis) throws -> (
        brokerage: Result<InstitutionBrokerage, ProjectionTooLarge>, communities: Result<InstitutionCommunities, ProjectionTooLarge>
    ) {
        if case .success = Result(catching: { () throws(ProjectionTooLarge) in try analysis.institutionProjection() }) {
            _ = try analysis.centrality(on: .institutions)
        }
        let brokerage = Result { () throws(ProjectionTooLarge) in try analysis.brokerage() }
        return (brokerage, Result { () throws(ProjectionTooLarge) in try analysis.communities() })
    }

    /// Every overlapping pair of a dataset small enough for the matrix, else the pairs that share
    /// most; and how many pairs overlap.
    private static func overlapRanking(_ dataset: Dataset, threads: Int) -> (pairs: [ConsortiumPair], total: Int) {
        if dataset.consortia.count <= ReportContent.matrixLimit {
            let all = dataset.overlappingPairs()
            return (all, all.count)
        }
        let ranking = dataset.overlapRanking(top: ReportLimits.pairDownloadRows, by: .count, threads: threads)
        return (ranking.pairs, ranking.overlappingPairCount)
    }

    /// The what-if section: the impact of dropping each consortium (each of the largest, on a
    /// large dataset) and its note; `progress` is told the fraction done.
    func dropImpacts(progress: (Double) -> Void) throws -> (impacts: [ConsortiumDropImpact], note: String?) {
        let dataset = analysis.dataset
        guard dataset.consortia.count > 1 else { return ([], nil) }
        let scale = ScaleStrings(language)
        do {
            let drops = try ConsortiumDropAnalysis(analysis)
            let ties = try analysis.institutionProjection().edgeCount
            let count = analysis.budget.exact ? ReportContent.whatIfLimit : ReportContent.whatIfDrops(projectionTies: ties)
            let dropped = Self.largestConsortia(of: dataset, count: count)
            let impacts = try drops.impactOfDropping(each: dropped, listingOverlaps: false) { done in progress(Double(done) / Double(dropped.count)) }
            let notes = [
                dropped.count < dataset.consortia.count ? scale.whatIfLargest(dropped.count, of: dataset.consortia.count) : nil,
                drops.efficiencySample.map { scale.efficiencyEstimated($0.count) },
            ].compactMap { $0 }
            return (impacts, notes.isEmpty ? nil : notes.joined(separator: " "))
        } catch let refusal as ProjectionTooLarge {
            return ([], scale.projectionSkipped(refusal))
        }
    }

    /// How many consortia the institution of `entry` is in: as the projection's node table
    /// counts them when there are no consortia here.
    func consortiumCount(_ entry: SharedInstitution) -> Int {
        network?.consortiumCounts[entry.institution] ?? entry.consortia.count
    }

    /// The `count` largest consortia of `dataset` (ties: dataset order), largest first.
    static func largestConsortia(of dataset: Dataset, count: Int) -> [Int] {
        Array(dataset.consortia.indices.sorted { (dataset.consortia[$0].members.count, $1) > (dataset.consortia[$1].members.count, $0) }.prefix(count))
    }
}
