import Foundation
import OrderedCollections

/// Resolves a draft's references and checks its rules, producing a ``Dataset`` and diagnostics.
///
/// Errors: duplicate ids, unknown or ambiguous member and parent names, two leads in one
/// consortium, and a dataset without consortia. Warnings: members listed twice, institutions in no
/// consortium, names missing in one language, unstyled kinds, conflicting kinds in CSV rows and
/// probable duplicate institutions.
struct DatasetAssembler {
    private var draft: DatasetDraft
    private var diagnostics: [Diagnostic] = []
    private var institutions: [Institution] = []
    private var institutionLocations: [SourceLocation] = []
    private var index = NameIndex<Int>()
    /// For each institution in the draft, its index in `institutions` (nil for a rejected duplicate).
    private var declaredPositions: [Int?] = []
    /// Institutions by exact id, for a table without a registry.
    private var positionsByID: [String: Int] = [:]
    /// Whether to look for the probable mistakes that only warnings report.
    private let checksQuality: Bool

    init(_ draft: DatasetDraft, checksQuality: Bool) {
        self.draft = draft
        self.checksQuality = checksQuality
        diagnostics = draft.diagnostics
    }

    /// The dataset and its warnings.
    ///
    /// - Parameter checksQuality: whether to look for probable mistakes (near-duplicate names,
    ///   missing languages, unused institutions); without it only members listed twice and
    ///   conflicting kinds are warned about, as they are found anyway.
    /// - Throws: ``DatasetLoadError`` holding every error and warning when there is any error.
    static func assemble(_ draft: DatasetDraft, checksQuality: Bool) throws -> (Dataset, [Diagnostic]) {
        var assembler = DatasetAssembler(draft, checksQuality: checksQuality)
        return try assembler.run()
    }

