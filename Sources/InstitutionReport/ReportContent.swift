import Foundation
import InstitutionGraph

/// Everything the report shows, as plain values that its templates read by name.
struct ReportContent {
    struct Count { let label: String; let value: Int }
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
    struct RankRow { let rank: String; let id: String; let name: String; let kind: String; let place: String; let score: String }
    struct MeasureTable { let name: String; let meaning: String; let rows: [RankRow]; let more: String? }
    struct CentralityBlock { let title: String; let note: String; let measures: [MeasureTable] }
    struct Diagram { let view: String; let title: String; let svg: String; let file: String }
    struct Warning { let location: String; let message: String }

    let s: ReportStrings
    let title: String
    let source: String?
    let asOf: String?
    let counts: [Count]
    let consortia: [ConsortiumCard]
    /// The header of the institution tables' column of place attributes (`country`), if any
    /// institution has one.
    let placeColumn: String
    let hasPlace: Bool
    let shared: [SharedRow]
    let hasShared: Bool
    let matrixNumbers: [Int]
    let matrix: [MatrixRow]
    let hasMatrix: Bool
    let pairs: [PairRow]
    let centrality: [CentralityBlock]
    let diagrams: [Diagram]
    let warnings: [Warning]
    let hasWarnings: Bool
    /// Texts of the sections on structure and change.
    let t: StructureStrings
    let whatIf: [WhatIfRow]
    let hasWhatIf: Bool
    /// Whether the what-if section appears: with its table, or a note when there are too many consortia.
    let showsWhatIf: Bool
    let brokers: [BrokerRow]
    let hasBrokers: Bool
    let communities: [CommunityRow]
    let communityNote: String
    let downloads: [Download]
    let hasDownloads: Bool
    /// The changes since an earlier version, when the report compares.
    let changes: Changes?
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
    /// without regard to case.
    static func placeAttributes(of dataset: Dataset) -> [String] {
        var present: [String: String] = [:]
        for institution in dataset.institutions {
            for key in institution.attributes.keys where present[key.lowercased()] == nil { present[key.lowercased()] = key }
        }
        return Array(placeAttributeNames.compactMap { present[$0] }.prefix(2))
    }

