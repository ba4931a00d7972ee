import InstitutionGraph

/// `diff`'s results as tables or JSON.
enum DiffOutput {
    private struct Report: Encodable {
        struct Count: Encodable { var before: Int; var after: Int }
        struct Renamed: Encodable { var oldId: String; var newId: String; var oldName: String; var newName: String; var matchedBy: String }
        struct Members: Encodable { var consortium: String; var joined: [String]; var left: [String]; var leadBefore: String?; var leadAfter: String? }
        struct Shared: Encodable { var id: String; var before: Int; var after: Int }
        struct Standing: Encodable { var id: String; var rankBefore: Int?; var rankAfter: Int?; var before: Double?; var after: Double? }
        var counts: [String: Count]
        var consortiaAdded: [String]
        var consortiaRemoved: [String]
        var institutionsAdded: [String]
        var institutionsRemoved: [String]
        var renamed: [Renamed]
        var membership: [Members]
        var shared: [Shared]
        var betweenness: [Standing]
    }

    static func render(
        _ diff: DatasetDiff, standings: [CentralityStanding], oldName: String, newName: String, language: Language, format: TextFormat
    ) throws -> String {
        let (old, new) = (diff.old, diff.new)
        let oldInstitution = { (index: Int) in old.institutions[index].name.preferred(language) }
        let newInstitution = { (index: Int) in new.institutions[index].name.preferred(language) }
        let countRows: [(String, Int, Int)] = [
            ("consortia", diff.countsBefore.consortia, diff.countsAfter.consortia),
            ("institutions", diff.countsBefore.institutions, diff.countsAfter.institutions),
            ("memberships", diff.countsBefore.memberships, diff.countsAfter.memberships),
            ("components", diff.countsBefore.components, diff.countsAfter.components),
            ("shared institutions", diff.countsBefore.sharedInstitutions, diff.countsAfter.sharedInstitutions),
        ]
        if format == .json {
            return try JSONOutput.encode(
                Report(
                    counts: Dictionary(uniqueKeysWithValues: countRows.map { ($0.0, .init(before: $0.1, after: $0.2)) }),
                    consortiaAdded: diff.consortiaAdded.map { new.consortia[$0].id },
                    consortiaRemoved: diff.consortiaRemoved.map { old.consortia[$0].id },
                    institutionsAdded: diff.institutionsAdded.map { new.institutions[$0].id },
                    institutionsRemoved: diff.institutionsRemoved.map { old.institutions[$0].id },
                    renamed: diff.renamed.map {
                        .init(
                            oldId: old.institutions[$0.old].id, newId: new.institutions[$0.new].id,
                            oldName: oldInstitution($0.old), newName: newInstitution($0.new), matchedBy: $0.basis.rawValue)
                    },
                    membership: diff.membershipChanges.map { change in
                        .init(
                            consortium: new.consortia[change.consortium.new].id, joined: change.joined.map { new.institutions[$0].id },
                            left: change.left.map { old.institutions[$0].id }, leadBefore: change.leadBefore.map { old.institutions[$0].id },
                            leadAfter: change.leadAfter.map { new.institutions[$0].id })
                    },
                    shared: diff.sharedChanges.map {
                        .init(id: $0.new.map { new.institutions[$0].id } ?? old.institutions[$0.old!].id, before: $0.before, after: $0.after)
                    },
                    betweenness: standings.map {
                        .init(
                            id: $0.new.map { new.institutions[$0].id } ?? old.institutions[$0.old!].id,
                            rankBefore: $0.rankBefore, rankAfter: $0.rankAfter, before: $0.scoreBefore, after: $0.scoreAfter)
                    }))
        }
        var sections: [TabularReport.Section] = []
        sections.append(
            .init(
                title: "Changes from \(oldName) to \(newName)",
                lines: diff.hasChanges ? [] : ["The two datasets have the same consortia, institutions and memberships."],
                table: TextTable(
                    columns: [.init("count"), .init("before", alignment: .right), .init("after", alignment: .right), .init("change", alignment: .right)],
                    rows: countRows.map { [$0.0, String($0.1), String($0.2), Formatting.signed($0.2 - $0.1)] })))
        let consortiumLines =
            diff.consortiaAdded.map { "+ \(new.consortia[$0].name.preferred(language))" }
            + diff.consortiaRemoved.map { "− \(old.consortia[$0].name.preferred(language))" }
            + diff.renamedConsortia.map { "renamed: \(old.consortia[$0.old].name.preferred(language)) → \(new.consortia[$0.new].name.preferred(language))" }
        sections.append(.init(title: "Consortia", lines: consortiumLines.isEmpty ? ["No consortium added, removed or renamed."] : consortiumLines))
        let institutionLines =
            [
                diff.institutionsAdded.isEmpty
                    ? nil : "Added (\(diff.institutionsAdded.count)): " + diff.institutionsAdded.map(newInstitution).joined(separator: ", "),
                diff.institutionsRemoved.isEmpty
                    ? nil : "Removed (\(diff.institutionsRemoved.count)): " + diff.institutionsRemoved.map(oldInstitution).joined(separator: ", "),
            ].compactMap { $0 }
            + diff.renamed.map { match in
                let how = match.basis == .id ? "same id" : "matched by name, id \(old.institutions[match.old].id) → \(new.institutions[match.new].id)"
                let labels = diff.renameLabels(match, language: language)
                return "Renamed: \(labels.before) → \(labels.after) (\(how))"
            }
        sections.append(.init(title: "Institutions", lines: institutionLines.isEmpty ? ["No institution added, removed or renamed."] : institutionLines))
        sections.append(
            .init(
                title: "Members who joined or left",
                lines: diff.membershipChanges.isEmpty ? ["Every consortium found in both has the same members."] : [],
                table: diff.membershipChanges.isEmpty
                    ? nil
                    : TextTable(
                        columns: [.init("consortium"), .init("joined"), .init("left"), .init("lead")],
                        rows: diff.membershipChanges.map { change in
                            [
                                new.consortia[change.consortium.new].name.preferred(language),
                                change.joined.map(newInstitution).joined(separator: ", "), change.left.map(oldInstitution).joined(separator: ", "),
                                change.leadChanged
                                    ? "\(change.leadBefore.map(oldInstitution) ?? "none") → \(change.leadAfter.map(newInstitution) ?? "none")" : "",
                            ]
                        })))
        sections.append(
            .init(
                title: "Shared institutions",
                lines: diff.sharedChanges.isEmpty ? ["No institution changed how many consortia it links."] : [],
                table: diff.sharedChanges.isEmpty
                    ? nil
                    : TextTable(
                        columns: [.init("institution"), .init("consortia before", alignment: .right), .init("after", alignment: .right)],
                        rows: diff.sharedChanges.map { [$0.new.map(newInstitution) ?? oldInstitution($0.old!), String($0.before), String($0.after)] })))
        sections.append(
            .init(
                title: "Most central institutions (betweenness, institutions projection)",
                lines: ["Ranks among the institutions in at least one consortium; tied scores share a rank; — where absent."],
                table: TextTable(
                    columns: [
                        .init("institution"), .init("rank before", alignment: .right), .init("rank after", alignment: .right),
                        .init("before", alignment: .right), .init("after", alignment: .right),
                    ],
                    rows: standings.map { standing in
                        [
                            standing.new.map(newInstitution) ?? oldInstitution(standing.old!),
                            standing.rankBefore.map(String.init) ?? "—", standing.rankAfter.map(String.init) ?? "—",
                            standing.scoreBefore.map { Formatting.decimal($0, digits: 4) } ?? "—",
                            standing.scoreAfter.map { Formatting.decimal($0, digits: 4) } ?? "—",
                        ]
                    })))
        return TabularReport(sections: sections).rendered(as: format)
    }
}
