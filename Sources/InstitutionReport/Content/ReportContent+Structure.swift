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
        /// The number of members, its digits grouped (`12,345`).
        let size: String
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
    /// The most consortia the what-if table drops in turn; larger datasets drop their largest
    /// and leave the rest to `instgraph whatif --each`.
    static let whatIfLimit = 30
    /// The most drops × ties of the institutions projection the what-if table spends: a
    /// projection with more ties than this allows for ``whatIfLimit`` drops gets fewer, at
    /// least ``whatIfMinimum``.
    static let whatIfWork = 1.5e8
    static let whatIfMinimum = 10

    /// How many consortia the what-if table drops on a projection of `ties` ties.
    static func whatIfDrops(projectionTies ties: Int) -> Int {
        min(whatIfLimit, max(whatIfMinimum, Int(whatIfWork / Double(max(1, ties)))))
    }

    /// The consortia dropped in turn, most damaging first.
    static func whatIfRows(_ parts: ReportParts, strings: StructureStrings) -> [WhatIfRow] {
        let dataset = parts.analysis.dataset
        let language = parts.language
        return parts.whatIf.enumerated().map { rank, impact in
            let shared = impact.noLongerShared.map { dataset.institutions[$0].name.preferred(language) }
            return WhatIfRow(
                rank: rank + 1, dropped: impact.dropped.map { dataset.consortia[$0].name.preferred(language) }.joined(separator: ", "),
                orphaned: impact.orphaned.count, noLongerShared: shared.isEmpty ? strings.none : ScaleStrings(language).listed(shared),
                overlapsLost: impact.overlapsLostCount, tiesLost: impact.tiesLost,
                components: "\(impact.componentsBefore) → \(impact.componentsAfter)",
                efficiency: String(format: "%+.3f", -impact.efficiencyLoss))
        }
    }

    /// The best-placed brokers of the institutions projection: those that stand between at least
    /// one pair of untied partners, highest effective size first; and a note when the table is
    /// cut or skipped.
    static func brokerRows(
        _ parts: ReportParts, kindName: (InstitutionKind?) -> String, tables: [ReportTableFile: Download]
    ) -> (rows: [BrokerRow], note: SectionNote?) {
        let dataset = parts.analysis.dataset
        let scale = ScaleStrings(parts.language)
        let brokerage: InstitutionBrokerage
        switch parts.brokerage {
        case .success(let result): brokerage = result
        case .failure(let refusal): return ([], SectionNote(text: scale.projectionSkipped(refusal), link: nil))
        }
        let number = { (value: Double) in value.isNaN ? "—" : String(format: "%.3f", value) }
        let brokers = brokerage.ranking.filter { brokerage.roles[$0].total > 0 }
        let rows = brokers.prefix(brokerCount).enumerated().map { rank, index in
            let roles = brokerage.roles[index]
            return BrokerRow(
                rank: rank + 1, id: dataset.institutions[index].id, name: dataset.institutions[index].name.preferred(parts.language),
                kind: kindName(dataset.institutions[index].kind), partners: brokerage.partners[index],
                effectiveSize: number(brokerage.holes.effectiveSize[index]), efficiency: number(brokerage.holes.efficiency[index]),
                constraint: number(brokerage.holes.constraint[index]), coordinator: roles.coordinator, itinerant: roles.itinerant,
                gatekeeper: roles.gatekeeper, liaison: roles.liaison)
        }
        let note = tables[.brokerage].map { SectionNote(text: scale.brokersShown(rows.count, of: brokers.count), link: $0) }
        return (rows, note)
    }

    /// Louvain's communities (with more than one member), a line on their quality, and a note
    /// when the table is cut or skipped.
    static func communityRows(
        _ parts: ReportParts, tables: [ReportTableFile: Download]
    ) -> (rows: [CommunityRow], quality: String, note: SectionNote?) {
        let dataset = parts.analysis.dataset
        let language = parts.language
        let scale = ScaleStrings(language)
        let found: InstitutionCommunities
        switch parts.communities {
        case .success(let result): found = result
        case .failure(let refusal): return ([], scale.projectionSkipped(refusal), nil)
        }
        let listed = found.communities.enumerated().filter { $0.element.members.count > 1 }
        let largest =
            listed.count <= ReportLimits.communityRows
            ? listed
            : Array(listed.sorted { ($0.element.members.count, $1.offset) > ($1.element.members.count, $0.offset) }.prefix(ReportLimits.communityRows))
        let rows = largest.map { number, community in
            CommunityRow(
                number: number + 1, size: community.members.count.groupedDigits,
                mostlyFrom: community.mainConsortium.map { "\(dataset.consortia[$0].name.preferred(language)) (\(community.inMainConsortium))" } ?? "—",
                members: scale.listed(community.members.map { dataset.institutions[$0].name.preferred(language) }))
        }
        let alone = found.communities.count - listed.count
        let modularity = String(format: "%.4f", found.partition.modularity)
        let agreement = String(format: "%.3f", found.consortiumAgreement)
        // A projection read from the Spark job's folder has no consortia to agree with.
        let compared = parts.network == nil
        let quality =
            language == .korean
            ? "커뮤니티 \(found.communities.count.groupedDigits)개\(alone > 0 ? " (단독 \(alone.groupedDigits)개 제외하고 표시)" : ""), 모듈성 \(modularity)"
                + (compared ? ", 컨소시엄과의 일치도(NMI) \(agreement)." : ".")
            : "\(found.communities.count.groupedDigits) communities\(alone > 0 ? " (\(alone.groupedDigits) of a single institution not listed)" : ""); modularity \(modularity)"
                + (compared ? "; agreement with consortia (NMI) \(agreement)." : ".")
        let notes = [
            found.trials < LouvainOptions().trials ? scale.communityTrials(found.trials, of: LouvainOptions().trials) : nil,
            rows.count < listed.count ? scale.communitiesShown(rows.count, of: listed.count) : nil,
        ].compactMap { $0 }
        let note = notes.isEmpty ? nil : SectionNote(text: notes.joined(separator: " "), link: rows.count < listed.count ? tables[.communities] : nil)
        return (rows, quality, note)
    }
}
