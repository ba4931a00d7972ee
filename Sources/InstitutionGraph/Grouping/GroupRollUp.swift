/// A dataset whose institutions are rolled up to their parents or groups: NAVER Cloud counts as
/// NAVER, LG Uplus and LG CNS as the LG group. Every command can run on ``dataset`` unchanged.
///
/// Each institution is followed up its chain of `parent`s to the top: an institution without a
/// parent stands for itself and for everything below it; a group (``Dataset/groups``) becomes an
/// institution of its own, with the group's id and names. Memberships follow: a consortium's
/// members are the tops of its members, each once, leading when any of them led.
public struct GroupRollUp: Sendable {
    /// The rolled-up dataset: one institution per top, in the order their first member appears.
    public let dataset: Dataset
    /// For each institution of ``dataset``, the original institutions it stands for, in order.
    public let constituents: [[Int]]
    /// For each original institution, the index of the institution it is rolled up into.
    public let representative: [Int]

    /// The original institutions that were merged into another (every constituent but the top
    /// itself), for a note such as "5 institutions rolled up into 3 groups".
    public var mergedCount: Int { constituents.reduce(0) { $0 + $1.count } - constituents.count }
}

extension Dataset {
    /// The dataset with institutions rolled up to their parents and groups (see ``GroupRollUp``).
    ///
    /// A rolled-up institution keeps the names of everything it stands for as aliases, so a user
    /// can still name `LG Uplus` on the command line and find the LG group. A group takes the kind
    /// most of its institutions have (the first well-known kind on a tie). A cycle of parents rolls
    /// up to its first institution in dataset order.
    ///
    /// - Complexity: O(institutions × depth of the parent chains + memberships)
    public func rolledUpToGroups() -> GroupRollUp {
        enum Top: Hashable { case institution(Int), group(Int) }
        var institutionByID: [String: Int] = [:]
        for (index, institution) in institutions.enumerated() where institutionByID[institution.id] == nil {
            institutionByID[institution.id] = index
        }
        var groupByID: [String: Int] = [:]
        for (index, group) in groups.enumerated() where groupByID[group.id] == nil { groupByID[group.id] = index }

        // The top of an institution's chain of parents; a cycle's top is its first institution in
        // dataset order, whichever member the walk starts from.
        func top(of start: Int) -> Top {
            var path = [start]
            while let parent = institutions[path.last!].parent {
                if let next = institutionByID[parent] {
                    if let loop = path.firstIndex(of: next) { return .institution(path[loop...].min()!) }
                    path.append(next)
                } else if let group = groupByID[parent] {
                    return .group(group)
                } else {
                    break
                }
            }
            return .institution(path.last!)
        }

        var order: [Top] = []
        var position: [Top: Int] = [:]
        var representative: [Int] = []
        var constituents: [[Int]] = []
        for index in institutions.indices {
            let top = top(of: index)
            if position[top] == nil {
                position[top] = order.count
                order.append(top)
                constituents.append([])
            }
            representative.append(position[top]!)
            constituents[position[top]!].append(index)
        }

        let usedIDs = Set(
            order.compactMap { top -> String? in
                if case .institution(let index) = top { return institutions[index].id }
                return nil
            })
        let rolled = zip(order, constituents).map { top, members -> Institution in
            let others = members.filter { top != .institution($0) }.flatMap { institutions[$0].allNames }
            switch top {
            case .institution(let index):
                var institution = institutions[index]
                institution.parent = nil
                institution.aliases = unique(institution.aliases + others)
                return institution
            case .group(let index):
                let group = groups[index]
                return Institution(
                    id: usedIDs.contains(group.id) ? group.id + "-group" : group.id, name: group.name,
                    kind: mostCommonKind(members.map { institutions[$0].kind }),
                    aliases: unique(group.aliases + others))
            }
        }

        return rolledUp(into: rolled, representative: representative, constituents: constituents)
    }

    /// This dataset with each institution replaced by `rolled[representative[institution]]`:
    /// a consortium's members are the representatives of its members, each once, leading when
    /// any of them led, the lead first.
    ///
    /// - Complexity: O(memberships)
    func rolledUp(into rolled: [Institution], representative: [Int], constituents: [[Int]]) -> GroupRollUp {
        var result = self
        result.institutions = rolled
        result.groups = []
        result.consortia = consortia.map { consortium in
            var merged: [Int: Membership] = [:]
            var sequence: [Int] = []
            for member in consortium.members {
                let target = representative[member.institution]
                if var existing = merged[target] {
                    if member.role == .lead { existing.role = .lead }
                    merged[target] = existing
                } else {
                    merged[target] = Membership(institution: target, role: member.role, attributes: member.attributes)
                    sequence.append(target)
                }
            }
            var rolledConsortium = consortium
            let members = sequence.compactMap { merged[$0] }
            rolledConsortium.members = members.filter { $0.role == .lead } + members.filter { $0.role != .lead }
            return rolledConsortium
        }
        return GroupRollUp(dataset: result, constituents: constituents, representative: representative)
    }
}

/// The kind most of `kinds` are, well-known kinds first on a tie; `nil` when none has a kind.
private func mostCommonKind(_ kinds: [InstitutionKind?]) -> InstitutionKind? {
    var counts: [InstitutionKind: Int] = [:]
    for case let kind? in kinds { counts[kind, default: 0] += 1 }
    return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
}

/// `names` without repeats, in their first order.
private func unique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
}
