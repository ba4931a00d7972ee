/// Which column of a membership table holds what, found from its header through a
/// ``ColumnMapping``.
struct TableColumns {
    var consortium: Int
    var consortiumName: Int?
    /// The institution's name; `nil` when only an id column is given, and the id is the name.
    var institution: Int?
    var institutionID: Int?
    var role: Int?
    var kind: Int?
    /// Every other column with a header, kept as attributes.
    var attributes: [Int]
    /// Each column's header as written, without surrounding space.
    var names: [String]
    /// Columns that look like a role or kind column but are not mapped.
    var warnings: [Diagnostic] = []

    /// The columns of `header`.
    ///
    /// - Throws: ``DatasetLoadError`` for a header that names a column twice, and for every
    ///   column the mapping asks for that the header lacks, each with "did you mean" and the flag
    ///   that fixes it.
    /// - Parameter presets: named mappings to suggest when the header fits one of them, asked
    ///   for only when a column is missing.
    init(header: TableRecord, mapping: ColumnMapping, presets: () -> [(name: String, mapping: ColumnMapping)], source: some TableRecordSource) throws {
        names = header.fields.map(\.trimmingSpaces)
        let keys = names.map { $0.lowercased() }
        var firstPosition: [String: Int] = [:]
        for (position, key) in keys.enumerated() where !key.isEmpty && firstPosition.updateValue(position, forKey: key) != nil {
            throw DatasetLoadError("the header names column '\(names[position])' twice; rename one of them", at: source.location(of: position, in: header))
        }
        var missing: [String] = []
        let found = names.filter { !$0.isEmpty }
        /// The first of `asked` (or of `defaults` when nothing was asked) that the header has.
        func column(_ asked: [String]?, defaults: [String], flag: String, what: String, required: Bool) -> Int? {
            let candidates = asked ?? defaults
            if let position = candidates.lazy.compactMap({ keys.firstIndex(of: $0.trimmingSpaces.lowercased()) }).first {
                return position
            }
            guard asked != nil || required else { return nil }
            let named = candidates.map { "'\($0)'" }.joined(separator: " or ")
            let hint = Suggestions.phrase(candidates.flatMap { Suggestions.closest(to: $0, among: found, limit: 2) })
            missing.append("no \(what) column \(named) in the header; \(hint.isEmpty ? "" : hint + " ")give the header's name with \(flag) NAME")
            return nil
        }
        let consortium = column(
            mapping.consortiumColumns, defaults: ColumnMapping.defaultConsortiumColumns, flag: "--consortium-column", what: "consortium", required: true)
        consortiumName = column(mapping.consortiumNameColumns, defaults: [], flag: "--consortium-name-column", what: "consortium name", required: false)
        institutionID = column(mapping.institutionIDColumns, defaults: [], flag: "--institution-id-column", what: "institution id", required: false)
        institution = column(
            mapping.institutionColumns, defaults: ColumnMapping.defaultInstitutionColumns, flag: "--institution-column", what: "institution",
            required: institutionID == nil)
        role = column(mapping.roleColumns, defaults: ColumnMapping.defaultRoleColumns, flag: "--role-column", what: "role", required: false)
        kind = column(mapping.kindColumns, defaults: ColumnMapping.defaultKindColumns, flag: "--kind-column", what: "kind", required: false)
        guard let consortium, missing.isEmpty else {
            let shownColumns = 30
            let columns =
                found.prefix(shownColumns).map { "'\($0.excerpt())'" }.joined(separator: ", ")
                + (found.count > shownColumns ? " and \(found.count - shownColumns) more" : "")
            let split = source.splittingHint(for: header).map { "; \($0)" } ?? ""
            let fitting = presets().first { $0.mapping.fits(keys) && $0.mapping != mapping }
            let preset = fitting.map { "; the header fits the '\($0.name)' preset: add --preset \($0.name)" } ?? ""
            throw DatasetLoadError(
                missing.map { message in
                    Diagnostic(.error, at: source.location(ofRow: header), "\(message) (the header's columns: \(columns)\(split))\(preset)")
                })
        }
        self.consortium = consortium
        let mapped = Set([consortium, consortiumName, institution, institutionID, role, kind].compactMap { $0 })
        let headers = names
        attributes = headers.indices.filter { !mapped.contains($0) && !headers[$0].isEmpty }
        warnAboutUnmappedColumns(header: header, source: source)
    }

    /// A column kept as an attribute whose name says it gives roles or kinds is probably meant to
    /// be mapped: say so rather than lose every lead in silence.
    private mutating func warnAboutUnmappedColumns(header: TableRecord, source: some TableRecordSource) {
        for position in attributes {
            let key = names[position].lowercased()
            let name = names[position]
            if role == nil, ["role", "역할"].contains(where: key.contains) {
                warnings.append(
                    Diagnostic(
                        .warning, at: source.location(of: position, in: header),
                        "column '\(name)' looks like a role column but is kept as an attribute, so no institution leads a consortium; if it gives roles, add --role-column '\(name)'"
                    ))
            }
            if kind == nil, ["kind", "type", "유형", "구분", "category", "sector"].contains(where: key.contains) {
                warnings.append(
                    Diagnostic(
                        .warning, at: source.location(of: position, in: header),
                        "column '\(name)' looks like a kind column but is kept as an attribute; if it gives the institutions' kinds, add --kind-column '\(name)' (and --kind-map CODE=kind for codes)"
                    ))
            }
        }
    }
}
