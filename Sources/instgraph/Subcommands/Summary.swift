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
        let data = try dataset.load().dataset
        let language = output.lang
        let summary = DatasetSummary(data)
        let kindName = { (kind: InstitutionKind?) in kind?.rawValue ?? "(unspecified)" }

        if output.resolvedFormat == .json {
            let report = JSONReport(
                title: data.title.preferred(language), source: data.source?.citation(in: language), asOf: data.asOf,
                consortia: summary.consortia, institutions: summary.institutions, memberships: summary.memberships,
                components: summary.components, sharedInstitutions: summary.sharedInstitutions,
                consortiumSizes: summary.consortiumLines.map { line in
                    .init(
                        id: data.consortia[line.consortium].id, name: data.consortia[line.consortium].name.preferred(language),
                        lead: line.lead.map { data.institutions[$0].id }, size: line.size,
                        sharedMembers: line.sharedMembers, component: line.component)
                },
                institutionsByKind: Dictionary(uniqueKeysWithValues: summary.institutionsByKind.map { (kindName($0.kind), $0.count) }))
            try output.write(JSONOutput.encode(report))
            return
        }

        var heading = [data.title.preferred(language)]
        if let source = data.source?.citation(in: language), !source.isEmpty { heading.append("Source: \(source)") }
        if let asOf = data.asOf { heading.append("As of: \(asOf)") }
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
                    data.consortia[line.consortium].name.preferred(language),
                    line.lead.map { data.institutions[$0].name.preferred(language) } ?? "—",
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
        try output.write(report.rendered(as: output.resolvedFormat))
    }
}
