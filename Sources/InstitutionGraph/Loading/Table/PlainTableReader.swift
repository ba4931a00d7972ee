import Foundation

/// The quick way through a plain membership table: from the bytes of a CSV or TSV straight to a
/// ``Dataset``, with each distinct consortium and institution made a `String` once and no
/// `String` per cell.
///
/// It takes a table only when the full way (``MembershipTableReader``, then the assembler) would
/// do nothing more with it: no registry; columns for the consortium and the institution,
/// optionally its role and kind, and no other; no quoted field; every row well formed; at most
/// one lead per consortium, no institution twice in a consortium, one kind per institution, and
/// no two names that Swift counts as equal written in different bytes. Any other table it hands
/// back, and the full reader reads it, with a line and column in every message. Either way the
/// dataset and warnings are the same.
enum PlainTableReader {
    /// The fewest bytes of rows worth a stretch of their own: a stretch of 2 MiB takes about
    /// 12 ms to scan, several times what starting a thread and joining the stretch's names cost.
    /// `large.csv` (8 MB) is scanned in two: `summary` on it 118 → 99 ms (medians of 21, the two
    /// thresholds interleaved); at 16 MiB it was one, as it once measured no faster split.
    static let minimumChunkBytes = 2 << 20

    /// What became of a table.
    enum Reading<Value> {
        /// Read: what was asked for (a dataset, or the two-mode graph) and the warnings.
        case read(Value, [Diagnostic])
        /// Left to the full reader, which gets the text back.
        case declined(InputText)
    }

    /// Reads the table in `text`, which it frees as soon as the names are copied out, unless it
    /// hands the text back for the full reader.
    ///
    /// - Parameters:
    ///   - delimiter: the delimiter given (or implied by a .tsv file); sniffed from the header otherwise.
    ///   - origin: where a given delimiter came from, as the full reader says it.
    ///   - checksQuality: whether to look for the probable mistakes that only warnings report, as
    ///     the full reader does (``DatasetQuality``).
    ///   - chunks: how many stretches of rows to scan side by side; by default one per core, each
    ///     of 2 MiB or more. The result does not depend on it.
    /// - Complexity: O(bytes), plus O(distinct names) `String`s.
    static func read(
        _ text: consuming InputText, delimiter: CSVDelimiter?, origin: String, mapping: ColumnMapping, checksQuality: Bool, chunks: Int? = nil
    ) -> Reading<Dataset> {
        let title = Self.title(mapping: mapping, displayPath: text.displayPath)
        switch rows(of: text, delimiter: delimiter, origin: origin, mapping: mapping, checksQuality: checksQuality, chunks: chunks) {
        case .declined(let text): return .declined(text)
        case .read(let table, var warnings):
            let institutions = table.rows.institutions(named: table.names.institutions)
            // The probable duplicates among the names are looked for while the consortia are built.
            let consortia = StripedResults<[Consortium]>(count: 1)
            let duplicates = StripedResults<[DuplicateFinder.Pair]>(count: 1)
            DispatchQueue.concurrentPerform(iterations: checksQuality ? 2 : 1) { task in
                if task == 0 {
                    consortia.store(table.rows.consortia(table.grouped, named: table.names.consortia), at: 0)
                } else {
                    duplicates.store(DuplicateFinder.probableDuplicates(in: institutions), at: 0)
                }
            }
            let dataset = Dataset(title: title, institutions: institutions, consortia: consortia.takeValues()[0])
            if checksQuality {
                warnings += DatasetQuality.warnings(
                    about: dataset, institutionLocations: table.rows.institutionLocations, institutionsNamedByID: true,
                    duplicates: duplicates.takeValues()[0])
            }
            return .read(dataset, warnings)
        }
    }

