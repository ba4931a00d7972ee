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
    /// What became of a table.
    enum Reading {
        /// Read: the dataset and its warnings.
        case read(Dataset, [Diagnostic])
        /// Left to the full reader, which gets the text back.
        case declined(InputText)
    }

    /// Reads the table in `text`, which it frees as soon as the names are copied out, unless it
    /// hands the text back for the full reader.
    ///
    /// - Parameters:
    ///   - delimiter: the delimiter given (or implied by a .tsv file); sniffed from the header otherwise.
    ///   - origin: where a given delimiter came from, as the full reader says it.
    /// - Complexity: O(bytes), plus O(distinct names) `String`s.
    ///   - checksQuality: whether to look for the probable mistakes that only warnings report, as
    ///     the full reader does (``DatasetQuality``).
    static func read(_ text: consuming InputText, delimiter: CSVDelimiter?, origin: String, mapping: ColumnMapping, checksQuality: Bool) -> Reading {
        guard let header = Header(text, delimiter: delimiter, origin: origin, mapping: mapping) else { return .declined(text) }
        var rows = PlainRows(
            columns: header.columns, width: header.width, rules: RoleAndKindRules(mapping), file: text.displayPath, locatesInstitutions: checksQuality)
        let scanned = text.bytes.withUnsafeBufferPointer { buffer in
            rows.scan(buffer, from: header.resumePoint, delimiter: header.delimiter)
        }
        guard scanned, !rows.consortiumOfRow.isEmpty else { return .declined(text) }
        var warnings = header.columns.warnings + rows.finishRules(roleColumn: header.roleColumn)
        guard !warnings.contains(where: { $0.severity == .error }), let grouped = rows.grouped(), let names = rows.names() else {
            return .declined(text)
        }
        let title =
            mapping.title.map(LocalizedName.init(guessingLanguageOf:))
            ?? LocalizedName(english: URL(fileURLWithPath: text.displayPath).deletingPathExtension().lastPathComponent)
        // Every name has been copied out: the table's bytes can go before the dataset is built.
        _ = consume text
        let (institutions, consortia) = rows.build(grouped, names: names)
        let dataset = Dataset(title: title, institutions: institutions, consortia: consortia)
        if checksQuality {
            warnings += DatasetQuality.warnings(about: dataset, institutionLocations: rows.institutionLocations, institutionsNamedByID: true)
        }
        return .read(dataset, warnings)
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
}

/// One record's fields, as byte ranges of the table, and where its line starts.
private struct PlainRecord {
    var starts: [Int]
    var ends: [Int]
    var line = 0
    var lineStart = 0

    init(width: Int) {
        starts = Array(repeating: 0, count: width)
        ends = Array(repeating: 0, count: width)
    }

