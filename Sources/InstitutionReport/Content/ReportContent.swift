import Foundation
import InstitutionGraph

/// Everything the report shows, as plain values that its templates read by name.
struct ReportContent {
    struct Count { let label: String; let value: String }
    struct Attribute { let name: String; let value: String }
    struct ConsortiumCard {
        let id: String
        let name: String
        let lead: String
        let size: Int
        let kinds: String
        let attributes: [Attribute]
        let members: String
    }
    struct SharedRow { let id: String; let name: String; let kind: String; let place: String; let count: Int; let consortia: String }
    struct MatrixCell { let text: String; let title: String; let background: String; let diagonal: Bool }
    struct MatrixRow { let number: Int; let name: String; let cells: [MatrixCell] }
    struct PairRow { let first: String; let second: String; let count: Int; let jaccard: String; let names: String }
    /// A measure as a column of the centrality table and an entry of its measure selector.
    struct MeasureColumn { let column: Int; let name: String; let meaning: String }
    /// An institution's scores, one per column.
    struct ScoreRow { let id: String; let name: String; let kind: String; let place: String; let scores: [String] }
    struct CentralityBlock {
        let title: String
        let note: String
        /// What was estimated rather than computed exactly, and how.
        let estimate: String?
        /// Why the block has no table, when it was skipped.
        let skipped: String?
        /// One column per measure; the first orders the rows.
        let measures: [MeasureColumn]
        /// The top institutions of every measure, by the first measure (highest first).
        let rows: [ScoreRow]
        /// For each measure whose tenth place is tied beyond the table, how many more tie.
        let ties: [String]
    }
    struct Diagram {
        let view: String
        let title: String
        let svg: String
        let file: String
        let note: String?
        /// What the diagram shows, in words: its text alternative.
        let summary: String
    }
    /// A line under a section of a large dataset: what it leaves out, with the full table.
    struct SectionNote { let text: String; let link: Download? }
    /// The sections' lines of what they leave out, `nil` where a section is whole.
    struct SectionNotes {
        var consortia: SectionNote?
        var shared: SectionNote?
        var overlap: SectionNote?
        var centrality: SectionNote?
        var warnings: SectionNote?
        var brokers: SectionNote?
        var communities: SectionNote?
        var whatIf: SectionNote?

        /// Whether any section has a line.
        var any: Bool {
            [consortia, shared, overlap, centrality, warnings, brokers, communities, whatIf].contains { $0 != nil }
        }
    }
    struct Warning { let location: String; let message: String }
    /// Where the sections of a report made from a Spark projection got their numbers, a line
    /// each, and what the page leaves out.
    struct SectionSources {
        let leftOut: String
        let counts: String
        let shared: String
        let overlap: String
        let centrality: String
        let brokers: String
        let communities: String
        let diagrams: String
        /// The introduction of the section whose own speaks of consortia.
        let centralityIntro: String
    }

