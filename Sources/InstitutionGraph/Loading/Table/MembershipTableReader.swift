import Foundation
import OrderedCollections

/// Reads a table of memberships, one row each (a CSV, a TSV or a worksheet), into a draft, the
/// way a ``ColumnMapping`` says.
///
/// Rows name a consortium and an institution, and optionally a role and a kind. An institution is
/// identified by its id column when the mapping gives one (rows with the same id are one
/// institution whatever their names: the most frequent name is shown, the others become aliases),
/// otherwise by its name as written. Every other column is kept: as an attribute of the
/// institution when each institution has one value in it (a country), otherwise as an attribute
/// of each membership (a grant amount).
enum MembershipTableReader {
    /// Parses the rows of `source`. Without a registry, each institution is declared from its
    /// rows; with one, rows name registry institutions through their names and aliases.
    ///
    /// - Parameter presets: named mappings an error about missing columns suggests when the
    ///   header fits one; asked for only then.
    /// - Parameter checksQuality: whether to warn about ids written with several names and names
    ///   shared by several ids.
    static func read(
        _ source: inout some TableRecordSource, mapping: ColumnMapping, presets: () -> [(name: String, mapping: ColumnMapping)] = { [] },
        registry: DatasetDraft?, checksQuality: Bool
    ) throws -> DatasetDraft {
        guard let header = try source.next() else {
            throw DatasetLoadError(
                "the table is empty; a membership table starts with a header line such as 'consortium,institution,role'",
                at: SourceLocation(file: source.displayPath, line: 1, column: 1))
        }
        let columns = try TableColumns(header: header, mapping: mapping, presets: presets, source: source)
        var rows = TableRows(columns: columns, rules: RoleAndKindRules(mapping))
        // A bad row is reported and skipped, so one run lists every bad row; a malformed quote
        // ends the reading, as nothing after it can be trusted.
        while let record = try nextRecord(&source, after: rows.errors) {
            rows.add(record, headerWidth: header.fields.count, source: source)
        }
        var draft = registry ?? DatasetDraft(location: SourceLocation(file: source.displayPath))
        draft.location = SourceLocation(file: source.displayPath)
        draft.title =
            mapping.title.map(LocalizedName.init(guessingLanguageOf:))
            ?? draft.title
            ?? LocalizedName(english: URL(fileURLWithPath: source.displayPath).deletingPathExtension().lastPathComponent)
        draft.membersNameInstitutionIDs = registry == nil
        draft.consortia = rows.consortiaWithDistinctLabels()
        rows.distributeAttributes(into: &draft, declaresInstitutions: registry == nil)
        draft.diagnostics = columns.warnings + rows.errors + rows.warnings(checksQuality: checksQuality, source: source, header: header)
        return draft
    }

    /// The next record; a malformed one ends the reading with the row errors found before it.
    private static func nextRecord(_ source: inout some TableRecordSource, after rowErrors: [Diagnostic]) throws -> TableRecord? {
        do {
            return try source.next()
        } catch let error as DatasetLoadError {
            throw DatasetLoadError(rowErrors + error.diagnostics)
        }
    }
}

/// The rows of a membership table as they are read: consortia with their members, and for each
/// institution its names and the values of the other columns.
private struct TableRows {
    /// One institution as its rows describe it.
    struct InstitutionRows {
        var key: String
        var location: SourceLocation
        /// With an id column: each name it is written with, and in how many rows.
        var names: OrderedDictionary<String, Int> = [:]
        /// For each attribute column, the institution's first non-empty value.
        var values: [String?]
    }

    let columns: TableColumns
    var rules: RoleAndKindRules
    var consortia: [DatasetDraft.Consortium] = []
    var consortiumPositions: [String: Int] = [:]
    /// Each consortium's label from the name column, once a row gives one.
    var consortiumLabels: [String?] = []
    var institutions: [InstitutionRows] = []
    var institutionPositions: [String: Int] = [:]
    /// One kept row, compactly: its consortium, and its role's position among the rules' role
    /// values (-1 when empty). Its membership is the next of its consortium's.
    struct KeptRow {
        var consortium: Int32
        var role: Int32
    }

    /// Every kept row, in order, when ``keepsRows``.
    var keptRows: [KeptRow] = []
    /// Each kept row's cells in the other columns, when there are any.
    var keptCells: [[String]] = []
    /// For each attribute column, whether some institution has two different values in it.
    var varies: [Bool]
    var errors: [Diagnostic] = []
    var labelConflicts: [Diagnostic] = []

    init(columns: TableColumns, rules: RoleAndKindRules) {
        self.columns = columns
        self.rules = rules
        varies = Array(repeating: false, count: columns.attributes.count)
        keepsRows = !columns.attributes.isEmpty || columns.role != nil
    }

    /// Whether each row's cells are kept for ``distributeAttributes(into:declaresInstitutions:)``:
    /// only a table with other columns, or a role column that may say more than lead or member.
    let keepsRows: Bool

