import ArgumentParser
import InstitutionGraph

/// `instgraph shared`: institutions that sit in several consortia.
struct Shared: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the institutions shared across consortia, most shared first.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var grouping: GroupingOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("min-consortia"), help: "List institutions in at least this many consortia.")
    var minimumConsortia = 2

    func validate() throws {
        guard minimumConsortia >= 1 else { throw ValidationError("--min-consortia must be 1 or more.") }
    }

    /// How many consortium names a table row lists before "… and N more" (CSV and JSON list all).
    static let listedNames = 12

    private struct Row: Encodable {
        var id: String
        var name: String
        var kind: String?
        var consortia: [String]
        var count: Int
    }

    func execute() throws {
        let language = output.lang
        // A plain table is read straight into its graph, unless institutions are rolled up.
        let input = grouping.rollsUp ? .dataset(try dataset.load()) : try dataset.loadGraph()
        let labels: NodeLabels
        let shared: [SharedInstitution]
        switch input {
        case .table(let table, _):
            labels = .table(table)
            shared = table.sharedInstitutions(minimumConsortia: minimumConsortia)
        case .dataset(let loaded):
            let data = try grouping.apply(loaded.dataset)
            labels = .dataset(data, language)
            shared = data.sharedInstitutions(minimumConsortia: minimumConsortia, language: language)
        }
        let institution = { (index: Int) in BipartiteNode(side: .institution, index: index) }
        if output.resolvedFormat == .json {
            let rows = shared.map { entry in
                Row(
                    id: labels.id(of: institution(entry.institution)), name: labels.name(of: institution(entry.institution)),
                    kind: labels.kind(ofInstitution: entry.institution)?.rawValue,
                    consortia: entry.consortia.map { labels.id(of: BipartiteNode(side: .consortium, index: $0)) }, count: entry.consortia.count)
            }
            try output.write(JSONOutput.encode(rows))
            return
        }
        let note = "\(shared.count) of \(labels.institutionCount) institutions are in \(minimumConsortia) or more consortia."
        // Named once each, not once per listing (a consortium struct is costly to copy out).
        let consortiumNames = (0..<labels.consortiumCount).map { labels.name(of: BipartiteNode(side: .consortium, index: $0)) }
        let listed = output.resolvedFormat == .csv ? nil : Self.listedNames
        let table = TextTable(
            columns: [.init("institution"), .init("kind"), .init("consortia", alignment: .right), .init("in")],
            rows: shared.concurrentMap { entry in
                [
                    labels.name(of: BipartiteNode(side: .institution, index: entry.institution)),
                    labels.kind(ofInstitution: entry.institution)?.rawValue ?? "",
                    String(entry.consortia.count),
                    ListText.abbreviated(
                        entry.consortia.lazy.map { consortiumNames[$0] },
                        keeping: listed),
                ]
            })
        try output.write(TabularReport(sections: [.init(lines: [note], table: table)]))
    }
}