    /// The page's fixed texts in its language: headings, labels, explanations.
    let strings: ReportStrings
    /// The data-quality section's line when there is no warning.
    let qualityClean: String
    let title: String
    let source: String?
    /// The source's web address, when it is one (`http:` or `https:`), for a link.
    let sourceURL: String?
    let asOf: String?
    /// The footer's line: instgraph's version and the day the report was made.
    let generatedBy: String
    let counts: [Count]
    /// The lead paragraph: what the data says, in a few plain sentences.
    let lead: String
    let consortia: [ConsortiumCard]
    /// The header of the institution tables' column of place attributes (`country`), if any
    /// institution has one.
    let placeColumn: String
    let hasPlace: Bool
    /// The column of the centrality tables' first score: after the name, the kind and the place.
    let firstScoreColumn: Int
    let shared: [SharedRow]
    let matrixNumbers: [Int]
    let matrix: [MatrixRow]
    let hasMatrix: Bool
    let pairs: [PairRow]
    let centrality: [CentralityBlock]
    let diagrams: [Diagram]
    let warnings: [Warning]
    /// Texts of the sections on structure and change.
    let structureStrings: StructureStrings
    let whatIf: [WhatIfRow]
    /// Whether the what-if section appears: with its table, or a note when there are too many consortia.
    let showsWhatIf: Bool
    let brokers: [BrokerRow]
    let communities: [CommunityRow]
    /// The communities section's introduction, with the number of Louvain runs made.
    let communitiesIntro: String
    let communityNote: String
    let downloads: [Download]
    let hasDownloads: Bool
    /// What the downloads leave out at this size.
    let downloadsNote: String?
    /// Whether any section has a note on what it leaves out or estimates (the page then styles
    /// them).
    let hasScaleNotes: Bool
    /// The changes since an earlier version, when the report compares.
    let changes: Changes?
    /// The line under each section that leaves something out on a large dataset.
    let notes: SectionNotes
    /// Whether the report was made from the membership table, with its consortia: a report
    /// made from a Spark projection has no consortium cards, two-mode graph or consortium
    /// columns.
    let hasConsortia: Bool
    /// Whether the overlap section appears: always with consortia, and from a Spark projection
    /// when the job listed pairs (it does unless run with `--top 0`).
    let showsOverlap: Bool
    /// Where each section's numbers come from, for a report made from a Spark projection.
    let sources: SectionSources?
}

extension ReportContent {
    /// The most consortia a matrix shows; larger datasets list their most overlapping pairs.
    static let matrixLimit = 30
    /// How many pairs the pair table lists.
    static let pairLimit = 50
    /// How many institutions each centrality table lists.
    static let topCount = 10
    /// Institution attributes that say where an institution is, shown in the institution tables
    /// when the data has them, in this order.
    static let placeAttributeNames = ["country", "국가", "nation", "region", "지역", "city", "도시"]

    /// The place attributes (at most two) that some institution of `dataset` has, matched
    /// without regard to case, those in two languages (`city_ko`, `city_en`) by their one name.
    static func placeAttributes(of dataset: Dataset, language: Language) -> [String] {
        var present: [String: String] = [:]
        for institution in dataset.institutions {
            for key in LocalizedAttributes.shown(institution.attributes, in: language).keys where present[key.lowercased()] == nil {
                present[key.lowercased()] = key
            }
        }
        return Array(placeAttributeNames.compactMap { present[$0] }.prefix(2))
    }

    /// The counts the Spark job wrote beside the projection, labelled as the report labels its
    /// own; without them, those the node table gives.
    private static func counts(of network: InstitutionNetwork, strings: ReportStrings) -> [Count] {
        guard !network.counts.isEmpty else {
            return [
                Count(label: strings.institutionsCount, value: network.dataset.institutions.count.groupedDigits),
                Count(label: strings.sharedCount, value: network.consortiumCounts.count { $0 > 1 }.groupedDigits),
            ]
        }
        let labels = [
            "consortia": strings.consortiaCount, "institutions": strings.institutionsCount, "memberships": strings.membershipsCount,
            "connected components": strings.componentsCount, "institutions in 2+ consortia": strings.sharedCount,
        ]
        return network.counts.map { Count(label: labels[$0.measure] ?? $0.measure, value: $0.count.groupedDigits) }
    }