    mutating func add(_ record: TableRecord, headerWidth: Int, source: some TableRecordSource) {
        var fields = record.fields
        if fields.count != headerWidth {
            // A text row of the wrong width is reported where it starts; a worksheet row, at the
            // first value beyond the header.
            let extra = source.rowsMatchHeaderWidth ? nil : fields.dropFirst(headerWidth).firstIndex { !$0.trimmingSpaces.isEmpty }
            if source.rowsMatchHeaderWidth || extra != nil {
                let message =
                    source.rowsMatchHeaderWidth
                    ? "this row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(headerWidth); check for a missing or extra delimiter, or quote fields that contain one"
                    : "this row has a value beyond the header's last column; give the column a header or delete the value"
                errors.append(Diagnostic(.error, at: extra.map { source.location(of: $0, in: record) } ?? source.location(ofRow: record), message))
                return
            }
            fields += Array(repeating: "", count: max(0, headerWidth - fields.count))
        }
        func cell(_ position: Int) -> String { fields[position].trimmingSpaces }
        func location(_ position: Int) -> SourceLocation { source.location(of: position, in: record) }
        func reject(_ position: Int, _ message: String) { errors.append(Diagnostic(.error, at: location(position), message)) }

        let consortiumID = cell(columns.consortium)
        guard !consortiumID.isEmpty else {
            return reject(columns.consortium, "the '\(columns.names[columns.consortium])' cell is empty; every row names a consortium")
        }
        let name = columns.institution.map(cell) ?? ""
        let id = columns.institutionID.map(cell)
        if let idColumn = columns.institutionID, id?.isEmpty != false {
            return reject(
                idColumn,
                "the '\(columns.names[idColumn])' cell is empty; every row needs an institution id (or leave out --institution-id-column to tell institutions apart by name)"
            )
        }
        if let nameColumn = columns.institution, name.isEmpty, id == nil {
            return reject(nameColumn, "the '\(columns.names[nameColumn])' cell is empty; every row names an institution")
        }
        let roleText = columns.role.map(cell) ?? ""
        var role = MembershipRole.member
        var rolePosition = -1
        if let roleColumn = columns.role, !roleText.isEmpty {
            let (decision, position) = rules.role(roleText, at: location(roleColumn))
            rolePosition = position
            switch decision {
            case .lead: role = .lead
            case .member: role = .member
            case .skip: return
            case .unmapped: return  // reported once per value, with every value seen, at the end
            }
        }
        let kind = columns.kind.flatMap { position in
            cell(position).isEmpty ? nil : rules.kind(cell(position), at: location(position))
        }
        let key = id ?? name
        let keyColumn = columns.institutionID ?? columns.institution ?? 0
        let cells = columns.attributes.map(cell)
        let keyLocation = location(keyColumn)
        note(institution: key, name: name, cells: cells, at: keyLocation)
        let member = DatasetDraft.Member(
            reference: .init(text: key, location: keyLocation), role: role, kind: kind, attributes: [:])
        let consortiumColumn = columns.consortium
        let consortium = consortiumPosition(consortiumID, label: columns.consortiumName.map(cell), at: location(consortiumColumn))
        if keepsRows {
            keptRows.append(KeptRow(consortium: Int32(consortium), role: Int32(rolePosition)))
            if !cells.isEmpty { keptCells.append(cells) }
        }
        consortia[consortium].members.append(member)
    }

    /// Notes the institution `key`'s name and attribute values.
    private mutating func note(institution key: String, name: String, cells: [String], at location: SourceLocation) {
        let position: Int
        if let known = institutionPositions[key] {
            position = known
        } else {
            position = institutions.count
            institutionPositions[key] = position
            institutions.append(InstitutionRows(key: key, location: location, values: Array(repeating: nil, count: cells.count)))
        }
        if columns.institutionID != nil, !name.isEmpty {
            institutions[position].names[name, default: 0] += 1
        }
        for (column, value) in cells.enumerated() where !value.isEmpty {
            if let first = institutions[position].values[column] {
                if first != value { varies[column] = true }
            } else {
                institutions[position].values[column] = value
            }
        }
    }

    /// The position of the consortium `id`, labelled by the first non-empty `label` of its rows.
    private mutating func consortiumPosition(_ id: String, label: String?, at location: @autoclosure () -> SourceLocation) -> Int {
        let label = label.flatMap { $0.isEmpty ? nil : $0 }
        guard let known = consortiumPositions[id] else {
            consortiumPositions[id] = consortia.count
            consortiumLabels.append(label)
            consortia.append(
                DatasetDraft.Consortium(
                    id: id, name: LocalizedName(guessingLanguageOf: label ?? id), members: [], attributes: [:], location: location()))
            return consortia.count - 1
        }
        switch (consortiumLabels[known], label) {
        case (nil, let label?):
            consortiumLabels[known] = label
            consortia[known].name = LocalizedName(guessingLanguageOf: label)
        case (let first?, let label?) where first != label:
            labelConflicts.append(
                Diagnostic(.warning, at: location(), "consortium '\(id)' is labelled '\(label)' here but '\(first)' before; keeping '\(first)'"))
        default:
            break
        }
        return known
    }

