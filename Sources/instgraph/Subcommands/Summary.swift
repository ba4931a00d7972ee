import ArgumentParser
import InstitutionGraph

/// `instgraph summary`: the counts a reader wants first.
struct Summary: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count consortia, institutions, memberships and connected components; list each consortium's lead and size, and institutions by kind.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var output: OutputOptions

    /// How many consortia the table lists before it lists only the largest.
    static let listedConsortia = 30

    private struct JSONReport: Encodable {
        struct Line: Encodable {
            var id: String
            var name: String
            var lead: String?
            var size: Int
            var sharedMembers: Int
            var component: Int
        }
        var title: String
        var source: String?
        var asOf: String?
        var consortia: Int
        var institutions: Int
        var memberships: Int
        var components: Int
        var sharedInstitutions: Int
        var consortiumSizes: [Line]
        var institutionsByKind: [String: Int]
    }

    func execute() throws {
        // A plain table is read straight into its graph, which is all the counts need.
        let input = try dataset.loadGraph()
        let labels = NodeLabels(input, language: output.lang)
        let summary =
            switch input {
            case .table(let table, _): DatasetSummary(table)
            case .dataset(let loaded): DatasetSummary(loaded.dataset)
            }
        let consortium = { (index: Int) in BipartiteNode(side: .consortium, index: index) }
        let institution = { (index: Int) in BipartiteNode(side: .institution, index: index) }
        let kindName = { (kind: InstitutionKind?) in kind?.rawValue ?? "(unspecified)" }

        if output.resolvedFormat == .json {
            let report = JSONReport(
                title: labels.title, source: labels.source, asOf: labels.asOf,
                consortia: summary.consortia, institutions: summary.institutions, memberships: summary.memberships,
                components: summary.components, sharedInstitutions: summary.sharedInstitutions,
                consortiumSizes: summary.consortiumLines.map { line in
                    .init(
                        id: labels.id(of: consortium(line.consortium)), name: labels.name(of: consortium(line.consortium)),
                        lead: line.lead.map { labels.id(of: institution($0)) }, size: line.size,
                        sharedMembers: line.sharedMembers, component: line.component)
                },
                institutionsByKind: Dictionary(uniqueKeysWithValues: summary.institutionsByKind.map { (kindName($0.kind), $0.count) }))
            try output.write(JSONOutput.encode(report))
            return
        }

        var heading = [labels.title]
        if let source = labels.source, !source.isEmpty { heading.append("Source: \(source)") }
        if let asOf = labels.asOf { heading.append("As of: \(asOf)") }
        let counts = TextTable(
            columns: [.init("measure"), .init("count", alignment: .right)],
            rows: [
                ["consortia", String(summary.consortia)],
                ["institutions", String(summary.institutions)],
                ["memberships", String(summary.memberships)],
                ["connected components", String(summary.components)],
                ["institutions in 2+ consortia", String(summary.sharedInstitutions)],
            ])
        // A long list of consortia shows its largest; JSON always lists every one.
        let listed =
            summary.consortiumLines.count <= Self.listedConsortia
            ? summary.consortiumLines
            : summary.largestConsortia(Self.listedConsortia)
        let consortia = TextTable(
            columns: [
                .init("consortium"), .init("lead"), .init("members", alignment: .right),
                .init("shared", alignment: .right), .init("component", alignment: .right),
            ],
            rows: listed.map { line in
                [
                    labels.name(of: consortium(line.consortium)),
                    line.lead.map { labels.name(of: institution($0)) } ?? "—",
                    String(line.size), String(line.sharedMembers), String(line.component),
                ]
            })
        let kinds = TextTable(
            columns: [.init("kind"), .init("institutions", alignment: .right)],
            rows: summary.institutionsByKind.map { [kindName($0.kind), String($0.count)] })
        let report = TabularReport(sections: [
            .init(title: "Summary", lines: heading, table: counts),
            .init(
                title: "Consortia",
                lines: [
                    listed.count < summary.consortiumLines.count
                        ? "The \(listed.count) largest of \(summary.consortiumLines.count) consortia (--format json lists all). members counts the lead; shared counts members that are in other consortia too."
                        : "members counts the lead; shared counts members that are in other consortia too."
                ], table: consortia),
            .init(title: "Institutions by kind", table: kinds),
        ])
        try output.write(report)
    }
}