    /// Reads the table in `text` only as far as its two-mode graph, with no ``Dataset``: the
    /// graph is the one ``BipartiteGraph/init(_:)`` makes of the dataset ``read(_:delimiter:origin:mapping:checksQuality:chunks:)``
    /// gives, and the warnings are the same, probable mistakes left unchecked.
    static func readGraph(
        _ text: consuming InputText, delimiter: CSVDelimiter?, origin: String, mapping: ColumnMapping, chunks: Int? = nil
    ) -> Reading<MembershipGraph> {
        let title = Self.title(mapping: mapping, displayPath: text.displayPath)
        switch rows(of: text, delimiter: delimiter, origin: origin, mapping: mapping, checksQuality: false, chunks: chunks) {
        case .declined(let text): return .declined(text)
        case .read(let table, let warnings): return .read(graph(of: table, title: title), warnings)
        }
    }

    /// The bytes of a file read a window at a time, per stretch, unless a test asks for smaller.
    static let windowBytes = 4 << 20

    /// Reads the table in `file` as ``readGraph(_:delimiter:origin:mapping:chunks:)`` reads its
    /// text, but a window at a time, so that at most a few windows of the file are in memory at
    /// once; `nil` when the full reader must read the file (whole).
    ///
    /// - Parameter windowBytes: the bytes each stretch reads at a time; tests make it small.
    static func readGraph(
        _ file: TableFile, delimiter: CSVDelimiter?, origin: String, mapping: ColumnMapping, chunks: Int? = nil,
        windowBytes: Int = windowBytes
    ) -> (MembershipGraph, [Diagnostic])? {
        // The first bytes: the header, and what the full reader checks before any row (a byte-order
        // mark, UTF-16, a binary file, a NUL byte among the first 64 KiB).
        let prefixBytes = 3 + 1 << 16
        guard let prefix = file.bytes(0..<min(file.size, prefixBytes)), !InputText.isUTF16(prefix) else { return nil }
        let bom = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard !prefix.dropFirst(bom).prefix(1 << 16).contains(0) else { return nil }
        // The header is read from the prefix's whole lines, as the full reader would read it.
        let lines = file.size <= prefixBytes ? prefix.count : prefix.lastIndex(of: .lineFeed).map { $0 + 1 } ?? 0
        guard let text = try? InputText(bytes: Array(prefix[..<lines]), displayPath: file.displayPath),
            let header = Header(text, delimiter: delimiter, origin: origin, mapping: mapping),
            bom + header.resumePoint.offset <= lines
        else { return nil }
        let layout = header.layout(mapping: mapping, locatesInstitutions: false)
        let rowBytes = (bom + header.resumePoint.offset)..<file.size
        let count = max(1, chunks ?? min(ProcessInfo.processInfo.activeProcessorCount, rowBytes.count / minimumChunkBytes))
        var bounds = [rowBytes.lowerBound]
        for part in 1..<count {
            guard let bound = file.lineStart(atOrAfter: rowBytes.lowerBound + rowBytes.count / count * part) else { return nil }
            bounds.append(max(bounds[part - 1], bound))
        }
        bounds.append(rowBytes.upperBound)
        let ranges = (0..<count).map { bounds[$0]..<bounds[$0 + 1] }
        let scans = StripedResults<PlainTableChunk?>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let range = ranges[index]
            scans.store(
                PlainTableChunk(
                    file, range: range, layout: layout, reservingFor: index == 0 ? rowBytes.count : range.count, windowBytes: windowBytes),
                at: index)
        }
        guard let scanned = Self.scanned(scans),
            let (table, warnings) = rows(header: header, layout: layout, scanned: scanned, file: file.displayPath)
        else { return nil }
        return (graph(of: table, title: Self.title(mapping: mapping, displayPath: file.displayPath)), warnings)
    }

    /// The two-mode graph of a table's rows, their ids, kinds and leads.
    private static func graph(of table: consuming ReadRows, title: LocalizedName) -> MembershipGraph {
        let kinds = table.rows.kindOfInstitution.map { $0 >= 0 ? table.rows.kinds[Int($0)] : nil }
        let leads = table.rows.leads(table.grouped)
        // The roles go before the graph is built.
        table.rows.roleOfRow = []
        let (firstRow, rowsByConsortium, institutionOfRow) = (table.grouped.firstRow, table.grouped.rows, table.rows.institutionOfRow)
        let bipartite = BipartiteGraph(
            consortiumCount: table.names.consortia.count, institutionCount: table.names.institutions.count,
            members: { consortium in
                rowsByConsortium[firstRow[consortium]..<firstRow[consortium + 1]].lazy.map { Int(institutionOfRow[Int($0)]) }
            })
        return MembershipGraph(
            title: title, bipartite: bipartite, consortiumIDs: table.names.consortia, institutionIDs: table.names.institutions,
            institutionKinds: kinds, leads: leads)
    }

    /// The title the mapping gives, or else the file's name without its extension.
    private static func title(mapping: ColumnMapping, displayPath: String) -> LocalizedName {
        mapping.title.map(LocalizedName.init(guessingLanguageOf:))
            ?? LocalizedName(english: URL(fileURLWithPath: displayPath).deletingPathExtension().lastPathComponent)
    }

    /// The table's rows, grouped by consortium, and their names, with the rules' warnings;
    /// the text is let go once the names are copied out, unless it is handed back.
    private static func rows(
        of text: consuming InputText, delimiter: CSVDelimiter?, origin: String, mapping: ColumnMapping, checksQuality: Bool, chunks: Int?
    ) -> Reading<ReadRows> {
        guard let header = Header(text, delimiter: delimiter, origin: origin, mapping: mapping) else { return .declined(text) }
        let layout = header.layout(mapping: mapping, locatesInstitutions: checksQuality)
        guard let scanned = scan(text.bytes, from: header.resumePoint.offset, layout: layout, chunks: chunks),
            let (table, warnings) = rows(header: header, layout: layout, scanned: scanned, file: text.displayPath)
        else { return .declined(text) }
        // Every name has been copied out: the table's bytes can go before anything is built.
        _ = consume text
        return .read(table, warnings)
    }

    /// The rows of the stretches `scanned`, joined, grouped by consortium and named, with the
    /// rules' warnings; `nil` when the full reader must read the table.
    private static func rows(
        header: Header, layout: PlainTableChunk.Layout, scanned: consuming [PlainTableChunk], file: String
    ) -> (ReadRows, [Diagnostic])? {
        guard var rows = PlainRows(joining: scanned, firstLine: header.resumePoint.line, layout: layout, file: file),
            !rows.institutionOfRow.isEmpty
        else { return nil }
        let warnings = header.columns.warnings + rows.finishRules(roleColumn: header.roleColumn)
        guard !warnings.contains(where: { $0.severity == .error }), let names = rows.takeNames(), let grouped = rows.groupByConsortium() else {
            return nil
        }
        return (ReadRows(rows: rows, grouped: grouped, names: names), warnings)
    }

    /// A table's rows as ``rows(header:layout:scanned:file:)`` reads them.
    private struct ReadRows {
        var rows: PlainRows
        let grouped: (firstRow: [Int], rows: [Int32])
        let names: (institutions: [String], consortia: [String])
    }

    /// The rows from byte `start` on, scanned in `chunks` stretches side by side; `nil` when one
    /// of them needs the full reader.
    private static func scan(_ bytes: [UInt8], from start: Int, layout: PlainTableChunk.Layout, chunks: Int?) -> [PlainTableChunk]? {
        let rowBytes = start..<bytes.count
        let count = max(1, chunks ?? min(ProcessInfo.processInfo.activeProcessorCount, rowBytes.count / minimumChunkBytes))
        let ranges = bytes.withUnsafeBufferPointer { PlainTableChunk.ranges(of: $0, rowBytes, count: count) }
        let scans = StripedResults<PlainTableChunk?>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            // The first stretch makes room for every row: the others are appended to its arrays.
            let chunk = bytes.withUnsafeBufferPointer { buffer in
                PlainTableChunk(buffer, range: ranges[index], layout: layout, reservingFor: index == 0 ? rowBytes.count : ranges[index].count)
            }
            scans.store(chunk, at: index)
        }
        return scanned(scans)
    }

    /// The stretches scanned, in file order; `nil` when one of them needs the full reader.
    private static func scanned(_ scans: StripedResults<PlainTableChunk?>) -> [PlainTableChunk]? {
        var scanned: [PlainTableChunk] = []
        for chunk in scans.takeValues() {
            guard let chunk else { return nil }
            scanned.append(chunk)
        }
        return scanned
    }
}

