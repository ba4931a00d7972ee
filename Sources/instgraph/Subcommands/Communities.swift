import ArgumentParser
import InstitutionGraph

/// `instgraph communities`: Louvain communities of institutions and how they match the consortia.
struct Communities: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find communities of institutions (Louvain on the institutions projection) and compare them with the consortia.",
        discussion: """
            Ties are weighted by shared consortia (--weighting newman: Σ 1/(n−1) over shared consortia of n members). \
            Louvain is run --trials times, visiting institutions in orders drawn from --seed, and the partition of \
            highest modularity is kept: the same seed gives the same communities. --resolution above 1 finds smaller \
            communities, below 1 larger ones. Agreement with consortia is the normalised mutual information (arithmetic \
            mean) between consortium and community over memberships: an institution in k consortia counts k times.
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var parallelism: ThreadOptions

    @Option(help: "Louvain's resolution: above 1 favours smaller communities, below 1 larger ones.")
    var resolution = 1.0

    @Option(help: "The seed of the visiting orders; the same seed gives the same communities.")
    var seed: UInt64 = 0

    @Option(help: "How many Louvain runs to keep the best of.")
    var trials = 10

    @Option(help: "count (shared consortia) or newman (Σ 1/(n−1) over shared consortia of n members).")
    var weighting: ProjectionWeighting = .count

    func validate() throws {
        if !(resolution > 0) || !resolution.isFinite { throw ValidationError("--resolution must be a positive number.") }
        if trials < 1 { throw ValidationError("--trials must be 1 or more.") }
    }

    private struct Report: Encodable {
        struct Community: Encodable {
            var number: Int
            var size: Int
            var mainConsortium: String?
            var inMainConsortium: Int
            var members: [String]
        }
        var resolution: Double
        var seed: UInt64
        var trials: Int
        var weighting: String
        var modularity: Double
        var consortiumAgreement: Double
        var communities: [Community]
    }

    func execute() throws {
        let data = try dataset.load().dataset
        let language = output.lang
        let found = try data.institutionCommunities(
            LouvainOptions(resolution: resolution, seed: seed, trials: trials, threads: parallelism.threads), weighting: weighting)
        if output.resolvedFormat == .json {
            try output.write(
                JSONOutput.encode(
                    Report(
                        resolution: resolution, seed: seed, trials: trials, weighting: weighting.rawValue,
                        modularity: found.partition.modularity, consortiumAgreement: found.consortiumAgreement,
                        communities: found.communities.enumerated().map { number, community in
                            .init(
                                number: number + 1, size: community.members.count, mainConsortium: community.mainConsortium.map { data.consortia[$0].id },
                                inMainConsortium: community.inMainConsortium, members: community.members.map { data.institutions[$0].id })
                        })))
            return
        }
        let table = TextTable(
            columns: [
                .init("community", alignment: .right), .init("size", alignment: .right), .init("mostly from"),
                .init("of them", alignment: .right), .init("members"),
            ],
            rows: found.communities.enumerated().map { number, community in
                [
                    String(number + 1), String(community.members.count),
                    community.mainConsortium.map { data.consortia[$0].name.preferred(language) } ?? "—", String(community.inMainConsortium),
                    community.members.map { data.institutions[$0].name.preferred(language) }.joined(separator: ", "),
                ]
            })
        let lines = [
            "Louvain on the institutions projection (weight: \(weighting == .count ? "shared consortia" : "Newman")), resolution \(resolution), seed \(seed), best of \(trials) runs.",
            "\(found.communities.count) communities; modularity \(Formatting.decimal(found.partition.modularity, digits: 4)); agreement with consortia (NMI over memberships) \(Formatting.decimal(found.consortiumAgreement)).",
        ]
        try output.write(TabularReport(sections: [.init(lines: lines, table: table)]).rendered(as: output.resolvedFormat))
    }
}
