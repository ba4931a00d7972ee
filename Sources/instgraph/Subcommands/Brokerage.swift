import ArgumentParser
import InstitutionGraph

/// `instgraph brokerage`: structural holes and brokerage roles on the institutions projection.
struct Brokerage: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank institutions as brokers: Burt's effective size and constraint, and Gould–Fernandez brokerage roles between kinds.",
        discussion: """
            On the institutions projection (two institutions tied when they share a consortium). Effective size and \
            constraint are NetworkX's effective_size and constraint, weighted by shared consortia (--unweighted: every \
            tie 1); efficiency is effective size / partners. Roles count the pairs of an institution's partners that \
            are not tied to each other, by kind (university, company, …): coordinator (all three of one kind), \
            itinerant (the two partners of one kind, the broker of another), gatekeeper/representative (the broker \
            shares its kind with one partner; on undirected ties the two roles are the same pairs), liaison (three \
            kinds). Each pair counts once.
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var parallelism: ThreadOptions

    @Flag(help: "Count every tie as 1 instead of weighting it by shared consortia.")
    var unweighted = false

    @Option(help: "Only the N best-placed brokers.")
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
    }

    private struct Row: Encodable {
        var id: String
        var name: String
        var kind: String?
        var consortia: Int
        var partners: Int
        var effectiveSize: Double?
        var efficiency: Double?
        var constraint: Double?
        var roles: BrokerageRoleCounts
        var brokerage: Int

        private enum CodingKeys: String, CodingKey {
            case id, name, kind, consortia, partners, effectiveSize, efficiency, constraint, roles, brokerage
        }

        /// Undefined measures are written as `null` rather than left out, so every row has every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(consortia, forKey: .consortia)
            try container.encode(partners, forKey: .partners)
            try container.encode(effectiveSize, forKey: .effectiveSize)
            try container.encode(efficiency, forKey: .efficiency)
            try container.encode(constraint, forKey: .constraint)
            try container.encode(roles, forKey: .roles)
            try container.encode(brokerage, forKey: .brokerage)
        }
    }

    func execute() throws {
        let data: Dataset
        let brokerage: InstitutionBrokerage
        let consortiumCounts: [Int]
        if let network = try dataset.loadNetwork() {
            data = network.dataset
            brokerage = data.brokerage(projection: network.projection, weighted: !unweighted, threads: parallelism.threads)
            consortiumCounts = network.consortiumCounts
        } else {
            data = try dataset.load().dataset
            brokerage = try data.brokerage(weighted: !unweighted, threads: parallelism.threads)
            consortiumCounts = data.consortiaByInstitution().map(\.count)
        }
        let language = output.lang
        var ranking = brokerage.ranking
        if let top { ranking = Array(ranking.prefix(top)) }
        let holes = brokerage.holes
        if output.resolvedFormat == .json {
            try output.write(
                JSONOutput.encode(
                    ranking.map { index in
                        Row(
                            id: data.institutions[index].id, name: data.institutions[index].name.preferred(language),
                            kind: data.institutions[index].kind?.rawValue, consortia: consortiumCounts[index], partners: brokerage.partners[index],
                            effectiveSize: Formatting.finite(holes.effectiveSize[index]), efficiency: Formatting.finite(holes.efficiency[index]),
                            constraint: Formatting.finite(holes.constraint[index]), roles: brokerage.roles[index], brokerage: brokerage.roles[index].total)
                    }))
            return
        }
        let table = TextTable(
            columns: [
                .init("rank", alignment: .right), .init("institution"), .init("kind"), .init("partners", alignment: .right),
                .init("effective size", alignment: .right), .init("efficiency", alignment: .right), .init("constraint", alignment: .right),
                .init("coordinator", alignment: .right), .init("itinerant", alignment: .right),
                .init("gatekeeper/representative", alignment: .right), .init("liaison", alignment: .right), .init("total", alignment: .right),
            ],
            rows: ranking.enumerated().map { rank, index in
                let roles = brokerage.roles[index]
                return [
                    String(rank + 1), data.institutions[index].name.preferred(language), data.institutions[index].kind?.rawValue ?? "",
                    String(brokerage.partners[index]), Formatting.decimal(holes.effectiveSize[index]),
                    Formatting.decimal(holes.efficiency[index]), Formatting.decimal(holes.constraint[index]),
                    String(roles.coordinator), String(roles.itinerant), String(roles.gatekeeper), String(roles.liaison), String(roles.total),
                ]
            })
        let note =
            "Institutions projection, \(unweighted ? "every tie 1" : "ties weighted by shared consortia"); brokers first: highest effective size, then lowest constraint. Roles: pairs of untied partners, by kind; — for an institution without partners."
        try output.write(TabularReport(sections: [.init(lines: [note], table: table)]))
    }
}