/// A table's header, read by the full reader's own parts, and where the rows start.
private struct Header {
    let columns: TableColumns
    let width: Int
    let resumePoint: (offset: Int, line: Int)
    let delimiter: UInt8
    /// The role column's name and where the header names it.
    let roleColumn: (name: String, location: SourceLocation)?

    /// The header, or `nil` when it is not one the quick reader takes (the full reader then says
    /// what is wrong, if anything).
    init?(_ text: borrowing InputText, delimiter: CSVDelimiter?, origin: String, mapping: ColumnMapping) {
        var records = CSVRecordReader(copy text, delimiter: delimiter, origin: origin)
        guard let header = try? records.next(),
            let columns = try? TableColumns(header: header, mapping: mapping, presets: { [] }, source: records),
            columns.attributes.isEmpty, columns.consortiumName == nil, columns.institutionID == nil, columns.institution != nil
        else { return nil }
        self.columns = columns
        width = header.fields.count
        resumePoint = records.resumePoint
        self.delimiter = records.delimiter.byte
        roleColumn = columns.role.map { (columns.names[$0], records.location(of: $0, in: header)) }
    }

    /// How every stretch of the rows is read.
    func layout(mapping: ColumnMapping, locatesInstitutions: Bool) -> PlainTableChunk.Layout {
        PlainTableChunk.Layout(
            columns: columns, width: width, delimiter: delimiter, rules: RoleAndKindRules(mapping), locatesInstitutions: locatesInstitutions)
    }
}