    /// The consortia, where a label given to several consortia (two projects with one acronym)
    /// is told apart by the id: `WINDCARE (761541)`.
    func consortiaWithDistinctLabels() -> [DatasetDraft.Consortium] {
        var uses: [String: Int] = [:]
        for case let label? in consortiumLabels { uses[label, default: 0] += 1 }
        return zip(consortia, consortiumLabels).map { consortium, label in
            guard let label, uses[label, default: 0] > 1 else { return consortium }
            var distinct = consortium
            distinct.name = LocalizedName(guessingLanguageOf: "\(label) (\(consortium.id))")
            return distinct
        }
    }

    /// Declares the institutions (without a registry), and puts each attribute column where it
    /// belongs: on the institution when no institution has two values in it, on every membership
    /// otherwise (with a registry, on every membership, and the assembler lifts them once names
    /// are resolved). A role column finer than lead/member is kept on the memberships too.
    mutating func distributeAttributes(into draft: inout DatasetDraft, declaresInstitutions: Bool) {
        // With a registry every column goes on the memberships, for the assembler to lift once
        // the rows' names are resolved.
        let onInstitution = declaresInstitutions ? columns.attributes.indices.filter { !varies[$0] } : []
        let onMembership = declaresInstitutions ? columns.attributes.indices.filter { varies[$0] } : Array(columns.attributes.indices)
        let keepsRole = columns.role != nil && !rules.rolesArePlain
        func institutionAttributes(_ rows: InstitutionRows) -> OrderedDictionary<String, String> {
            var attributes = OrderedDictionary<String, String>()
            for column in onInstitution {
                if let value = rows.values[column] { attributes[columns.names[columns.attributes[column]]] = value }
            }
            return attributes
        }
        if declaresInstitutions {
            draft.institutions = institutions.map { rows in
                // The most frequent name is shown (the first met among equals); the others are aliases.
                let names = rows.names.elements.enumerated()
                    .sorted { ($1.element.value, $0.offset) < ($0.element.value, $1.offset) }
                    .map(\.element.key)
                return DatasetDraft.Institution(
                    id: rows.key, name: LocalizedName(guessingLanguageOf: names.first ?? rows.key), kind: nil,
                    aliases: Array(names.dropFirst()), parent: nil, url: nil, notes: nil,
                    attributes: institutionAttributes(rows), location: rows.location)
            }
        } else {
            draft.liftableAttributes = columns.attributes.map { columns.names[$0] }
        }
        // Nothing to put on memberships: leave the rows untouched.
        guard !onMembership.isEmpty || keepsRole else { return }
        var nextMember = Array(repeating: 0, count: draft.consortia.count)
        for (index, row) in keptRows.enumerated() {
            let (consortium, member) = (Int(row.consortium), nextMember[Int(row.consortium)])
            nextMember[consortium] += 1
            var attributes: [String: String] = [:]
            for column in onMembership where !keptCells[index][column].isEmpty {
                attributes[columns.names[columns.attributes[column]]] = keptCells[index][column]
            }
            if keepsRole, let roleColumn = columns.role, row.role >= 0 {
                attributes[columns.names[roleColumn]] = rules.roleValues[Int(row.role)].value
            }
            draft.consortia[consortium].members[member].attributes = attributes
        }
    }

    /// Role values no flag maps (errors), and the warnings about roles, kinds and identities.
    func warnings(checksQuality: Bool, source: some TableRecordSource, header: TableRecord) -> [Diagnostic] {
        var found = rules.diagnostics(roleColumn: columns.role.map { (columns.names[$0], source.location(of: $0, in: header)) })
        found += labelConflicts
        if checksQuality, columns.institutionID != nil { found += identityWarnings() }
        return found
    }

    /// Ids written with several names (one institution, spelled differently) and names used by
    /// several ids (two institutions, or one registered twice).
    private func identityWarnings() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var idsByName: OrderedDictionary<String, [Int]> = [:]
        for (position, rows) in institutions.enumerated() {
            for name in rows.names.keys {
                let key = name.lowercased()
                if idsByName[key]?.last != position { idsByName[key, default: []].append(position) }
            }
            guard rows.names.count > 1 else { continue }
            let ordered = rows.names.sorted { $0.value > $1.value }
            let list = ordered.map { "'\($0.key)' (\($0.value) row\($0.value == 1 ? "" : "s"))" }.joined(separator: ", ")
            found.append(
                Diagnostic(
                    .warning, at: rows.location,
                    "institution id '\(rows.key)' is written with \(rows.names.count) names: \(list); counted as one institution shown as '\(ordered[0].key)', the other names kept as aliases"
                ))
        }
        for (name, positions) in idsByName where positions.count > 1 {
            let ids = positions.map { "'\(institutions[$0].key)' (at \(institutions[$0].location.lineAndColumn))" }.joined(separator: ", ")
            let written = institutions[positions[0]].names.keys.first { $0.lowercased() == name } ?? name
            found.append(
                Diagnostic(
                    .warning, at: institutions[positions[1]].location,
                    "the name '\(written)' is used by \(positions.count) institution ids: \(ids); they are counted as different institutions; if they are one, give them one id"
                ))
        }
        return found
    }
}