    init(
        dataset: Dataset, warnings: [Diagnostic], diagrams: [Diagram], language: Language,
        downloads: [Download] = [], comparison: DatasetDiff? = nil
    ) throws {
        let strings = ReportStrings(language)
        let name = { (index: Int) in dataset.institutions[index].name.preferred(language) }
        let consortiumName = { (index: Int) in dataset.consortia[index].name.preferred(language) }
        let summary = DatasetSummary(dataset)

        s = strings
        title = dataset.title.preferred(language)
        source = dataset.source.map(\.citation).flatMap { $0.isEmpty ? nil : $0 }
        asOf = dataset.asOf
        counts = [
            Count(label: strings.consortiaCount, value: summary.consortia),
            Count(label: strings.institutionsCount, value: summary.institutions),
            Count(label: strings.membershipsCount, value: summary.memberships),
            Count(label: strings.componentsCount, value: summary.components),
            Count(label: strings.sharedCount, value: summary.sharedInstitutions),
        ]

        consortia = dataset.consortia.enumerated().map { index, consortium in
            var kinds: [InstitutionKind?: Int] = [:]
            for member in consortium.members { kinds[dataset.institutions[member.institution].kind, default: 0] += 1 }
            let kindText = kinds.sorted { InstitutionKind.displayOrder($0.key, $1.key) }
                .map { "\(strings.kindName($0.key)) \($0.value)" }.joined(separator: " · ")
            return ConsortiumCard(
                id: consortium.id, name: consortiumName(index),
                lead: consortium.lead.map(name) ?? "—", size: consortium.members.count, kinds: kindText,
                attributes: consortium.attributes.map { Attribute(name: strings.attributeName($0.key), value: $0.value) },
                members: consortium.members.filter { $0.role != .lead }.map { name($0.institution) }.joined(separator: ", "))
        }

        let placeAttributes = Self.placeAttributes(of: dataset)
        let place = { (index: Int) in
            placeAttributes.compactMap { dataset.institutions[index].attributes[$0] }.joined(separator: " · ")
        }
        placeColumn = placeAttributes.joined(separator: " · ")
        hasPlace = !placeAttributes.isEmpty

        let sharedInstitutions = dataset.sharedInstitutions(language: language)
        shared = sharedInstitutions.map { entry in
            SharedRow(
                id: dataset.institutions[entry.institution].id, name: name(entry.institution),
                kind: strings.kindName(dataset.institutions[entry.institution].kind), place: place(entry.institution),
                count: entry.consortia.count,
                consortia: entry.consortia.map(consortiumName).joined(separator: ", "))
        }
        hasShared = !shared.isEmpty

        let allPairs = dataset.overlappingPairs()
        hasMatrix = dataset.consortia.count <= Self.matrixLimit
        if hasMatrix {
            let counts = dataset.overlapMatrix(.count, pairs: allPairs)
            let jaccard = dataset.overlapMatrix(.jaccard, pairs: allPairs)
            let largest = allPairs.map { Double($0.shared.count) }.max() ?? 1
            matrixNumbers = dataset.consortia.indices.map { $0 + 1 }
            matrix = counts.indices.map { row in
                MatrixRow(number: row + 1, name: consortiumName(row), cells: counts[row].indices.map { column in
                    let value = counts[row][column]
                    let diagonal = row == column
                    let strength = diagonal || value == 0 ? 0 : value / largest
                    return MatrixCell(
                        text: String(Int(value)),
                        title: diagonal ? "\(consortiumName(row)): \(Int(value))"
                            : "\(consortiumName(row)) × \(consortiumName(column)): \(Int(value)) · \(strings.jaccard) \(String(format: "%.3f", jaccard[row][column]))",
                        background: strength == 0 ? "transparent" : String(format: "rgba(220, 38, 38, %.2f)", 0.12 + 0.6 * strength),
                        diagonal: diagonal)
                })
            }
        } else {
            matrixNumbers = []
            matrix = []
        }
        pairs = allPairs.sorted { ($0.shared.count, $1.first, $1.second) > ($1.shared.count, $0.first, $0.second) }
            .prefix(Self.pairLimit).map { pair in
                PairRow(
                    first: consortiumName(pair.first), second: consortiumName(pair.second), count: pair.shared.count,
                    jaccard: String(format: "%.3f", pair.jaccard), names: pair.shared.map(name).joined(separator: ", "))
            }

        let bipartite = BipartiteGraph(dataset)
        let twoMode = try bipartite.centrality(options: CentralityOptions(normalization: .bipartite))
        let projected = try bipartite.projection(onto: .institution).centrality(options: CentralityOptions(normalization: .standard))
        let rankTables = { (scores: CentralityScores, offset: Int) -> [MeasureTable] in
            CentralityMeasure.allCases.compactMap { measure in
                guard let values = scores[measure] else { return nil }
                let score = { (index: Int) in values[offset + index] }
                // Institutions that score nothing are not "central"; ties share a rank ("3=").
                let ranked = dataset.institutions.indices.filter { score($0) > 1e-12 }
                    .sorted { (score($1), name($0)) < (score($0), name($1)) }
                let shown = ranked.prefix(Self.topCount)
                let tiedBeyond = shown.last.map { last in ranked.dropFirst(shown.count).filter { abs(score($0) - score(last)) <= 1e-12 }.count } ?? 0
                return MeasureTable(
                    name: strings.measureName(measure), meaning: strings.measureMeaning(measure),
                    rows: shown.enumerated().map { position, index in
                        let rank = 1 + ranked.prefix(position).filter { score($0) - score(index) > 1e-12 }.count
                        let tied = ranked.contains { $0 != index && abs(score($0) - score(index)) <= 1e-12 }
                        return RankRow(rank: String(rank) + (tied ? "=" : ""), id: dataset.institutions[index].id, name: name(index),
                                       kind: strings.kindName(dataset.institutions[index].kind), place: place(index),
                                       score: String(format: "%.4f", score(index)))
                    },
                    more: tiedBeyond == 0 ? nil : strings.tiedBeyond(tiedBeyond))
            }
        }
        centrality = [
            CentralityBlock(title: strings.twoMode, note: strings.twoModeNote, measures: rankTables(twoMode, bipartite.consortiumCount)),
            CentralityBlock(title: strings.projection, note: strings.projectionNote, measures: rankTables(projected, 0)),
        ]

        self.diagrams = diagrams
        self.warnings = warnings.map { Warning(location: $0.location.description, message: $0.message) }
        hasWarnings = !warnings.isEmpty

        let structure = StructureStrings(language)
        t = structure
        whatIf = try Self.whatIfRows(dataset, language: language, strings: structure)
        hasWhatIf = !whatIf.isEmpty
        showsWhatIf = dataset.consortia.count > 1
        brokers = Self.brokerRows(dataset, language: language, kindName: strings.kindName)
        hasBrokers = !brokers.isEmpty
        (communities, communityNote) = Self.communityRows(dataset, language: language)
        self.downloads = downloads
        hasDownloads = !downloads.isEmpty
        changes = comparison.map { Self.changes($0, language: language, strings: strings, structure: structure) }
    }
}