/// The rows of a plain table as compact ids, its stretches joined in file order.
private struct PlainRows {
    var rules: RoleAndKindRules
    let columns: TableColumns

    var consortia = ByteStringInterner()
    var institutions = ByteStringInterner()
    /// How many consortia and institutions there are, once ``takeNames()`` has let go of their bytes.
    private(set) var consortiumCount = 0
    private(set) var institutionCount = 0
    /// Distinct role values as written, each with its position among the rules' role values and
    /// its number of rows.
    var roleValues = ByteStringInterner()
    var rolePositions: [Int32] = []
    var roleRows: [Int] = []
    /// Distinct kind codes as written, and the kind each stands for.
    var kindValues = ByteStringInterner()
    var kinds: [InstitutionKind] = []
    /// Each institution's kind id, or -1 when no row gave one.
    var kindOfInstitution: [Int32] = []
    /// Where each institution was first named, when the stretches kept it (for the quality warnings).
    var institutionLocations: [SourceLocation] = []
    /// Each kept row's consortium, institution and role (a position among the rules' role
    /// values, or -1 for an empty cell).
    var consortiumOfRow: [Int32] = []
    var institutionOfRow: [Int32] = []
    var roleOfRow: [Int32] = []

    /// Joins `chunks`, in file order, the first starting at line `firstLine`; `nil` when an
    /// institution has two kinds, which the full reader reports.
    init?(joining chunks: consuming [PlainTableChunk], firstLine: Int, layout: PlainTableChunk.Layout, file: String) {
        rules = layout.rules
        columns = layout.columns
        var line = firstLine
        // Taken one by one, so that each stretch's arrays go once they are appended.
        chunks.reverse()
        var isFirst = true
        while var chunk = chunks.popLast() {
            func location(_ place: PlainTableChunk.Place) -> SourceLocation {
                SourceLocation(file: file, line: line + place.line, column: place.column)
            }
            let rolePosition = roleValues.ids(of: chunk.roleValues).enumerated().map { local, found in
                let (value, isNew) = found
                if isNew {
                    let position = rules.role(chunk.roleValues.string(local), at: location(chunk.roleFirst[local])).position
                    rolePositions.append(Int32(position))
                    roleRows.append(0)
                }
                roleRows[Int(value)] += chunk.roleRows[local]
                return rolePositions[Int(value)]
            }
            let kindID = kindValues.ids(of: chunk.kindValues).enumerated().map { local, found in
                let (value, isNew) = found
                if isNew { kinds.append(rules.kind(chunk.kindValues.string(local), at: location(chunk.kindFirst[local]))) }
                return value
            }
            if isFirst {
                // The first stretch's numbers are the table's: its arrays are taken as they are,
                // and the others appended to them.
                isFirst = false
                (consortia, institutions) = (chunk.consortia, chunk.institutions)
                kindOfInstitution = chunk.kindOfInstitution.map { $0 < 0 ? -1 : kindID[Int($0)] }
                institutionLocations = chunk.institutionFirst.map(location)
                swap(&consortiumOfRow, &chunk.consortiumOfRow)
                swap(&institutionOfRow, &chunk.institutionOfRow)
                swap(&roleOfRow, &chunk.roleOfRow)
                Self.renumber(&roleOfRow, through: rolePosition)
            } else {
                // Each of the stretch's names goes once joined, the institutions' before the
                // consortia grow the table's (a sorted table's stretches share no consortium).
                let institutionID = institutions.ids(of: chunk.institutions)
                chunk.institutions = ByteStringInterner()
                let consortiumID = consortia.ids(of: chunk.consortia).map(\.id)
                chunk.consortia = ByteStringInterner()
                for (local, (institution, isNew)) in institutionID.enumerated() {
                    let kind = chunk.kindOfInstitution[local] < 0 ? -1 : kindID[Int(chunk.kindOfInstitution[local])]
                    if isNew {
                        kindOfInstitution.append(kind)
                        if layout.locatesInstitutions { institutionLocations.append(location(chunk.institutionFirst[local])) }
                    } else if kind >= 0 {
                        let known = kindOfInstitution[Int(institution)]
                        if known < 0 { kindOfInstitution[Int(institution)] = kind } else if known != kind { return nil }
                    }
                }
                // Each of the stretch's columns goes as soon as it is appended.
                consortiumOfRow.append(contentsOf: chunk.consortiumOfRow.lazy.map { consortiumID[Int($0)] })
                chunk.consortiumOfRow = []
                institutionOfRow.append(contentsOf: chunk.institutionOfRow.lazy.map { institutionID[Int($0)].id })
                chunk.institutionOfRow = []
                roleOfRow.append(contentsOf: chunk.roleOfRow.lazy.map { $0 < 0 ? -1 : rolePosition[Int($0)] })
            }
            line += chunk.lineCount
        }
    }