    /// Builds every section from `parts`, whose measures are computed; the notes of sections cut
    /// for size link to the full tables in `tables` (by file name).
    init(
        _ parts: ReportParts, warnings: [Diagnostic], diagrams: [Diagram], tables: [ReportTableFile: Download], downloads: [Download],
        downloadsNote: String?, lead: String, generatedOn: String? = nil
    ) throws {
        let analysis = parts.analysis
        let dataset = analysis.dataset
        let language = parts.language
        let strings = ReportStrings(language)
        let scale = ScaleStrings(language)
        var notes = SectionNotes()
        let name = { (index: Int) in dataset.institutions[index].name.preferred(language) }
        let consortiumName = { (index: Int) in dataset.consortia[index].name.preferred(language) }
        let note = { (text: String, file: ReportTableFile) in SectionNote(text: text, link: tables[file]) }
        let summary = analysis.summary

        self.strings = strings
        title = dataset.title.preferred(language)
        source = dataset.source.map { $0.citation(in: language) }.flatMap { $0.isEmpty ? nil : $0 }
        sourceURL = dataset.source?.url.flatMap { url in
            let lowered = url.lowercased()
            return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? url : nil
        }
        asOf = dataset.asOf
        generatedBy = strings.generated(version: InstgraphVersion.current, on: generatedOn)
        self.lead = lead
        let network = parts.network
        hasConsortia = network == nil
        if let network {
            counts = Self.counts(of: network, strings: strings)
            let projection = ProjectionStrings(language)
            sources = SectionSources(
                leftOut: projection.leftOut, counts: projection.counts(fromJob: !network.counts.isEmpty), shared: projection.shared,
                overlap: projection.overlap(network.overlaps.count),
                centrality: projection.computedHere, brokers: projection.computedHere, communities: projection.communitiesWithoutConsortia,
                diagrams: projection.computedHere, centralityIntro: projection.centralityIntro)
        } else {
            counts = [
                Count(label: strings.consortiaCount, value: summary.consortia.groupedDigits),
                Count(label: strings.institutionsCount, value: summary.institutions.groupedDigits),
                Count(label: strings.membershipsCount, value: summary.memberships.groupedDigits),
                Count(label: strings.componentsCount, value: summary.components.groupedDigits),
                Count(label: strings.sharedCount, value: summary.sharedInstitutions.groupedDigits),
            ]
            sources = nil
        }
        showsOverlap = network == nil || network?.overlaps.isEmpty == false

        let cards = parts.cardConsortia
        consortia = cards.map { index in
            let consortium = dataset.consortia[index]
            var kinds: [InstitutionKind?: Int] = [:]
            for member in consortium.members { kinds[dataset.institutions[member.institution].kind, default: 0] += 1 }
            let kindText = kinds.sorted { InstitutionKind.displayOrder($0.key, $1.key) }
                .map { "\(strings.kindName($0.key)) \($0.value)" }.joined(separator: " · ")
            return ConsortiumCard(
                id: consortium.id, name: consortiumName(index),
                lead: consortium.lead.map(name) ?? "—", size: consortium.members.count, kinds: kindText,
                attributes: LocalizedAttributes.shown(consortium.attributes, in: language).map {
                    Attribute(name: strings.attributeName($0.key), value: $0.value)
                },
                members: scale.listed(consortium.members.filter { $0.role != .lead }.map { name($0.institution) }))
        }
        notes.consortia =
            cards.count < dataset.consortia.count
            ? note(scale.consortiaShown(cards.count, of: dataset.consortia.count), ReportTableFile.consortia) : nil

        let placeAttributes = Self.placeAttributes(of: dataset, language: language)
        let place = { (index: Int) in
            let shown = LocalizedAttributes.shown(dataset.institutions[index].attributes, in: language)
            return placeAttributes.compactMap { shown[$0] }.joined(separator: " · ")
        }
        placeColumn = placeAttributes.joined(separator: " · ")
        hasPlace = !placeAttributes.isEmpty
        firstScoreColumn = hasPlace ? 3 : 2

        let sharedInstitutions = parts.shared
        shared = sharedInstitutions.prefix(ReportLimits.sharedRows).map { entry in
            SharedRow(
                id: dataset.institutions[entry.institution].id, name: name(entry.institution),
                kind: strings.kindName(dataset.institutions[entry.institution].kind), place: place(entry.institution),
                count: parts.consortiumCount(entry),
                consortia: scale.listed(entry.consortia.map(consortiumName)))
        }
        notes.shared =
            shared.count < sharedInstitutions.count
            ? note(scale.sharedShown(shared.count, of: sharedInstitutions.count), ReportTableFile.shared) : nil

        let overlaps = parts.overlaps
        hasMatrix = network == nil && dataset.consortia.count <= Self.matrixLimit
        if hasMatrix {
            let allPairs = overlaps.pairs
            let counts = dataset.overlapMatrix(.count, pairs: allPairs)
            let jaccard = dataset.overlapMatrix(.jaccard, pairs: allPairs)
            let largest = allPairs.map { Double($0.shared.count) }.max() ?? 1
            matrixNumbers = dataset.consortia.indices.map { $0 + 1 }
            matrix = counts.indices.map { row in
                MatrixRow(
                    number: row + 1, name: consortiumName(row),
                    cells: counts[row].indices.map { column in
                        let value = counts[row][column]
                        let diagonal = row == column
                        let strength = diagonal || value == 0 ? 0 : value / largest
                        return MatrixCell(
                            text: String(Int(value)),
                            title: diagonal
                                ? "\(consortiumName(row)): \(Int(value))"
                                : "\(consortiumName(row)) × \(consortiumName(column)): \(Int(value)) · \(strings.jaccard) \(String(format: "%.3f", jaccard[row][column]))",
                            background: strength == 0 ? "transparent" : String(format: "rgba(220, 38, 38, %.2f)", 0.12 + 0.6 * strength),
                            diagonal: diagonal)
                    })
            }
        } else {
            matrixNumbers = []
            matrix = []
        }
        if let network {
            // The job listed its pairs most shared first, names and all.
            pairs = network.overlaps.prefix(Self.pairLimit).map { pair in
                PairRow(first: pair.first, second: pair.second, count: pair.shared, jaccard: String(format: "%.3f", pair.jaccard), names: pair.institutions)
            }
        } else {
            let rankedPairs = overlaps.pairs.sorted { ($0.shared.count, $1.first, $1.second) > ($1.shared.count, $0.first, $0.second) }
            pairs = rankedPairs.prefix(Self.pairLimit).map { pair in
                PairRow(
                    first: consortiumName(pair.first), second: consortiumName(pair.second), count: pair.shared.count,
                    jaccard: String(format: "%.3f", pair.jaccard), names: scale.listed(pair.shared.map(name)))
            }
        }
        notes.overlap =
            pairs.count < overlaps.total
            ? note(scale.pairsShown(pairs.count, of: overlaps.total, downloaded: min(overlaps.total, ReportLimits.pairDownloadRows)), ReportTableFile.pairs)
            : nil

        let institutionCount = dataset.institutions.count
        // One table per graph: the top institutions of each measure, with every measure's score.
        let scoreTable = {
            (scores: CentralityScores, offset: Int, measures: [CentralityMeasure]) -> (columns: [MeasureColumn], rows: [ScoreRow], ties: [String]) in
            let measures = measures.filter { scores[$0] != nil }
            let score = { (measure: CentralityMeasure, index: Int) in scores[measure]![offset + index] }
            var shown: [Int] = []
            var seen = Set<Int>()
            var ties: [String] = []
            for measure in measures {
                let ranking = TopRanking(count: Self.topCount, among: institutionCount, score: { score(measure, $0) }, name: name)
                for index in ranking.shown where seen.insert(index).inserted { shown.append(index) }
                if ranking.tiedBeyond > 0 { ties.append("\(strings.measureName(measure)): \(strings.tiedBeyond(ranking.tiedBeyond))") }
            }
            if let first = measures.first {
                shown.sort { (score(first, $1), name($0)) < (score(first, $0), name($1)) }
            }
            let columns = measures.enumerated().map { position, measure in
                MeasureColumn(column: position, name: strings.measureName(measure), meaning: strings.measureMeaning(measure))
            }
            let rows = shown.map { index in
                ScoreRow(
                    id: dataset.institutions[index].id, name: name(index), kind: strings.kindName(dataset.institutions[index].kind),
                    place: place(index), scores: measures.map { String(format: "%.4f", score($0, index)) })
            }
            return (columns, rows, ties)
        }
        let budget = analysis.budget
        let estimate = { (scores: CentralityScores, graph: CSRGraph) -> String? in
            let work = ShortestPathBudget.work(of: graph)
            let lines = [
                scores.betweennessSampling.map { scale.betweennessEstimated($0, work: work, limit: budget.exactBetweennessWork) },
                scores.closenessSampling.flatMap { $0.isExact ? nil : scale.closenessEstimated($0, work: work, limit: budget.exactClosenessWork) },
            ].compactMap { $0 }
            return lines.isEmpty ? nil : lines.joined(separator: " ")
        }
        var blocks: [CentralityBlock] = []
        if network == nil {
            let twoMode = try analysis.centrality(on: .twoMode)
            // Two-mode closeness exceeds 1 in a small separate component and ranks its members
            // first; harmonic centrality, which counts an unreachable node as 0, stands for it
            // (the note says so; `instgraph centrality` and the report's download keep it).
            let twoModeTable = scoreTable(twoMode, analysis.bipartite.consortiumCount, CentralityMeasure.allCases.filter { $0 != .closeness })
            blocks.append(
                CentralityBlock(
                    title: strings.twoMode, note: strings.twoModeNote, estimate: estimate(twoMode, analysis.bipartite.graph), skipped: nil,
                    measures: twoModeTable.columns, rows: twoModeTable.rows, ties: twoModeTable.ties))
        }
        do {
            let projected = try analysis.centrality(on: .institutions)
            let table = scoreTable(projected, 0, CentralityMeasure.allCases)
            blocks.append(
                CentralityBlock(
                    title: strings.projection, note: strings.projectionNote, estimate: estimate(projected, try analysis.institutionProjection()),
                    skipped: nil, measures: table.columns, rows: table.rows, ties: table.ties))
        } catch let refusal as ProjectionTooLarge {
            blocks.append(
                CentralityBlock(
                    title: strings.projection, note: strings.projectionNote, estimate: nil, skipped: scale.projectionSkipped(refusal),
                    measures: [], rows: [], ties: []))
        }
        centrality = blocks
        notes.centrality = tables[ReportTableFile.centrality].map {
            SectionNote(text: scale.everyScore(institutionCount, graphs: network == nil ? 2 : 1), link: $0)
        }

        self.diagrams = diagrams
        self.warnings = warnings.prefix(ReportLimits.warningRows).map { Warning(location: $0.location.description, message: $0.message) }
        qualityClean = ReportStrings.qualityClean(dataset.institutions, language: language)
        notes.warnings =
            warnings.count > ReportLimits.warningRows
            ? note(scale.warningsShown(ReportLimits.warningRows, of: warnings.count), ReportTableFile.warnings) : nil

        let structure = StructureStrings(language)
        structureStrings = structure
        whatIf = Self.whatIfRows(parts, strings: structure)
        showsWhatIf = dataset.consortia.count > 1
        notes.whatIf = parts.whatIfNote.map { SectionNote(text: $0, link: nil) }
        (brokers, notes.brokers) = Self.brokerRows(parts, kindName: strings.kindName, tables: tables)
        (communities, communityNote, notes.communities) = Self.communityRows(parts, tables: tables)
        let runs = (try? parts.communities.get().trials) ?? CommunityRunsText.full
        communitiesIntro =
            network == nil
            ? StructureStrings.communitiesIntro(runs: runs, language: language) : ProjectionStrings(language).communitiesIntro(runs: runs)
        self.downloads = downloads
        hasDownloads = !downloads.isEmpty || downloadsNote != nil
        self.downloadsNote = downloadsNote
        changes = parts.comparison.map { Self.changes($0, language: language, strings: strings, structure: structure) }
        self.notes = notes
        hasScaleNotes =
            notes.any || downloadsNote != nil || diagrams.contains { $0.note != nil }
            || centrality.contains { $0.estimate != nil || $0.skipped != nil }
    }
}
