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
        // The institutions listed, most shared first, and the consortia of the one at a place in
        // the list: a table's are read from its graph when its row is printed, not copied out.
        let listed: [Int]
        let consortia: @Sendable (_ place: Int) -> [Int]
        // Every consortium's name, as the rows print it.
        let consortiumNames: [String]
        switch input {
        case .table(let table, _):
            labels = .table(table)
            listed = table.sharedInstitutionIndices(minimumConsortia: minimumConsortia)
            consortia = { [listed] in Array(table.consortia(ofInstitution: listed[$0])) }
            consortiumNames = table.consortiumIDs
        case .dataset(let loaded):
            let data = try grouping.apply(loaded.dataset)
            labels = .dataset(data, language)
            let shared = data.sharedInstitutions(minimumConsortia: minimumConsortia, language: language)
            listed = shared.map(\.institution)
            consortia = { shared[$0].consortia }
            // Named once each, not once per listing (a consortium struct is costly to copy out).
            consortiumNames = data.consortia.map { $0.name.preferred(language) }
        }
        let institution = { @Sendable (index: Int) in BipartiteNode(side: .institution, index: index) }
        if output.resolvedFormat == .json {
            let rows = listed.indices.map { place in
                let entry = listed[place]
                let ids = consortia(place).map { labels.id(of: BipartiteNode(side: .consortium, index: $0)) }
                return Row(
                    id: labels.id(of: institution(entry)), name: labels.name(of: institution(entry)),
                    kind: labels.kind(ofInstitution: entry)?.rawValue, consortia: ids, count: ids.count)
            }
            try output.write(JSONOutput.encode(rows))
            return
        }
        let note = "\(listed.count) of \(labels.institutionCount) institutions are in \(minimumConsortia) or more consortia."
        let shown = output.resolvedFormat == .csv ? nil : Self.listedNames
        // Each row is made as it is printed: a programme's million shared institutions are never
        // held as cells.
        let table = PrintedTable(
            columns: [.init("institution"), .init("kind"), .init("consortia", alignment: .right), .init("in")],
            rowCount: listed.count
        ) { place in
            let memberships = consortia(place)
            return [
                labels.name(of: institution(listed[place])),
                labels.kind(ofInstitution: listed[place])?.rawValue ?? "",
                String(memberships.count),
                ListText.abbreviated(memberships.lazy.map { consortiumNames[$0] }, keeping: shown),
            ]
        }
        try output.write(TabularReport(sections: [.init(lines: [note], table: table)]))
    }
}
