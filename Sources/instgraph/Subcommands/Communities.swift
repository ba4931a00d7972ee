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
            /// `nil` for a projection read without its consortia.
            var inMainConsortium: Int?
            var members: [String]
        }
        var resolution: Double
        var seed: UInt64
        var trials: Int
        var weighting: String
        var modularity: Double
        /// `nil` for a projection read without its consortia.
        var consortiumAgreement: Double?
        var communities: [Community]
    }

    func execute() throws {
        let options = LouvainOptions(resolution: resolution, seed: seed, trials: trials, threads: parallelism.threads)
        let data: Dataset
        let found: InstitutionCommunities
        if let network = try dataset.loadNetwork() {
            data = network.dataset
            found = data.institutionCommunities(
                projection: network.projection(weighting: weighting), options, consortiaByInstitution: Array(repeating: [], count: data.institutions.count))
        } else {
            data = try dataset.load().dataset
            found = try data.institutionCommunities(options, weighting: weighting)
        }
        // A projection read without its membership table has no consortia to compare with.
        let comparesConsortia = !data.consortia.isEmpty
        let language = output.lang
        if output.resolvedFormat == .json {
            try output.write(
                JSONOutput.encode(
                    Report(
                        resolution: resolution, seed: seed, trials: trials, weighting: weighting.rawValue,
                        modularity: found.partition.modularity, consortiumAgreement: comparesConsortia ? found.consortiumAgreement : nil,
                        communities: found.communities.enumerated().map { number, community in
                            .init(
                                number: number + 1, size: community.members.count, mainConsortium: community.mainConsortium.map { data.consortia[$0].id },
                                inMainConsortium: comparesConsortia ? community.inMainConsortium : nil,
                                members: community.members.map { data.institutions[$0].id })
                        })))
            return
        }
        let table = TextTable(
            columns: [.init("community", alignment: .right), .init("size", alignment: .right)]
                + (comparesConsortia ? [.init("mostly from"), .init("of them", alignment: .right)] : []) + [.init("members")],
            rows: found.communities.enumerated().map { number, community in
                [String(number + 1), String(community.members.count)]
                    + (comparesConsortia
                        ? [community.mainConsortium.map { data.consortia[$0].name.preferred(language) } ?? "—", String(community.inMainConsortium)] : [])
                    + [community.members.map { data.institutions[$0].name.preferred(language) }.joined(separator: ", ")]
            })
        let agreement =
            comparesConsortia
            ? "; agreement with consortia (NMI over memberships) \(Formatting.decimal(found.consortiumAgreement))"
            : " (a projection read without its consortia: no agreement with them)"
        let lines = [
            "Louvain on the institutions projection (weight: \(weighting == .count ? "shared consortia" : "Newman")), resolution \(resolution), seed \(seed), best of \(trials) runs.",
            "\(found.communities.count) communities; modularity \(Formatting.decimal(found.partition.modularity, digits: 4))\(agreement).",
        ]
        try output.write(TabularReport(sections: [.init(lines: lines, table: table)]))
    }
}