    /// Replaces each id in `ids` (but -1) by `map[id]`, unless `map` changes none.
    private static func renumber(_ ids: inout [Int32], through map: [Int32]) {
        guard map.indices.contains(where: { map[$0] != Int32($0) }) else { return }
        for index in ids.indices where ids[index] >= 0 { ids[index] = map[Int(ids[index])] }
    }

    /// The role counts completed, and the rules' errors and warnings.
    mutating func finishRules(roleColumn: (name: String, location: SourceLocation)?) -> [Diagnostic] {
        // The rules counted each value's first row.
        for (value, rows) in roleRows.enumerated() where rows > 1 {
            rules.addRows(rows - 1, toRoleAt: Int(rolePositions[value]))
        }
        return rules.diagnostics(roleColumn: roleColumn)
    }

    /// The rows grouped by consortium, in row order within each (a counting sort): consortium
    /// `c`'s rows are `rows[firstRow[c]..<firstRow[c + 1]]`. `nil` when a consortium has two
    /// leads or an institution twice, which the full reader reports. Each row's consortium is
    /// let go: the groups say it.
    mutating func groupByConsortium() -> (firstRow: [Int], rows: [Int32])? {
        let consortiumCount = consortiumCount
        var firstRow = [Int](repeating: 0, count: consortiumCount + 1)
        for consortium in consortiumOfRow { firstRow[Int(consortium) + 1] += 1 }
        for consortium in 0..<consortiumCount { firstRow[consortium + 1] += firstRow[consortium] }
        var next = firstRow
        var rows = [Int32](repeating: 0, count: consortiumOfRow.count)
        for (row, consortium) in consortiumOfRow.enumerated() {
            rows[next[Int(consortium)]] = Int32(row)
            next[Int(consortium)] += 1
        }
        consortiumOfRow = []
        let leads = rules.roleValues.map { $0.decision == .lead }
        var lastConsortium = [Int32](repeating: -1, count: institutionCount)
        for consortium in 0..<consortiumCount {
            var hasLead = false
            for row in rows[firstRow[consortium]..<firstRow[consortium + 1]].lazy.map(Int.init) {
                let institution = Int(institutionOfRow[row])
                guard lastConsortium[institution] != Int32(consortium) else { return nil }
                lastConsortium[institution] = Int32(consortium)
                if roleOfRow[row] >= 0, leads[Int(roleOfRow[row])] {
                    guard !hasLead else { return nil }
                    hasLead = true
                }
            }
        }
        return (firstRow, rows)
    }

