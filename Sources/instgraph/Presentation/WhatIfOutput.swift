import InstitutionGraph

/// `whatif`'s results as tables or JSON.
enum WhatIfOutput {
    private struct ImpactJSON: Encodable {
        struct Pair: Encodable {
            var a: String
            var b: String
            var shared: [String]
        }
        struct Before: Encodable {
            var before: Double
            var after: Double
        }
        var dropped: [String]
        var orphaned: [String]
        var noLongerShared: [String]
        var overlapsLost: [Pair]
        var tiesLost: Int
        var tiesWeakened: Int
        var components: Before
        var efficiency: Before
    }

    private struct MoveJSON: Encodable {
        var id: String
        var name: String
        var rankBefore: Int
        var rankAfter: Int
        var scoreBefore: Double
        var scoreAfter: Double
    }

    private struct SingleJSON: Encodable {
        var impact: ImpactJSON
        var measure: String
        var movers: [MoveJSON]
        /// How many sampled institutions the efficiency is estimated from; absent when exact.
        var efficiencySampledFrom: Int?
        /// How many samples the measure was estimated from (shortest paths for betweenness,
        /// sources for closeness and harmonic); absent when exact.
        var measureSampledFrom: Int?
        /// The largest change of score counted as none (twice the estimate's bound); absent when
        /// exact.
        var noiseFloor: Double?
    }

    private static func json(_ impact: ConsortiumDropImpact, of data: Dataset) -> ImpactJSON {
        let ids = { (indices: [Int]) in indices.map { data.institutions[$0].id } }
        return ImpactJSON(
            dropped: impact.dropped.map { data.consortia[$0].id }, orphaned: ids(impact.orphaned),
            noLongerShared: ids(impact.noLongerShared),
            overlapsLost: impact.overlapsLost.map { .init(a: data.consortia[$0.first].id, b: data.consortia[$0.second].id, shared: ids($0.shared)) },
            tiesLost: impact.tiesLost, tiesWeakened: impact.tiesWeakened,
            components: .init(before: Double(impact.componentsBefore), after: Double(impact.componentsAfter)),
            efficiency: .init(before: impact.efficiencyBefore, after: impact.efficiencyAfter))
    }

    /// The effect of one drop: counts, who is orphaned or no longer shared, overlaps lost, and
    /// the largest rank changes.
    /// The line that says the efficiency is estimated from `sampled` institutions, if it is.
    private static func estimateNote(_ sampled: Int?) -> [String] {
        guard let sampled else { return [] }
        return [
            "Efficiency is estimated from \(sampled.groupedDigits) sampled institutions, the same before and after every drop (searching from every institution would take long at this size)."
        ]
    }

    static func single(
        _ impact: ConsortiumDropImpact, changes: RankChanges, measure: CentralityMeasure, of data: Dataset, sampled: Int?,
        language: Language, format: TextFormat
    ) throws -> String {
        let moves = changes.moves
        let measureSamples = changes.betweennessSampling?.sampleCount ?? changes.closenessSampling?.sampleCount
        let name = { (index: Int) in data.institutions[index].name.preferred(language) }
        let consortium = { (index: Int) in data.consortia[index].name.preferred(language) }
        if format == .json {
            return try JSONOutput.encode(
                SingleJSON(
                    impact: json(impact, of: data), measure: measure.rawValue,
                    movers: moves.map {
                        .init(
                            id: data.institutions[$0.node].id, name: name($0.node), rankBefore: $0.rankBefore,
                            rankAfter: $0.rankAfter, scoreBefore: $0.scoreBefore, scoreAfter: $0.scoreAfter)
                    }, efficiencySampledFrom: sampled, measureSampledFrom: measureSamples,
                    noiseFloor: measureSamples == nil ? nil : changes.noiseFloor))
        }
        let memberOf = data.consortiaByInstitution()
        let dropped = Set(impact.dropped)
        let counts = TextTable(
            columns: [.init("measure"), .init("before", alignment: .right), .init("after", alignment: .right), .init("change", alignment: .right)],
            rows: [
                ["consortia", String(data.consortia.count), String(data.consortia.count - dropped.count), Formatting.signed(-dropped.count)],
                ["components", String(impact.componentsBefore), String(impact.componentsAfter), Formatting.signed(impact.componentChange)],
                [
                    "global efficiency", Formatting.decimal(impact.efficiencyBefore), Formatting.decimal(impact.efficiencyAfter),
                    Formatting.signed(-impact.efficiencyLoss),
                ],
                ["ties lost", "", "", String(impact.tiesLost)],
                ["ties weakened", "", "", String(impact.tiesWeakened)],
            ])
        var sections: [TabularReport.Section] = [
            .init(
                title: "Without " + impact.dropped.map(consortium).joined(separator: ", "),
                lines: [
                    "Ties link institutions that share a consortium; efficiency is that of the institutions projection, over the same \(data.institutions.count.groupedDigits) institutions before and after."
                ] + estimateNote(sampled),
                table: counts)
        ]
        let list = { (indices: [Int]) in indices.isEmpty ? "none" : indices.map(name).joined(separator: ", ") }
        sections.append(.init(title: "Orphaned institutions (\(impact.orphaned.count))", lines: ["In no consortium any more: \(list(impact.orphaned))."]))
        let noLonger = impact.noLongerShared.map { index in
            let left = memberOf[index].filter { !dropped.contains($0) }.map(consortium)
            return "\(name(index)) (now \(left.isEmpty ? "in none" : "only in " + left.joined(separator: ", ")))"
        }
        sections.append(
            .init(
                title: "No longer shared (\(impact.noLongerShared.count))",
                lines: [noLonger.isEmpty ? "No institution stops linking consortia." : noLonger.joined(separator: "; ") + "."]))
        let lost = impact.overlapsLost
        // A table for reading holds the pairs that shared most; CSV, for a spreadsheet, holds all.
        let listed =
            format == .csv || lost.count <= overlapRows
            ? lost
            : Array(lost.enumerated().sorted { ($1.element.shared.count, $0.offset) < ($0.element.shared.count, $1.offset) }.prefix(overlapRows).map(\.element))
        sections.append(
            .init(
                title: "Overlaps lost (\(lost.count))",
                lines: lost.isEmpty
                    ? ["The dropped consortia share no institution with the others: no overlap is lost."]
                    : listed.count < lost.count
                        ? [
                            "The \(listed.count) pairs that shared most, of \(lost.count.groupedDigits) lost, are listed; `--format csv` or `--format json` lists them all."
                        ] : [],
                table: lost.isEmpty
                    ? nil
                    : TextTable(
                        columns: [.init("consortium A"), .init("consortium B"), .init("shared", alignment: .right), .init("shared institutions")],
                        rows: listed.map {
                            [consortium($0.first), consortium($0.second), String($0.shared.count), $0.shared.map(name).joined(separator: ", ")]
                        })))
        sections.append(
            .init(
                title: "Top movers in \(measure.rawValue) (institutions projection)",
                lines: movesNote(changes, measure: measure)
                    + (moves.isEmpty
                        ? [measureSamples == nil ? "No institution's score changes." : "No institution's score changes by more than that."]
                        : [
                            "Institutions whose score changes, largest rank moves first; ranks among the institutions that stay, tied scores sharing a rank."
                        ]),
                table: moves.isEmpty
                    ? nil
                    : TextTable(
                        columns: [
                            .init("institution"), .init("rank before", alignment: .right), .init("rank after", alignment: .right),
                            .init("move", alignment: .right), .init("before", alignment: .right), .init("after", alignment: .right),
                        ],
                        rows: moves.map {
                            [
                                name($0.node), String($0.rankBefore), String($0.rankAfter), Formatting.signed($0.shift),
                                Formatting.decimal($0.scoreBefore, digits: 4), Formatting.decimal($0.scoreAfter, digits: 4),
                            ]
                        })))
        return TabularReport(sections: sections).rendered(as: format)
    }

