import InstitutionGraph

/// The full tables behind the sections that a large dataset's report cuts short, as CSV: only
/// those of sections that are cut.
enum ReportTables {
    /// The CSV files of the cut sections of `parts`, named `baseName-consortia.csv` and so on,
    /// each written by a task of its own.
    static func files(_ parts: ReportParts, warnings: [Diagnostic], baseName: String) async -> [(ReportTableFile, ReportFile)] {
        let tables = tables(parts, warnings: warnings)
        return await withTaskGroup(of: (Int, ReportFile).self) { group in
            for (position, (kind, make, label)) in tables.enumerated() {
                group.addTask {
                    (
                        position,
                        ReportFile(file: "\(baseName)-\(kind.rawValue).csv", label: label, mediaType: "text/csv;charset=utf-8", bytes: Array(make().csv().utf8))
                    )
                }
            }
            var files = [ReportFile?](repeating: nil, count: tables.count)
            for await (position, file) in group { files[position] = file }
            return zip(tables, files).map { table, file in (table.kind, file!) }
        }
    }

    /// The tables of the cut sections of `parts`, each with what makes it and its link's label.
    private static func tables(
        _ parts: ReportParts, warnings: [Diagnostic]
    ) -> [(kind: ReportTableFile, make: @Sendable () -> TextTable, label: String)] {
        let analysis = parts.analysis
        let dataset = analysis.dataset
        let language = parts.language
        let name = { @Sendable (index: Int) in dataset.institutions[index].name.preferred(language) }
        let consortiumName = { @Sendable (index: Int) in dataset.consortia[index].name.preferred(language) }
        let kind = { @Sendable (index: Int) in dataset.institutions[index].kind?.rawValue ?? "" }
        let english = language == .english
        var tables: [(kind: ReportTableFile, make: @Sendable () -> TextTable, label: String)] = []

        if parts.cardConsortia.count < dataset.consortia.count {
            let summary = analysis.summary
            tables.append(
                (
                    .consortia,
                    {
                        TextTable(
                            columns: ["id", "name", "lead", "members", "shared_members", "institutions"].map { .init($0) },
                            rows: summary.consortiumLines.map { line in
                                let consortium = dataset.consortia[line.consortium]
                                return [
                                    consortium.id, consortiumName(line.consortium), consortium.lead.map(name) ?? "", String(line.size),
                                    String(line.sharedMembers), consortium.members.map { name($0.institution) }.joined(separator: "; "),
                                ]
                            })
                    }, english ? "Consortia (CSV)" : "컨소시엄 (CSV)"
                ))
        }
        if parts.shared.count > ReportLimits.sharedRows {
            // A projection's node table counts each institution's consortia without naming them.
            let namesConsortia = parts.network == nil
            tables.append(
                (
                    .shared,
                    {
                        TextTable(
                            columns: (["id", "name", "kind", "consortia"] + (namesConsortia ? ["member_of"] : [])).map { .init($0) },
                            rows: parts.shared.map { entry in
                                [
                                    dataset.institutions[entry.institution].id, name(entry.institution), kind(entry.institution),
                                    String(parts.consortiumCount(entry)),
                                ] + (namesConsortia ? [entry.consortia.map(consortiumName).joined(separator: "; ")] : [])
                            })
                    }, english ? "Shared institutions (CSV)" : "공유 기관 (CSV)"
                ))
        }
        if parts.overlaps.total > ReportContent.pairLimit, let network = parts.network {
            tables.append(
                (
                    .pairs,
                    {
                        TextTable(
                            columns: ["consortium_a", "consortium_b", "shared", "jaccard", "shared_institutions"].map { .init($0) },
                            rows: network.overlaps.map { pair in
                                [pair.first, pair.second, String(pair.shared), FixedDecimal.text(pair.jaccard, digits: 6), pair.institutions]
                            })
                    }, english ? "Overlapping pairs of consortia (CSV)" : "컨소시엄 쌍의 중복 (CSV)"
                ))
        } else if parts.overlaps.total > ReportContent.pairLimit {
            tables.append(
                (
                    .pairs,
                    {
                        TextTable(
                            columns: ["consortium_a_id", "consortium_a", "consortium_b_id", "consortium_b", "shared", "jaccard", "shared_institutions"].map {
                                .init($0)
                            },
                            rows: parts.overlaps.pairs.prefix(ReportLimits.pairDownloadRows).map { pair in
                                [
                                    dataset.consortia[pair.first].id, consortiumName(pair.first), dataset.consortia[pair.second].id,
                                    consortiumName(pair.second),
                                    String(pair.shared.count), FixedDecimal.text(pair.jaccard, digits: 6), pair.shared.map(name).joined(separator: "; "),
                                ]
                            })
                    }, english ? "Overlapping pairs of consortia (CSV)" : "컨소시엄 쌍의 중복 (CSV)"
                ))
        }
        if dataset.institutions.count > ReportLimits.institutionsWithoutScoreDownload {
            tables.append((.centrality, { centralityTable(parts) }, english ? "Centrality of every institution (CSV)" : "모든 기관의 중심성 (CSV)"))
            if case .success(let brokerage) = parts.brokerage {
                let number = { @Sendable (value: Double) in value.isNaN ? "" : FixedDecimal.text(value, digits: 6) }
                tables.append(
                    (
                        .brokerage,
                        {
                            TextTable(
                                columns: [
                                    "id", "name", "kind", "partners", "effective_size", "efficiency", "constraint", "coordinator", "itinerant", "gatekeeper",
                                    "liaison",
                                ].map { .init($0) },
                                rows: brokerage.ranking.filter { brokerage.partners[$0] > 0 }.map { index in
                                    let roles = brokerage.roles[index]
                                    return [
                                        dataset.institutions[index].id, name(index), kind(index), String(brokerage.partners[index]),
                                        number(brokerage.holes.effectiveSize[index]), number(brokerage.holes.efficiency[index]),
                                        number(brokerage.holes.constraint[index]),
                                        String(roles.coordinator), String(roles.itinerant), String(roles.gatekeeper), String(roles.liaison),
                                    ]
                                })
                        }, english ? "Brokerage of every institution (CSV)" : "모든 기관의 중개 (CSV)"
                    ))
            }
        }
        if case .success(let found) = parts.communities, found.communities.count(where: { $0.members.count > 1 }) > ReportLimits.communityRows {
            tables.append(
                (
                    .communities,
                    {
                        TextTable(
                            columns: ["community", "size", "id", "name"].map { .init($0) },
                            rows: found.communities.enumerated().flatMap { number, community in
                                community.members.map { [String(number + 1), String(community.members.count), dataset.institutions[$0].id, name($0)] }
                            })
                    }, english ? "Community of every institution (CSV)" : "모든 기관의 커뮤니티 (CSV)"
                ))
        }
        if warnings.count > ReportLimits.warningRows {
            tables.append(
                (
                    .warnings,
                    {
                        TextTable(
                            columns: ["location", "message"].map { .init($0) },
                            rows: warnings.map { [$0.location.description, $0.message] })
                    }, english ? "Warnings (CSV)" : "경고 (CSV)"
                ))
        }
        return tables
    }

