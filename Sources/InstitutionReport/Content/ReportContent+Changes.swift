import InstitutionGraph

/// The report's "changes since" section, when it is compared with an earlier version.
extension ReportContent {
    struct ChangeCount { let label: String; let before: Int; let after: Int; let change: String }
    struct MemberChangeRow { let consortium: String; let joined: String; let left: String; let lead: String }
    struct SharedChangeRow { let name: String; let before: Int; let after: Int }

    struct Changes {
        let title: String
        let counts: [ChangeCount]
        let consortia: [String]
        let institutions: [String]
        let hasListChanges: Bool
        let members: [MemberChangeRow]
        let hasMembers: Bool
        let shared: [SharedChangeRow]
        let unchanged: Bool
    }

    /// The changes from `diff.old` to `diff.new`, named in `language`.
    static func changes(_ diff: DatasetDiff, language: Language, strings: ReportStrings, structure texts: StructureStrings) -> Changes {
        let (old, new) = (diff.old, diff.new)
        let oldName = { (index: Int) in old.institutions[index].name.preferred(language) }
        let newName = { (index: Int) in new.institutions[index].name.preferred(language) }
        let signed = { (value: Int) in value > 0 ? "+\(value)" : String(value) }
        let counts = [
            (strings.consortiaCount, diff.countsBefore.consortia, diff.countsAfter.consortia),
            (strings.institutionsCount, diff.countsBefore.institutions, diff.countsAfter.institutions),
            (strings.membershipsCount, diff.countsBefore.memberships, diff.countsAfter.memberships),
            (strings.componentsCount, diff.countsBefore.components, diff.countsAfter.components),
            (strings.sharedCount, diff.countsBefore.sharedInstitutions, diff.countsAfter.sharedInstitutions),
        ].map { ChangeCount(label: $0.0, before: $0.1, after: $0.2, change: signed($0.2 - $0.1)) }
        let consortia =
            diff.consortiaAdded.map { "\(texts.added): \(new.consortia[$0].name.preferred(language))" }
            + diff.consortiaRemoved.map { "\(texts.removed): \(old.consortia[$0].name.preferred(language))" }
            + diff.renamedConsortia.map {
                "\(texts.renamed): \(old.consortia[$0.old].name.preferred(language)) → \(new.consortia[$0.new].name.preferred(language))"
            }
        let institutions =
            [
                diff.institutionsAdded.isEmpty ? nil : "\(texts.added): " + diff.institutionsAdded.map(newName).joined(separator: ", "),
                diff.institutionsRemoved.isEmpty ? nil : "\(texts.removed): " + diff.institutionsRemoved.map(oldName).joined(separator: ", "),
            ].compactMap { $0 }
            + diff.renamed.map { match in
                let labels = diff.renameLabels(match, language: language)
                return "\(texts.renamed): \(labels.before) → \(labels.after)"
            }
        let members = diff.membershipChanges.map { change in
            MemberChangeRow(
                consortium: new.consortia[change.consortium.new].name.preferred(language),
                joined: change.joined.map(newName).joined(separator: ", "), left: change.left.map(oldName).joined(separator: ", "),
                lead: change.leadChanged ? "\(change.leadBefore.map(oldName) ?? texts.none) → \(change.leadAfter.map(newName) ?? texts.none)" : "")
        }
        let shared = diff.sharedChanges.map { change in
            SharedChangeRow(name: change.new.map(newName) ?? oldName(change.old!), before: change.before, after: change.after)
        }
        let label = [old.title.preferred(language), old.asOf].compactMap { $0 }.joined(separator: ", ")
        return Changes(
            title: language == .korean ? "\(label) 이후 변화" : "\(texts.changesTitle) \(label)", counts: counts, consortia: consortia, institutions: institutions,
            hasListChanges: !consortia.isEmpty || !institutions.isEmpty, members: members, hasMembers: !members.isEmpty,
            shared: shared, unchanged: !diff.hasChanges)
    }
}