    /// Each consortium's lead (the institution of its row whose role means lead; ``grouped()``
    /// made sure there is at most one), or -1.
    func leads(_ grouped: (firstRow: [Int], rows: [Int32])) -> [Int32] {
        let leadRoles = rules.roleValues.map { $0.decision == .lead }
        var leads = [Int32](repeating: -1, count: consortiumCount)
        guard leadRoles.contains(true) else { return leads }
        for consortium in leads.indices {
            for row in grouped.rows[grouped.firstRow[consortium]..<grouped.firstRow[consortium + 1]].lazy.map(Int.init)
            where roleOfRow[row] >= 0 && leadRoles[Int(roleOfRow[row])] {
                leads[consortium] = institutionOfRow[row]
            }
        }
        return leads
    }

    /// The institutions' and consortia's ids as strings, the bytes they were looked up by let
    /// go; `nil` when two are equal as Swift compares strings but written differently, which
    /// the full reader would count as one.
    mutating func takeNames() -> (institutions: [String], consortia: [String])? {
        let names = (institutions: institutions.strings, consortia: consortia.strings)
        (consortiumCount, institutionCount) = (consortia.count, institutions.count)
        (consortia, institutions) = (ByteStringInterner(), ByteStringInterner())
        guard Self.bytesTellApart(names.institutions), Self.bytesTellApart(names.consortia) else { return nil }
        return names
    }

    /// The institutions, named by their ids, with their kinds.
    func institutions(named names: [String]) -> [Institution] {
        zip(names, kindOfInstitution).map { id, kind in
            Institution(id: id, name: LocalizedName(guessingLanguageOf: id), kind: kind >= 0 ? kinds[Int(kind)] : nil)
        }
    }

    /// The consortia, each consortium's lead first and then its members in the order of their rows.
    func consortia(_ grouped: (firstRow: [Int], rows: [Int32]), named names: [String]) -> [Consortium] {
        let leads = rules.roleValues.map { $0.decision == .lead }
        let keepsRole = columns.role.map { _ in !rules.rolesArePlain } ?? false
        let roleName = columns.role.map { columns.names[$0] } ?? ""
        return names.enumerated().map { position, id in
            let rows = grouped.rows[grouped.firstRow[position]..<grouped.firstRow[position + 1]].lazy.map(Int.init)
            var members: [Membership] = []
            members.reserveCapacity(rows.count)
            for row in rows {
                let role = roleOfRow[row]
                let isLead = role >= 0 && leads[Int(role)]
                let membership = Membership(
                    institution: Int(institutionOfRow[row]), role: isLead ? .lead : .member,
                    attributes: keepsRole && role >= 0 ? [roleName: rules.roleValues[Int(role)].value] : [:])
                if isLead { members.insert(membership, at: 0) } else { members.append(membership) }
            }
            return Consortium(id: id, name: LocalizedName(guessingLanguageOf: id), members: members)
        }
    }

    /// Whether no two of `names`, distinct as bytes, are equal as Swift compares strings
    /// (canonical equivalence: a Hangul syllable and its jamo, `K` and the Kelvin sign), which
    /// the full reader would count as one. Only names beyond ASCII can be so.
    private static func bytesTellApart(_ names: [String]) -> Bool {
        guard names.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) else { return true }
        return Set(names).count == names.count
    }
}