    /// Every institution's scores on the two-mode graph and on the projection, in dataset order
    /// (on the projection alone when it was read from the Spark job's folder).
    private static func centralityTable(_ parts: ReportParts) -> TextTable {
        let analysis = parts.analysis
        let dataset = analysis.dataset
        let twoMode = parts.network == nil ? try? analysis.centrality(on: .twoMode) : nil
        let projected = try? analysis.centrality(on: .institutions)
        let measures = CentralityMeasure.allCases
        let offset = analysis.bipartite.consortiumCount
        let number = { (value: Double?) in value.map { FixedDecimal.text($0, digits: 6) } ?? "" }
        // An estimated measure says so in its column's name.
        let header = { (prefix: String, scores: CentralityScores?) in
            measures.map { measure in
                let estimated =
                    switch measure {
                    case .betweenness: scores?.betweennessSampling != nil
                    case .closeness, .harmonic: scores?.closenessSampling.map { !$0.isExact } ?? false
                    default: false
                    }
                return prefix + measure.rawValue + (estimated ? "_approximate" : "")
            }
        }
        return TextTable(
            columns: (["id", "name", "kind", "consortia"] + (parts.network == nil ? header("two_mode_", twoMode) : []) + header("projection_", projected))
                .map { .init($0) },
            rows: dataset.institutions.indices.map { index in
                [
                    dataset.institutions[index].id, dataset.institutions[index].name.preferred(parts.language),
                    dataset.institutions[index].kind?.rawValue ?? "",
                    String(parts.network?.consortiumCounts[index] ?? analysis.consortiaByInstitution[index].count),
                ]
                    + (parts.network == nil ? measures.map { number(twoMode?[$0]?[offset + index]) } : [])
                    + measures.map { number(projected?[$0]?[index]) }
            })
    }
}