    /// Field `column` without the spaces and tabs around it, as ``Swift/String/trimmingSpaces``
    /// trims a cell.
    func cell(_ column: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var (start, end) = (starts[column], ends[column])
        while start < end, buffer[start] == UInt8(ascii: " ") || buffer[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, buffer[end - 1] == UInt8(ascii: " ") || buffer[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    /// Where field `column` starts, its column counted in characters as the full reader counts it.
    func location(_ column: Int, in buffer: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        let before = buffer[lineStart..<starts[column]]
        return SourceLocation(file: file, line: line, column: 1 + before.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 })
    }
}

/// The rows of a plain table as compact ids, while and after they are scanned.
private struct PlainRows {
    let columns: TableColumns
    let width: Int
    var rules: RoleAndKindRules
    let file: String

    var consortia = ByteStringInterner()
    var institutions = ByteStringInterner()
    /// The previous row's consortium cell and id: rows usually come consortium by consortium.
    var previousConsortium: (cell: UnsafeBufferPointer<UInt8>, id: Int32)?
    /// Distinct role values as written, each with its decision, its position among the rules'
    /// role values, and how many more rows than the first wrote it.
    var roleValues = ByteStringInterner()
    var roleDecisions: [RoleDecision] = []
    var rolePositions: [Int32] = []
    var roleRepeats: [Int] = []
    /// Distinct kind codes as written, and the kind each stands for.
    var kindValues = ByteStringInterner()
    var kinds: [InstitutionKind] = []
    /// Each institution's kind id, or -1 while no row gave one.
    var kindOfInstitution: [Int32] = []
    /// Where each institution was first named, when ``locatesInstitutions`` (for the quality warnings).
    var institutionLocations: [SourceLocation] = []
    let locatesInstitutions: Bool
    /// Each kept row's consortium, institution and role (a position among the rules' role
    /// values, or -1 for an empty cell).
    var consortiumOfRow: [Int32] = []
    var institutionOfRow: [Int32] = []
    var roleOfRow: [Int32] = []

    init(columns: TableColumns, width: Int, rules: RoleAndKindRules, file: String, locatesInstitutions: Bool) {
        self.locatesInstitutions = locatesInstitutions
        self.columns = columns
        self.width = width
        self.rules = rules
        self.file = file
    }

    /// Reads every record after the header; `false` as soon as one needs the full reader.
    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: (offset: Int, line: Int), delimiter: UInt8) -> Bool {
        let end = buffer.count
        var position = start.offset
        var record = PlainRecord(width: width)
        reserveRows(forRowsIn: UnsafeBufferPointer(rebasing: buffer[start.offset...]))
        (record.line, record.lineStart) = (start.line, start.offset)
        while true {
            // Blank lines between records, skipped as the full reader skips them.
            while position < end, buffer[position] == .lineFeed || buffer[position] == .carriageReturn {
                position += 1
                if buffer[position - 1] == .lineFeed { (record.line, record.lineStart) = (record.line + 1, position) }
            }
            guard position < end else { return true }
            var field = 0
            while true {
                var cursor = position
                while cursor < end {
                    let byte = buffer[cursor]
                    if byte == delimiter || byte == .lineFeed || byte == .carriageReturn || byte == .quote { break }
                    cursor += 1
                }
                guard field < width, cursor == end || buffer[cursor] != .quote else { return false }
                (record.starts[field], record.ends[field]) = (position, cursor)
                field += 1
                position = cursor + 1
                if cursor < end, buffer[cursor] == delimiter { continue }
                break
            }
            guard field == width, add(record, in: buffer) else { return false }
            // The record's line break, as the full reader consumes it.
            if position <= end {
                if buffer[position - 1] == .carriageReturn, position < end, buffer[position] == .lineFeed { position += 1 }
                (record.line, record.lineStart) = (record.line + 1, position)
            }
        }
    }

    /// Room for the rows the table probably holds, judged by the length of its first lines, so
    /// that the arrays are not copied as they grow (which would briefly hold both copies).
    private mutating func reserveRows(forRowsIn rows: UnsafeBufferPointer<UInt8>) {
        let sample = rows.prefix(1 << 16)
        let lines = sample.lazy.filter { $0 == .lineFeed }.count
        guard lines > 0 else { return }
        let expected = rows.count / max(1, sample.count / lines) * 9 / 8 + 16
        consortiumOfRow.reserveCapacity(expected)
        institutionOfRow.reserveCapacity(expected)
        roleOfRow.reserveCapacity(expected)
    }

    /// Adds one record (or leaves it out, when its role says to skip it); `false` when it needs
    /// the full reader.
    private mutating func add(_ record: PlainRecord, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let institutionColumn = columns.institution else { return false }
        let consortiumCell = record.cell(columns.consortium, in: buffer)
        let institutionCell = record.cell(institutionColumn, in: buffer)
        guard !consortiumCell.isEmpty, !institutionCell.isEmpty else { return false }
        var role: Int32 = -1
        if let roleColumn = columns.role, case let roleCell = record.cell(roleColumn, in: buffer), !roleCell.isEmpty {
            let (value, isNew) = roleValues.id(of: roleCell)
            if isNew {
                let decided = rules.role(String(decoding: roleCell, as: UTF8.self), at: record.location(roleColumn, in: buffer, file: file))
                roleDecisions.append(decided.decision)
                rolePositions.append(Int32(decided.position))
                roleRepeats.append(0)
            } else {
                roleRepeats[Int(value)] += 1
            }
            switch roleDecisions[Int(value)] {
            case .skip: return true
            case .unmapped: return false
            case .lead, .member: role = rolePositions[Int(value)]
            }
        }
        var kind: Int32 = -1
        if let kindColumn = columns.kind, case let kindCell = record.cell(kindColumn, in: buffer), !kindCell.isEmpty {
            let (value, isNew) = kindValues.id(of: kindCell)
            if isNew { kinds.append(rules.kind(String(decoding: kindCell, as: UTF8.self), at: record.location(kindColumn, in: buffer, file: file))) }
            kind = value
        }
        let (institution, isNewInstitution) = institutions.id(of: institutionCell)
        if isNewInstitution {
            kindOfInstitution.append(kind)
            if locatesInstitutions { institutionLocations.append(record.location(institutionColumn, in: buffer, file: file)) }
        } else if kind >= 0 {
            let known = kindOfInstitution[Int(institution)]
            if known < 0 { kindOfInstitution[Int(institution)] = kind } else if known != kind { return false }
        }
        let consortium: Int32
        if let previous = previousConsortium, previous.cell.elementsEqual(consortiumCell) {
            consortium = previous.id
        } else {
            consortium = consortia.id(of: consortiumCell).id
            previousConsortium = (consortiumCell, consortium)
        }
        consortiumOfRow.append(consortium)
        institutionOfRow.append(institution)
        roleOfRow.append(role)
        return true
    }

    /// The role counts completed, and the rules' errors and warnings.
    mutating func finishRules(roleColumn: (name: String, location: SourceLocation)?) -> [Diagnostic] {
        for (value, repeats) in roleRepeats.enumerated() where repeats > 0 {
            rules.addRows(repeats, toRoleAt: Int(rolePositions[value]))
        }
        return rules.diagnostics(roleColumn: roleColumn)
    }

    /// The rows grouped by consortium, in row order within each (a counting sort): consortium
    /// `c`'s rows are `rows[firstRow[c]..<firstRow[c + 1]]`. `nil` when a consortium has two
    /// leads or an institution twice, which the full reader reports.
    func grouped() -> (firstRow: [Int], rows: [Int32])? {
        let consortiumCount = consortia.count
        var firstRow = [Int](repeating: 0, count: consortiumCount + 1)
        for consortium in consortiumOfRow { firstRow[Int(consortium) + 1] += 1 }
        for consortium in 0..<consortiumCount { firstRow[consortium + 1] += firstRow[consortium] }
        var next = firstRow
        var rows = [Int32](repeating: 0, count: consortiumOfRow.count)
        for (row, consortium) in consortiumOfRow.enumerated() {
            rows[next[Int(consortium)]] = Int32(row)
            next[Int(consortium)] += 1
        }
        let leads = rules.roleValues.map { $0.decision == .lead }
        var lastConsortium = [Int32](repeating: -1, count: institutions.count)
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

    /// The institutions' and consortia's ids as strings; `nil` when two are equal as Swift
    /// compares strings but written differently, which the full reader would count as one.
    func names() -> (institutions: [String], consortia: [String])? {
        let names = (institutions.strings, consortia.strings)
        guard Self.bytesTellApart(names.0), Self.bytesTellApart(names.1) else { return nil }
        return names
    }

    /// The institutions and consortia, each consortium's lead first and then its members in the
    /// order of their rows.
    func build(_ grouped: (firstRow: [Int], rows: [Int32]), names: (institutions: [String], consortia: [String])) -> ([Institution], [Consortium]) {
        let leads = rules.roleValues.map { $0.decision == .lead }
        let keepsRole = columns.role.map { _ in !rules.rolesArePlain } ?? false
        let roleName = columns.role.map { columns.names[$0] } ?? ""
        let consortia = names.consortia.enumerated().map { position, id in
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
        let institutions = zip(names.institutions, kindOfInstitution).map { id, kind in
            Institution(id: id, name: LocalizedName(guessingLanguageOf: id), kind: kind >= 0 ? kinds[Int(kind)] : nil)
        }
        return (institutions, consortia)
    }

    /// Whether no two of `names`, distinct as bytes, are equal as Swift compares strings
    /// (canonical equivalence: a Hangul syllable and its jamo, `K` and the Kelvin sign), which
    /// the full reader would count as one. Only names beyond ASCII can be so.
    private static func bytesTellApart(_ names: [String]) -> Bool {
        guard names.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) else { return true }
        return Set(names).count == names.count
    }
}
