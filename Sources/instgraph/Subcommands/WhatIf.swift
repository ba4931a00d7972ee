import ArgumentParser
import InstitutionGraph

/// `instgraph whatif`: what the network loses if consortia are dropped.
struct WhatIf: DataCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Show what the network loses if consortia are dropped, or rank every consortium by the impact of dropping it.",
        discussion: """
            --drop NAME… recomputes the network without those consortia (ids, names, or the name of their lead, as members are written) and \
            lists the institutions orphaned, those no longer shared, the overlaps lost, the ties between institutions \
            lost, the components, the global efficiency of the institutions projection and the institutions whose \
            centrality rank moves most. --each drops every consortium in turn and ranks them by the efficiency lost, \
            then institutions orphaned, then ties lost. Efficiency is over the same institutions before and after: \
            an orphaned institution stays as an isolated node.
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var parallelism: ThreadOptions

    @Option(help: "A consortium to drop, by id, name, or the name of its lead; repeat for several (--drop A --drop B).")
    var drop: [String] = []

    @Flag(help: "Drop each consortium in turn and rank them by structural impact.")
    var each = false

    @Option(help: "The centrality whose rank changes are listed, on the institutions projection (with --drop).", transform: Centrality.parseMeasure)
    var measure: CentralityMeasure = .betweenness

    @Option(help: "How many rank changes to list (with --drop).")
    var top = 10

    @Flag(
        help: ArgumentHelp(
            "Compute every measure exactly, however long it takes (by default, on a large network, the efficiency is estimated from sampled institutions and betweenness, closeness and harmonic centrality from samples, as in the report; the output says so)."
        ))
    var exact = false

    func validate() throws {
        if drop.isEmpty == !each { throw ValidationError("give either --drop CONSORTIUM… or --each.") }
        if top < 1 { throw ValidationError("--top must be 1 or more.") }
    }

    func execute() throws {
        let data = try dataset.load().dataset
        let analysis = try ConsortiumDropAnalysis(DatasetAnalysis(data, budget: ShortestPathBudget(exact: exact), threads: parallelism.threads))
        if each {
            let count = data.consortia.count
            // The table counts the overlaps each drop loses; JSON lists them.
            let listing = output.resolvedFormat == .json
            let impacts = try analysis.impactOfDropping(each: data.consortia.indices, listingOverlaps: listing) { done in
                ProgressLine.update("\(done.groupedDigits) of \(count.groupedDigits) consortia dropped (\(100 * done / count)%)")
            }
            try output.write(
                WhatIfOutput.ranking(impacts, of: data, sampled: analysis.efficiencySample?.count, language: output.lang, format: output.resolvedFormat))
            return
        }
        let indices = try drop.map(data.consortiumIndex(namedOrLedBy:))
        let impact = try analysis.impact(ofDropping: indices)
        let changes = try analysis.rankChanges(ofDropping: indices, measure: measure, limit: top)
        try output.write(
            WhatIfOutput.single(
                impact, changes: changes, measure: measure, of: data, sampled: analysis.efficiencySample?.count, language: output.lang,
                format: output.resolvedFormat))
    }
}
