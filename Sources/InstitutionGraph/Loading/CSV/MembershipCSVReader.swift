import Foundation

/// Reads a CSV of memberships, one row each, into a draft.
///
/// The header must name the columns `consortium` and `institution`; `role` (`lead` or
/// `member`, default `member`) and `kind` are optional, and any other column is kept as an
/// attribute of the membership. Header names are matched without regard to case or surrounding
/// space.
enum MembershipCSVReader {
    static let requiredColumns = ["consortium", "institution"]
    static let optionalColumns = ["role", "kind"]

    /// Parses `text`. Institutions named in rows are created as met, unless `registry` declares
    /// institutions: then every name must resolve through the registry's names and aliases.
    static func read(_ text: InputText, registry: DatasetDraft?) throws -> DatasetDraft {
        var reader = CSVRecordReader(text)
        guard let header = try reader.next() else {
            throw DatasetLoadError(
                "the file is empty; a membership CSV starts with a header line such as 'consortium,institution,role'",
                at: SourceLocation(file: text.displayPath, line: 1, column: 1))
        }
        let columns = header.fields.map { $0.trimmingSpaces.lowercased() }
        let positions = try columnPositions(columns, header: header, reader: reader)

        var draft = registry ?? DatasetDraft(location: SourceLocation(file: text.displayPath))
        draft.location = SourceLocation(file: text.displayPath)
        draft.consortia = []
        draft.createsUnknownInstitutions = registry == nil
        draft.title = draft.title ?? LocalizedName(english: URL(fileURLWithPath: text.displayPath).deletingPathExtension().lastPathComponent)
        var consortiumPositions: [String: Int] = [:]

        // A bad row is reported and skipped, so one run lists every bad row (and what the other
        // rows get wrong); a malformed quote ends the reading, as nothing after it can be trusted.
        var rowErrors: [Diagnostic] = []
        func reject(_ message: String, at location: SourceLocation) {
            rowErrors.append(Diagnostic(.error, at: location, message))
        }
        while let record = try nextRecord(&reader, after: rowErrors) {
            guard record.fields.count == columns.count else {
                reject(
                    "this row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") but the header has \(columns.count); check for a missing or extra comma, or quote fields that contain commas",
                    at: reader.location(of: 0, in: record))
                continue
            }
            func cell(_ position: Int) -> String { record.fields[position].trimmingSpaces }
            func location(_ position: Int) -> SourceLocation { reader.location(of: position, in: record) }

            let consortiumName = cell(positions.consortium)
            let institutionName = cell(positions.institution)
            guard !consortiumName.isEmpty else {
                reject("the 'consortium' cell is empty; every row names a consortium", at: location(positions.consortium))
                continue
            }
            guard !institutionName.isEmpty else {
                reject("the 'institution' cell is empty; every row names an institution", at: location(positions.institution))
                continue
            }
            var role = MembershipRole.member
            if let rolePosition = positions.role, !cell(rolePosition).isEmpty {
                guard let parsed = MembershipRole(parsing: cell(rolePosition)) else {
                    reject("unknown role '\(cell(rolePosition))'; expected 'lead' or 'member'", at: location(rolePosition))
                    continue
                }
                role = parsed
            }
            let kind = positions.kind.map(cell).flatMap { $0.isEmpty ? nil : InstitutionKind(rawValue: $0) }
            var attributes: [String: String] = [:]
            for position in positions.attributes where !cell(position).isEmpty {
                attributes[header.fields[position].trimmingSpaces] = cell(position)
            }
            let member = DatasetDraft.Member(
                reference: .init(text: institutionName, location: location(positions.institution)),
                role: role, kind: kind, attributes: attributes)
            if let existing = consortiumPositions[consortiumName] {
                draft.consortia[existing].members.append(member)
            } else {
                consortiumPositions[consortiumName] = draft.consortia.count
                draft.consortia.append(DatasetDraft.Consortium(
                    id: consortiumName, name: LocalizedName(guessingLanguageOf: consortiumName),
                    members: [member], attributes: [:], location: location(positions.consortium)))
            }
        }
        draft.diagnostics = rowErrors
        return draft
    }

    /// The next record; a malformed one ends the reading with the row errors found before it.
    private static func nextRecord(_ reader: inout CSVRecordReader, after rowErrors: [Diagnostic]) throws -> CSVRecordReader.Record? {
        do {
            return try reader.next()
        } catch let error as DatasetLoadError {
            throw DatasetLoadError(rowErrors + error.diagnostics)
        }
    }

    private struct ColumnPositions {
        var consortium: Int
        var institution: Int
        var role: Int?
        var kind: Int?
        var attributes: [Int]
    }

    private static func columnPositions(
        _ columns: [String], header: CSVRecordReader.Record, reader: CSVRecordReader
    ) throws -> ColumnPositions {
        for (position, column) in columns.enumerated() where columns.firstIndex(of: column) != position && !column.isEmpty {
            throw DatasetLoadError("the header names column '\(column)' twice; rename one of them", at: reader.location(of: position, in: header))
        }
        let missing = requiredColumns.filter { !columns.contains($0) }
        if !missing.isEmpty {
            let hints = missing.compactMap { name in
                Suggestions.closest(to: name, among: columns).map { "'\($0)' for '\(name)'" }
            }
            let hint = hints.isEmpty ? "" : "did you mean \(hints.joined(separator: " and "))? "
            throw DatasetLoadError(
                "the header lacks the required column\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0)'" }.joined(separator: " and ")) (found: \(columns.map { "'\($0)'" }.joined(separator: ", "))); \(hint)the first line must name the columns, e.g. 'consortium,institution,role,kind'",
                at: SourceLocation(file: reader.displayPath, line: header.line, column: 1))
        }
        let known = Set(requiredColumns + optionalColumns)
        return ColumnPositions(
            consortium: columns.firstIndex(of: "consortium")!,
            institution: columns.firstIndex(of: "institution")!,
            role: columns.firstIndex(of: "role"),
            kind: columns.firstIndex(of: "kind"),
            attributes: columns.indices.filter { !known.contains(columns[$0]) && !columns[$0].isEmpty })
    }
}

extension String {
    /// The text without the spaces and tabs around it, as spreadsheets leave them in cells.
    ///
    /// - Complexity: O(spaces trimmed); a cell without them is returned as it is.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