    private mutating func run() throws -> (Dataset, [Diagnostic]) {
        let groups = declareGroups()
        declareInstitutions()
        resolveParents(groups: groups)
        var consortia = assembleConsortia()
        if !draft.liftableAttributes.isEmpty { liftConstantAttributes(from: &consortia) }
        if consortia.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            let what = draft.institutions.isEmpty ? "the dataset is empty" : "the dataset has no consortia"
            error(at: draft.location, "\(what); add a 'consortia' list (YAML) or membership rows (CSV)")
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DatasetLoadError(diagnostics)
        }
        let title = draft.title ?? LocalizedName(english: draft.location.file)
        let dataset = Dataset(
            title: title, source: draft.source, asOf: draft.asOf,
            institutions: institutions, groups: groups, consortia: consortia)
        if checksQuality {
            diagnostics += DatasetQuality.warnings(
                about: dataset, institutionLocations: institutionLocations, institutionsNamedByID: draft.membersNameInstitutionIDs)
        }
        return (dataset, diagnostics)
    }

    // MARK: Declarations

    private mutating func declareGroups() -> [InstitutionGroup] {
        var seen: [String: SourceLocation] = [:]
        var groups: [InstitutionGroup] = []
        for group in draft.groups {
            if let first = seen[group.id] {
                error(at: group.location, "duplicate group id '\(group.id)' (first declared at \(first.lineAndColumn)); ids must be unique")
                continue
            }
            seen[group.id] = group.location
            groups.append(InstitutionGroup(id: group.id, name: group.name, aliases: group.aliases))
        }
        return groups
    }

    private mutating func declareInstitutions() {
        var seen: [String: SourceLocation] = [:]
        for entry in draft.institutions {
            if let first = seen[entry.id] {
                error(at: entry.location, "duplicate institution id '\(entry.id)' (first declared at \(first.lineAndColumn)); ids must be unique")
                declaredPositions.append(nil)
                continue
            }
            seen[entry.id] = entry.location
            declaredPositions.append(institutions.count)
            let institution = Institution(
                id: entry.id, name: entry.name, kind: entry.kind, aliases: entry.aliases,
                url: entry.url, notes: entry.notes, attributes: entry.attributes)
            add(institution, at: entry.location)
        }
    }

    private mutating func add(_ institution: Institution, at location: SourceLocation) {
        if draft.membersNameInstitutionIDs {
            positionsByID[institution.id] = institutions.count
        } else {
            index.add(institutions.count, id: institution.id, names: institution.name.all + institution.aliases)
        }
        institutions.append(institution)
        institutionLocations.append(location)
    }

    private mutating func resolveParents(groups: [InstitutionGroup]) {
        // Indexing every name is costly on a large table, whose institutions name no parent.
        guard draft.institutions.contains(where: { $0.parent != nil }) else { return }
        enum Parent: Hashable { case institution(Int), group(Int) }
        var parents = NameIndex<Parent>()
        for (position, institution) in institutions.enumerated() {
            parents.add(.institution(position), id: institution.id, names: institution.name.all + institution.aliases)
        }
        for (position, group) in groups.enumerated() {
            parents.add(.group(position), id: group.id, names: group.name.all + group.aliases)
        }
        var parentOf: [Int: (parent: Int, reference: DatasetDraft.Reference)] = [:]
        for (entry, position) in zip(draft.institutions, declaredPositions) {
            guard let reference = entry.parent, let child = position else { continue }
            switch parents.match(reference.text) {
            case .found(.institution(let position)) where position == child:
                error(at: reference.location, "'\(entry.id)' cannot be its own parent")
            case .found(.institution(let position)):
                institutions[child].parent = institutions[position].id
                parentOf[child] = (position, reference)
            case .found(.group(let position)):
                institutions[child].parent = groups[position].id
            case .ambiguous(let candidates):
                let names = candidates.map { candidate in
                    switch candidate {
                    case .institution(let position): "institution '\(institutions[position].id)'"
                    case .group(let position): "group '\(groups[position].id)'"
                    }
                }
                error(at: reference.location, "parent '\(reference.text)' is ambiguous: it names \(names.joined(separator: " and ")); write the id instead")
            case .notFound:
                let hint = Suggestions.phrase(parents.suggestions(for: reference.text))
                error(
                    at: reference.location,
                    "unknown parent '\(reference.text)'; \(hint.isEmpty ? "declare" : hint + " Otherwise declare") it under 'groups' or 'institutions'")
            }
        }
        warnAboutParentCycles(parentOf)
    }

    /// A warning for each cycle of institutions that are each other's parents (a → b → a), at the
    /// parent reference of its first institution in dataset order: roll-ups merge a cycle into one
    /// node, which is seldom what was meant.
    private mutating func warnAboutParentCycles(_ parentOf: [Int: (parent: Int, reference: DatasetDraft.Reference)]) {
        var state: [Int: Bool] = [:]  // false: on the chain being followed; true: done.
        for start in parentOf.keys.sorted() where state[start] == nil {
            var chain: [Int] = []
            var node: Int? = start
            while let current = node, state[current] == nil {
                state[current] = false
                chain.append(current)
                node = parentOf[current]?.parent
            }
            if let current = node, state[current] == false, let cycleStart = chain.firstIndex(of: current) {
                let cycle = Array(chain[cycleStart...])
                let first = cycle.min()!
                let path = (cycle + [cycle[0]]).map { "'\(institutions[$0].id)'" }.joined(separator: " → ")
                warning(
                    at: parentOf[first]!.reference.location,
                    "parents form a cycle: \(path); --by-group rolls them into one institution; give the cycle a top (a group, or one of them without a parent)"
                )
            }
            for member in chain { state[member] = true }
        }
    }

    // MARK: Consortia

    private mutating func assembleConsortia() -> [Consortium] {
        var seen: [String: SourceLocation] = [:]
        var consortia: [Consortium] = []
        for entry in draft.consortia {
            if let first = seen[entry.id] {
                error(at: entry.location, "duplicate consortium id '\(entry.id)' (first declared at \(first.lineAndColumn)); ids must be unique")
                continue
            }
            seen[entry.id] = entry.location
            consortia.append(assembleConsortium(entry))
        }
        return consortia
    }

    private mutating func assembleConsortium(_ entry: DatasetDraft.Consortium) -> Consortium {
        var members: OrderedDictionary<Int, Membership> = [:]
        var leadReference: DatasetDraft.Reference?
        for member in entry.members {
            guard let institution = resolve(member) else { continue }
            if member.role == .lead {
                if let first = leadReference, members[institution]?.role != .lead {
                    error(
                        at: member.reference.location,
                        "consortium '\(entry.id)' has two leads: '\(first.text)' (at \(first.location.lineAndColumn)) and '\(member.reference.text)'; a consortium has at most one lead"
                    )
                    continue
                }
                leadReference = member.reference
            }
            if let existing = members[institution] {
                if existing.role == .member && member.role == .lead {
                    members[institution]?.role = .lead
                } else if existing.role == .lead && member.role == .member {
                    let name = institutions[institution].name.preferred(.english)
                    let who = name == member.reference.text ? "'\(name)'" : "'\(member.reference.text)' (\(name))"
                    warning(
                        at: member.reference.location, "\(who) leads consortium '\(entry.id)' and is listed among its members too; counted once, as the lead")
                } else if member.role == existing.role {
                    let name = institutions[institution].name.preferred(.english)
                    let who = name == member.reference.text ? "'\(name)'" : "'\(member.reference.text)' (\(name))"
                    warning(at: member.reference.location, "\(who) is listed more than once in consortium '\(entry.id)'; counted once")
                }
                continue
            }
            members[institution] = Membership(institution: institution, role: member.role, attributes: member.attributes)
        }
        if members.isEmpty {
            warning(at: entry.location, "consortium '\(entry.id)' has no members")
        }
        // The lead comes first, then members in the order they were listed.
        let ordered = members.values.filter { $0.role == .lead } + members.values.filter { $0.role != .lead }
        return Consortium(id: entry.id, name: entry.name, members: ordered, attributes: entry.attributes)
    }

    /// The index of the institution a member names.
    ///
    /// In a table without a registry, a member's text is the id of an institution its reader
    /// declared (near-identical names are left to the duplicate warnings). Otherwise the text
    /// resolves through names and aliases.
    private mutating func resolve(_ member: DatasetDraft.Member) -> Int? {
        let reference = member.reference
        let found: Int
        if draft.membersNameInstitutionIDs, let known = positionsByID[reference.text] {
            found = known
        } else {
            switch index.match(reference.text) {
            case .found(let position):
                found = position
            case .ambiguous(let candidates):
                let names = candidates.sorted().map { "'\(institutions[$0].name.preferred(.english))' (\(institutions[$0].id))" }
                error(at: reference.location, "'\(reference.text)' is ambiguous: it names \(names.joined(separator: " and ")); write the id instead")
                return nil
            case .notFound:
                let hint = Suggestions.phrase(index.suggestions(for: reference.text))
                error(
                    at: reference.location,
                    "unknown institution '\(reference.text)'; \(hint.isEmpty ? "add" : hint + " Otherwise add") it under 'institutions' or fix the spelling")
                return nil
            }
        }
        if let kind = member.kind {
            if institutions[found].kind == nil {
                institutions[found].kind = kind
            } else if institutions[found].kind != kind {
                warning(
                    at: reference.location,
                    "'\(reference.text)' has kind '\(kind.rawValue)' here but '\(institutions[found].kind!.rawValue)' elsewhere; keeping '\(institutions[found].kind!.rawValue)'"
                )
            }
        }
        return found
    }

    /// Moves each of the table's columns that has one value per institution (not counting empty
    /// cells) from the memberships to the institutions, without overwriting what the registry
    /// says, as the table reader does itself when there is no registry.
    ///
    /// - Complexity: O(memberships × liftable columns)
    private mutating func liftConstantAttributes(from consortia: inout [Consortium]) {
        var values = OrderedDictionary<String, [Int: String]>(uniqueKeysWithValues: draft.liftableAttributes.map { ($0, [:]) })
        var varies = Set<String>()
        for consortium in consortia {
            for member in consortium.members {
                for (name, value) in member.attributes where values[name] != nil && !varies.contains(name) {
                    if let first = values[name]?[member.institution] {
                        if first != value { varies.insert(name) }
                    } else {
                        values[name]?[member.institution] = value
                    }
                }
            }
        }
        let lifted = values.filter { !varies.contains($0.key) && !$0.value.isEmpty }
        guard !lifted.isEmpty else { return }
        for (position, institution) in institutions.enumerated() {
            for (name, byInstitution) in lifted where institution.attributes[name] == nil {
                if let value = byInstitution[position] { institutions[position].attributes[name] = value }
            }
        }
        for consortium in consortia.indices {
            for member in consortia[consortium].members.indices {
                for name in lifted.keys { consortia[consortium].members[member].attributes[name] = nil }
            }
        }
    }

    private mutating func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    private mutating func warning(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }
}

extension SourceLocation {
    /// `line 3, column 5` (or the file when there is no line), for pointing back at a first occurrence.
    var lineAndColumn: String {
        if let sheet, let line {
            return "cell \(sheet)!\(column.map(Self.columnLetters) ?? "")\(line)"
        }
        return switch (line, column) {
        case let (line?, column?): "line \(line), column \(column)"
        case let (line?, nil): "line \(line)"
        default: file
        }
    }
}

extension Language {
    /// `Korean` or `English`.
    var displayName: String { self == .korean ? "Korean" : "English" }
}
