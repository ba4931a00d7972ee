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
        let data = try grouping.apply(try dataset.load().dataset)
        let language = output.lang
        let shared = data.sharedInstitutions(minimumConsortia: minimumConsortia, language: language)
        if output.resolvedFormat == .json {
            let rows = shared.map { entry in
                let institution = data.institutions[entry.institution]
                return Row(
                    id: institution.id, name: institution.name.preferred(language), kind: institution.kind?.rawValue,
                    consortia: entry.consortia.map { data.consortia[$0].id }, count: entry.consortia.count)
            }
            try output.write(JSONOutput.encode(rows))
            return
        }
        // Named once each, not once per listing (a consortium struct is costly to copy out).
        let consortiumNames = data.consortia.map { $0.name.preferred(language) }
        let listed = output.resolvedFormat == .csv ? nil : Self.listedNames
        let table = TextTable(
            columns: [.init("institution"), .init("kind"), .init("consortia", alignment: .right), .init("in")],
            rows: shared.concurrentMap { entry in
                let institution = data.institutions[entry.institution]
                return [
                    institution.name.preferred(language), institution.kind?.rawValue ?? "",
                    String(entry.consortia.count),
                    ListText.abbreviated(
                        entry.consortia.lazy.map { consortiumNames[$0] },
                        keeping: listed),
                ]
            })
        let note = "\(shared.count) of \(data.institutions.count) institutions are in \(minimumConsortia) or more consortia."
        try output.write(TabularReport(sections: [.init(lines: [note], table: table)]).rendered(as: output.resolvedFormat))
    }
}
