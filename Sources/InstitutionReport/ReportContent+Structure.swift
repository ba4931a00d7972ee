import Foundation
import InstitutionGraph

/// The report's sections on structure: what-if, brokers, communities and downloads.
extension ReportContent {
    struct WhatIfRow {
        let rank: Int
        let dropped: String
        let orphaned: Int
        let noLongerShared: String
        let overlapsLost: Int
        let tiesLost: Int
        let components: String
        let efficiency: String
    }

    struct BrokerRow {
        let rank: Int
        let id: String
        let name: String
        let kind: String
        let partners: Int
        let effectiveSize: String
        let efficiency: String
        let constraint: String
        let coordinator: Int
        let itinerant: Int
        let gatekeeper: Int
        let liaison: Int
    }

    struct CommunityRow {
        let number: Int
        let size: Int
        let mostlyFrom: String
        let members: String
    }

    /// A graph export the reader can download: a data URI in HTML, a file beside Markdown.
    struct Download {
        let label: String
        let file: String
        let href: String
    }

    /// How many brokers the brokerage table lists.
    static let brokerCount = 10
    /// The most consortia the what-if table drops in turn: each drop recomputes every distance
    /// between institutions, so larger datasets are left to `instgraph whatif --each`.
    static let whatIfLimit = 30

    /// Every consortium dropped in turn, most damaging first.
    static func whatIfRows(_ dataset: Dataset, language: Language, strings: StructureStrings) throws -> [WhatIfRow] {
        guard dataset.consortia.count > 1, dataset.consortia.count <= whatIfLimit else { return [] }
        let impacts = try ConsortiumDropAnalysis(dataset).impactOfDroppingEach()
        return impacts.enumerated().map { rank, impact in
            let shared = impact.noLongerShared.map { dataset.institutions[$0].name.preferred(language) }
            return WhatIfRow(
                rank: rank + 1, dropped: impact.dropped.map { dataset.consortia[$0].name.preferred(language) }.joined(separator: ", "),
                orphaned: impact.orphaned.count, noLongerShared: shared.isEmpty ? strings.none : shared.joined(separator: ", "),
                overlapsLost: impact.overlapsLost.count, tiesLost: impact.tiesLost,
                components: "\(impact.componentsBefore) → \(impact.componentsAfter)",
                efficiency: String(format: "%+.3f", -impact.efficiencyLoss))
        }
    }

    /// The best-placed brokers of the institutions projection: those that stand between at least
    /// one pair of untied partners, highest effective size first.
    static func brokerRows(_ dataset: Dataset, language: Language, kindName: (InstitutionKind?) -> String) -> [BrokerRow] {
        let brokerage = dataset.brokerage()
        let number = { (value: Double) in value.isNaN ? "—" : String(format: "%.3f", value) }
        let brokers = brokerage.ranking.filter { brokerage.roles[$0].total > 0 }
        return brokers.prefix(brokerCount).enumerated().map { rank, index in
            let roles = brokerage.roles[index]
            return BrokerRow(
                rank: rank + 1, id: dataset.institutions[index].id, name: dataset.institutions[index].name.preferred(language),
                kind: kindName(dataset.institutions[index].kind), partners: brokerage.partners[index],
                effectiveSize: number(brokerage.holes.effectiveSize[index]), efficiency: number(brokerage.holes.efficiency[index]),
                constraint: number(brokerage.holes.constraint[index]), coordinator: roles.coordinator, itinerant: roles.itinerant,
                gatekeeper: roles.gatekeeper, liaison: roles.liaison)
        }
    }

    /// Louvain's communities (with more than one member) and a line on their quality.
    static func communityRows(_ dataset: Dataset, language: Language) -> (rows: [CommunityRow], note: String) {
        let found = dataset.institutionCommunities()
        let rows = found.communities.enumerated().filter { $0.element.members.count > 1 }.map { number, community in
            CommunityRow(
                number: number + 1, size: community.members.count,
                mostlyFrom: community.mainConsortium.map { "\(dataset.consortia[$0].name.preferred(language)) (\(community.inMainConsortium))" } ?? "—",
                members: community.members.map { dataset.institutions[$0].name.preferred(language) }.joined(separator: ", "))
        }
        let alone = found.communities.count - rows.count
        let modularity = String(format: "%.4f", found.partition.modularity)
        let agreement = String(format: "%.3f", found.consortiumAgreement)
        let note = language == .korean
            ? "커뮤니티 \(found.communities.count)개\(alone > 0 ? " (단독 \(alone)개 제외하고 표시)" : ""), 모듈성 \(modularity), 컨소시엄과의 일치도(NMI) \(agreement)."
            : "\(found.communities.count) communities\(alone > 0 ? " (\(alone) of a single institution not listed)" : ""); modularity \(modularity); agreement with consortia (NMI) \(agreement)."
        return (rows, note)
    }

    /// The two-mode graph and the institutions projection, as GraphML and GEXF.
    static func exports(_ dataset: Dataset, language: Language, baseName: String) -> [(download: Download, bytes: [UInt8])] {
        let graphs: [(ExportGraphKind, String, String)] = [
            (.bipartite, "Consortia and institutions", "컨소시엄과 기관"),
            (.institutions, "Institutions projection", "기관 투영 그래프"),
        ]
        return graphs.flatMap { graph, english, korean in
            let exported = ExportedGraph(dataset, graph: graph, language: language)
            return [GraphExportFormat.graphml, .gexf].map { format in
                let bytes = Array(exported.written(as: format).utf8)
                let file = "\(baseName)-\(graph.rawValue).\(format.fileExtension)"
                let label = "\(language == .korean ? korean : english) (\(format == .graphml ? "GraphML" : "GEXF 1.3"))"
                return (Download(label: label, file: file, href: "data:application/xml;base64," + Data(bytes).base64EncodedString()), bytes)
            }
        }
    }
}
