import OrderedCollections

/// What a role value in a membership table means, as the mapping says.
enum RoleDecision {
    case lead
    case member
    /// The row is left out (`--skip-role`).
    case skip
    /// Member roles were listed and this value is not among them: an error.
    case unmapped
}

/// Reads role values and kind codes the way a ``ColumnMapping`` says, remembering each distinct
/// value so that a table of a million rows decides each one once.
struct RoleAndKindRules {
    /// A distinct role value: what it means, in how many rows, and where it was first seen.
    struct RoleValue {
        let value: String
        let decision: RoleDecision
        var rows: Int
        let first: SourceLocation
    }

    private let leadRoles: Set<String>
    private let memberRoles: Set<String>?
    private let skipRoles: Set<String>
    private let kindMap: [String: InstitutionKind]?
    /// Every role value seen, in the order first seen.
    private(set) var roleValues: [RoleValue] = []
    private var rolePositions: [String: Int] = [:]
    private var kinds: [String: InstitutionKind] = [:]
    /// Kind codes a kind map does not name, with where each was first seen.
    private(set) var unmappedKinds: OrderedDictionary<String, SourceLocation> = [:]

    init(_ mapping: ColumnMapping) {
        leadRoles = Self.folded(mapping.leadRoles ?? ColumnMapping.defaultLeadRoles)
        memberRoles = mapping.memberRoles.map(Self.folded)
        skipRoles = Self.folded(mapping.skipRoles ?? [])
        kindMap = mapping.kindMap.map { map in
            Dictionary(map.map { ($0.key.trimmingSpaces.lowercased(), InstitutionKind(rawValue: $0.value)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Role values as they are compared: trimmed, without regard to case.
    private static func folded(_ values: [String]) -> Set<String> {
        Set(values.map { $0.trimmingSpaces.lowercased() })
    }

    /// What the role `value` (not empty) found at `location` means, and its position in
    /// ``roleValues``.
    ///
    /// - Complexity: one dictionary look-up for a value seen before.
    mutating func role(_ value: String, at location: @autoclosure () -> SourceLocation) -> (decision: RoleDecision, position: Int) {
        if let position = rolePositions[value] {
            roleValues[position].rows += 1
            return (roleValues[position].decision, position)
        }
        let decision = decision(forRole: value)
        rolePositions[value] = roleValues.count
        roleValues.append(RoleValue(value: value, decision: decision, rows: 1, first: location()))
        return (decision, roleValues.count - 1)
    }

    /// What the role `value` means, without counting it: what ``role(_:at:)`` decides.
    func decision(forRole value: String) -> RoleDecision {
        let key = value.lowercased()
        return if skipRoles.contains(key) { .skip } else if leadRoles.contains(key) { .lead } else if let memberRoles {
            memberRoles.contains(key) ? .member : .unmapped
        } else { .member }
    }

    /// The kind the code `value` (not empty) stands for.
    mutating func kind(_ value: String, at location: @autoclosure () -> SourceLocation) -> InstitutionKind {
        if let known = kinds[value] { return known }
        let key = value.lowercased()
        let kind: InstitutionKind
        if let kindMap {
            kind = kindMap[key] ?? InstitutionKind(rawValue: value)
            if kindMap[key] == nil { unmappedKinds[value] = location() }
        } else {
            kind = ColumnMapping.defaultKindSynonyms[key] ?? InstitutionKind(rawValue: value)
        }
        kinds[value] = kind
        return kind
    }

    /// The role values seen that were counted as members although they are not plainly member
    /// words, when no member roles were listed: each may be a lead or a row to skip in disguise.
    var unrecognizedMemberRoles: [RoleValue] {
        guard memberRoles == nil else { return [] }
        return roleValues.filter { $0.decision == .member && !ColumnMapping.plainMemberRoles.contains($0.value.lowercased()) }
    }

    /// `'coordinator' (10 rows), 'participant' (52 rows)`: the role values seen, for messages.
    var roleValueList: String {
        roleValues.map { "'\($0.value)' (\($0.rows) row\($0.rows == 1 ? "" : "s"))" }.joined(separator: ", ")
    }

    /// Whether every role value seen is a plain word for a lead or a member (`coordinator`,
    /// `참여기관`), so the column adds nothing beyond the membership's role.
    var rolesArePlain: Bool {
        roleValues.allSatisfy { role in
            let key = role.value.lowercased()
            return ColumnMapping.plainMemberRoles.contains(key) || ColumnMapping.defaultLeadRoles.contains(key)
        }
    }

    /// Whether any row led its consortium.
    var sawLead: Bool { roleValues.contains { $0.decision == .lead } }

    /// Counts `rows` more rows of the role value at `position` of ``roleValues``, for a reader
    /// that decides each distinct value once and counts the rest itself.
    mutating func addRows(_ rows: Int, toRoleAt position: Int) {
        roleValues[position].rows += rows
    }

    /// Role values no flag maps (errors), then warnings: role values counted as members that may
    /// mean something else, a role column that names no lead, and kind codes the kind map lacks.
    ///
    /// - Parameter roleColumn: the role column's name and where the header names it, if any.
    func diagnostics(roleColumn: (name: String, location: SourceLocation)?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for role in roleValues where role.decision == .unmapped {
            found.append(
                Diagnostic(
                    .error, at: role.first,
                    "role '\(role.value)' is not mapped (\(role.rows) row\(role.rows == 1 ? "" : "s")); the role values are \(roleValueList); map it with --lead-role, --member-role or --skip-role '\(role.value)'"
                ))
        }
        for unrecognized in unrecognizedMemberRoles {
            let hint = Suggestions.closest(to: unrecognized.value, among: ColumnMapping.defaultLeadRoles).map { "did you mean '\($0)'? " } ?? ""
            found.append(
                Diagnostic(
                    .warning, at: unrecognized.first,
                    "role '\(unrecognized.value)' (\(unrecognized.rows) row\(unrecognized.rows == 1 ? "" : "s")) is counted as a member; \(hint)if it means the lead, give --lead-role '\(unrecognized.value)'; to leave such rows out, --skip-role '\(unrecognized.value)'"
                ))
        }
        if let roleColumn, !roleValues.isEmpty, !sawLead {
            found.append(
                Diagnostic(
                    .warning, at: roleColumn.location,
                    "no row of column '\(roleColumn.name)' names a lead (its values: \(roleValueList)); if one of them means the lead, give --lead-role VALUE"
                ))
        }
        for (code, location) in unmappedKinds {
            found.append(
                Diagnostic(.warning, at: location, "kind code '\(code)' is not in the kind map; kept as '\(code)'; map it with --kind-map '\(code)=KIND'"))
        }
        return found
    }
}