    /// The most overlaps lost a table for reading lists: those that shared most.
    static let overlapRows = 50

    /// The lines that say how the movers' scores were estimated, if they were, and which changes
    /// that leaves out.
    private static func movesNote(_ changes: RankChanges, measure: CentralityMeasure) -> [String] {
        let floor = Formatting.decimal(changes.noiseFloor, digits: 4)
        if let sampling = changes.betweennessSampling {
            return [
                "Betweenness is estimated from \(sampling.sampleCount.groupedDigits) sampled shortest paths before and after: with probability \(sampling.approximation.confidence) every score is within \(sampling.approximation.epsilon) of the exact one (standard scale), so only changes larger than \(floor) are listed (`--exact` computes it exactly, which takes long at this size)."
            ]
        }
        if let sampling = changes.closenessSampling {
            return [
                "\(measure == .closeness ? "Closeness" : "Harmonic centrality") is estimated from searches out of \(sampling.sampleCount.groupedDigits) sampled institutions before and after (with probability \(sampling.approximation.confidence) every \(measure == .closeness ? "mean distance within \(sampling.approximation.epsilon) × the diameter" : "normalised score within \(sampling.approximation.epsilon)")), so only changes larger than \(floor) are listed (`--exact` computes it exactly, which takes long at this size)."
            ]
        }
        return []
    }

    /// Every consortium's drop, most damaging first.
    static func ranking(_ impacts: [ConsortiumDropImpact], of data: Dataset, sampled: Int?, language: Language, format: TextFormat) throws -> String {
        if format == .json { return try JSONOutput.encode(impacts.map { json($0, of: data) }) }
        let name = { (index: Int) in data.institutions[index].name.preferred(language) }
        let table = TextTable(
            columns: [
                .init("rank", alignment: .right), .init("dropped"), .init("orphaned", alignment: .right),
                .init("no longer shared", alignment: .right), .init("overlaps lost", alignment: .right),
                .init("ties lost", alignment: .right), .init("components", alignment: .right),
                .init("efficiency", alignment: .right), .init("institutions no longer shared"),
            ],
            rows: impacts.enumerated().map { rank, impact in
                [
                    String(rank + 1), impact.dropped.map { data.consortia[$0].name.preferred(language) }.joined(separator: ", "),
                    String(impact.orphaned.count), String(impact.noLongerShared.count), String(impact.overlapsLostCount),
                    String(impact.tiesLost), "\(impact.componentsBefore) → \(impact.componentsAfter)",
                    Formatting.signed(-impact.efficiencyLoss), impact.noLongerShared.map(name).joined(separator: ", "),
                ]
            })
        let before = impacts.first.map { Formatting.decimal($0.efficiencyBefore) } ?? "—"
        return TabularReport(sections: [
            .init(
                title: "Dropping each consortium",
                lines: [
                    "Ranked by the global efficiency lost (institutions projection, \(before) with every consortium), then institutions orphaned, then ties lost."
                ] + estimateNote(sampled),
                table: table)
        ]).rendered(as: format)
    }
}
