import OrderedCollections

/// Why a dataset cannot be rolled up by an attribute.
public struct AttributeRollUpError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

extension Dataset {
    /// The name of the attribute a rolled-up institution records its institutions' count in.
    public static let rolledUpInstitutionsAttribute = "institutions"
    /// The name of the attribute a rolled-up institution records, as a number, the ties between
    /// its own institutions that the roll-up folds inside it (two institutions of one country in
    /// one consortium).
    public static let internalTiesAttribute = "internal_ties"

    /// The dataset with institutions rolled up by the value of their attribute `name` (a
    /// country roll-up: one node per country, and the consortium network between countries).
    ///
    /// The attribute's name is matched exactly, else without regard to case. Each distinct value
    /// becomes an institution with that value as its id and name; institutions
    /// without the attribute roll up into one named `(no NAME)`. Memberships follow, as for
    /// ``rolledUpToGroups()``. Ties between two institutions with the same value are not lost:
    /// each rolled-up institution records how many of its institutions it holds
    /// (``rolledUpInstitutionsAttribute``) and how many distinct pairs of them share a consortium
    /// (``internalTiesAttribute``), and exports carry both.
    ///
    /// - Throws: ``AttributeRollUpError`` when no institution has the attribute, naming the
    ///   attributes there are (with "did you mean"), and saying so when it is a membership's.
    /// - Complexity: O(memberships + Σ over consortia of the squared size of each value's share)
    public func rolledUp(byAttribute asked: String) throws -> GroupRollUp {
        let name = attributeName(matching: asked)
        let values = institutions.map { $0.attributes[name] }
        guard values.contains(where: { $0 != nil }) else { throw unknownAttribute(name) }
        let missing = "(no \(name))"
        var positions: OrderedDictionary<String, Int> = [:]
        var representative: [Int] = []
        var constituents: [[Int]] = []
        for (index, value) in values.enumerated() {
            let key = value ?? missing
            let position = positions[key] ?? constituents.count
            if position == constituents.count {
                positions[key] = position
                constituents.append([])
            }
            representative.append(position)
            constituents[position].append(index)
        }
        let ties = internalTies(representative: representative, groups: constituents.count)
        let rolled = zip(positions.keys, constituents).enumerated().map { position, entry in
            Institution(
                id: entry.0, name: LocalizedName(guessingLanguageOf: entry.0),
                aliases: entry.1.flatMap { institutions[$0].allNames },
                attributes: [
                    Self.rolledUpInstitutionsAttribute: String(entry.1.count),
                    Self.internalTiesAttribute: String(ties[position]),
                ])
        }
        return rolledUp(into: rolled, representative: representative, constituents: constituents)
    }

    /// The institutions' attribute called `name`, or, when none is, the one whose name differs
    /// only in case (`Country` for `country`).
    private func attributeName(matching name: String) -> String {
        if institutions.contains(where: { $0.attributes[name] != nil }) { return name }
        for institution in institutions {
            if let key = institution.attributes.keys.first(where: { $0.lowercased() == name.lowercased() }) { return key }
        }
        return name
    }

    /// For each group, the distinct pairs of its institutions that share a consortium.
    private func internalTies(representative: [Int], groups: Int) -> [Int] {
        var pairs = Set<UInt64>()
        var counts = Array(repeating: 0, count: groups)
        for consortium in consortia {
            var byGroup: [Int: [Int]] = [:]
            for member in consortium.members {
                byGroup[representative[member.institution], default: []].append(member.institution)
            }
            for (group, members) in byGroup where members.count > 1 {
                for (offset, first) in members.enumerated() {
                    for second in members[(offset + 1)...] {
                        let (low, high) = (UInt64(min(first, second)), UInt64(max(first, second)))
                        if pairs.insert(low << 32 | high).inserted { counts[group] += 1 }
                    }
                }
            }
        }
        return counts
    }

    private func unknownAttribute(_ name: String) -> AttributeRollUpError {
        var institutionAttributes = OrderedDictionary<String, Void>()
        for institution in institutions { for key in institution.attributes.keys { institutionAttributes[key] = () } }
        let names = Array(institutionAttributes.keys)
        let onMemberships = consortia.contains { $0.members.contains { $0.attributes[name] != nil } }
        let choices =
            names.isEmpty
            ? "the institutions have no attributes (a table's columns with one value per institution become attributes)"
            : "group by one of: \(names.joined(separator: ", "))"
        let why =
            onMemberships
            ? "'\(name)' varies from one membership of an institution to another, so it belongs to memberships, not institutions"
            : "no institution has an attribute '\(name)'"
        let hint = Suggestions.closest(to: name, among: names).map { "did you mean '\($0)'? " } ?? ""
        return AttributeRollUpError(description: "\(why); \(hint)\(choices)")
    }
}
