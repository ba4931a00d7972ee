import Foundation

/// One stretch of a plain table's rows, scanned on its own so that the stretches of a large
/// table can be scanned side by side: every distinct value numbered in order of first sight
/// within the stretch, the rows as those numbers, and where each value was first seen, by line
/// within the stretch. ``PlainRows`` joins the stretches in file order, which numbers every
/// value as one scan of the whole table would.
struct PlainTableChunk: Sendable {
    /// A cell's place: its line counted from the stretch's first, and its column in characters.
    struct Place: Sendable {
        let line: Int
        let column: Int
    }

    /// The table's columns and the rules: what every stretch reads the same way.
    struct Layout: Sendable {
        let columns: TableColumns
        let width: Int
        let delimiter: UInt8
        let rules: RoleAndKindRules
        /// Whether each institution's first cell is kept (for the quality warnings).
        let locatesInstitutions: Bool
    }

    var consortia = ByteStringInterner()
    var institutions = ByteStringInterner()
    /// Distinct role values as written, each with what it means, its number of rows (left-out
    /// rows included) and its first cell.
    var roleValues = ByteStringInterner()
    var roleDecisions: [RoleDecision] = []
    var roleRows: [Int] = []
    var roleFirst: [Place] = []
    /// Distinct kind codes as written, and the first cell of each.
    var kindValues = ByteStringInterner()
    var kindFirst: [Place] = []
    /// Each institution's kind code (a number among ``kindValues``), or -1 while no row gave one.
    var kindOfInstitution: [Int32] = []
    /// Each institution's first cell, when the layout asks for it.
    var institutionFirst: [Place] = []
    /// Each kept row's consortium, institution and role value (-1 for an empty cell).
    var consortiumOfRow: [Int32] = []
    var institutionOfRow: [Int32] = []
    var roleOfRow: [Int32] = []
    /// The number of lines the stretch spans, as the full reader counts them.
    private(set) var lineCount = 0

    /// Scans `buffer[range]`, which starts at a line's start; `nil` as soon as a row needs the
    /// full reader.
    ///
    /// - Parameter reservingFor: how many bytes of rows to make room for (the whole table's, for
    ///   the stretch whose arrays the others are appended to).
    init?(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, layout: Layout, reservingFor reservedBytes: Int) {
        reserveRows(sample: UnsafeBufferPointer(rebasing: buffer[range]), bytes: reservedBytes)
        guard scan(buffer, range: range, layout: layout) else { return nil }
    }

    /// Scans the bytes `range` of `file`, which starts at a line's start, a window of
    /// `windowBytes` at a time (more for a longer line): each window's whole lines are checked
    /// to be UTF-8 and scanned, and what follows the last line feed is kept for the next. `nil`
    /// as soon as a row needs the full reader, or when the file cannot be read as it was.
    ///
    /// - Parameter reservingFor: as in ``init(_:range:layout:reservingFor:)``.
    init?(_ file: TableFile, range: Range<Int>, layout: Layout, reservingFor reservedBytes: Int, windowBytes: Int) {
        var window = [UInt8](repeating: 0, count: max(1, min(windowBytes, range.count)))
        // The bytes of an unfinished line carried over at the window's start, and the next to read.
        var (carried, offset) = (0, range.lowerBound)
        var reserved = false
        while offset < range.upperBound {
            if carried == window.count { window += repeatElement(0, count: window.count) }
            let wanted = min(window.count - carried, range.upperBound - offset)
            let read = window.withUnsafeMutableBufferPointer {
                file.read(into: UnsafeMutableBufferPointer(rebasing: $0[carried..<(carried + wanted)]), at: offset)
            }
            guard read else { return nil }
            offset += wanted
            let filled = carried + wanted
            // Whole lines only, but at the stretch's end, where the last line may have no line feed.
            let end = offset == range.upperBound ? filled : window[..<filled].lastIndex(of: .lineFeed).map { $0 + 1 } ?? 0
            carried = filled
            guard end > 0 else { continue }
            let scanned = window.withUnsafeBufferPointer { buffer in
                let lines = UnsafeBufferPointer(rebasing: buffer[..<end])
                if !reserved { reserveRows(sample: lines, bytes: reservedBytes) }
                return InputText.firstInvalidUTF8Byte(in: lines) == nil && scan(buffer, range: 0..<end, layout: layout)
            }
            guard scanned else { return nil }
            reserved = true
            window.withUnsafeMutableBufferPointer { _ = memmove($0.baseAddress!, $0.baseAddress! + end, filled - end) }
            carried = filled - end
        }
    }

    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, layout: Layout) -> Bool {
        let (end, width, delimiter) = (range.upperBound, layout.width, layout.delimiter)
        guard let institutionColumn = layout.columns.institution else { return false }
        var position = range.lowerBound
        var batch = PlainRecordBatch(width: width)
        var previousConsortium: (cell: UnsafeBufferPointer<UInt8>, id: Int32)?
        // A window of a file continues the lines of the one before.
        var (line, lineStart) = (lineCount, position)
        defer { lineCount = line }
        while true {
            // Blank lines between records, skipped as the full reader skips them.
            while position < end, buffer[position] == .lineFeed || buffer[position] == .carriageReturn {
                position += 1
                if buffer[position - 1] == .lineFeed { (line, lineStart) = (line + 1, position) }
            }
            guard position < end else { break }
            var field = 0
            let index = batch.count
            (batch.lines[index], batch.lineStarts[index]) = (line, lineStart)
            while true {
                var cursor = position
                while cursor < end {
                    let byte = buffer[cursor]
                    if byte == delimiter || byte == .lineFeed || byte == .carriageReturn || byte == .quote { break }
                    cursor += 1
                }
                guard field < width, cursor == end || buffer[cursor] != .quote else { return false }
                (batch.starts[index * width + field], batch.ends[index * width + field]) = (position, cursor)
                field += 1
                position = cursor + 1
                if cursor < end, buffer[cursor] == delimiter { continue }
                break
            }
            guard field == width else { return false }
            batch.hashes[index] = ByteStringInterner.hash(batch.cell(institutionColumn, of: index, in: buffer))
            batch.noteConsortium(batch.cell(layout.columns.consortium, of: index, in: buffer))
            batch.count += 1
            if batch.isFull {
                guard add(batch, in: buffer, layout: layout, previousConsortium: &previousConsortium) else { return false }
                batch.clear()
            }
            // The record's line break, as the full reader consumes it.
            if position <= end {
                if buffer[position - 1] == .carriageReturn, position < end, buffer[position] == .lineFeed { position += 1 }
                (line, lineStart) = (line + 1, position)
            }
        }
        return add(batch, in: buffer, layout: layout, previousConsortium: &previousConsortium)
    }

    /// Adds the records of `batch` in order, what the lookups of their institutions and
    /// consortia will read fetched from memory side by side first; `false` when one needs the
    /// full reader.
    private mutating func add(
        _ batch: PlainRecordBatch, in buffer: UnsafeBufferPointer<UInt8>, layout: Layout,
        previousConsortium: inout (cell: UnsafeBufferPointer<UInt8>, id: Int32)?
    ) -> Bool {
        batch.hashes.withUnsafeBufferPointer { institutions.warm(UnsafeBufferPointer(rebasing: $0.prefix(batch.count))) }
        batch.consortiumHashes.withUnsafeBufferPointer { consortia.warm(UnsafeBufferPointer(rebasing: $0.prefix(batch.consortiumCount))) }
        return batch.starts.withUnsafeBufferPointer { starts in
            batch.ends.withUnsafeBufferPointer { ends in
                (0..<batch.count).allSatisfy { index in
                    let fields = (index * batch.width)..<((index + 1) * batch.width)
                    let record = PlainRecord(
                        starts: UnsafeBufferPointer(rebasing: starts[fields]), ends: UnsafeBufferPointer(rebasing: ends[fields]),
                        line: batch.lines[index], lineStart: batch.lineStarts[index])
                    return add(record, institutionHash: batch.hashes[index], in: buffer, layout: layout, previousConsortium: &previousConsortium)
                }
            }
        }
    }

    /// Room for the rows `bytes` of the table probably hold, judged by the length of the
    /// sample's first lines, so that the arrays are not copied as they grow (which would briefly
    /// hold both copies).
    private mutating func reserveRows(sample rows: UnsafeBufferPointer<UInt8>, bytes: Int) {
        let sample = rows.prefix(1 << 16)
        let lines = sample.lazy.filter { $0 == .lineFeed }.count
        guard lines > 0 else { return }
        let expected = bytes / max(1, sample.count / lines) * 9 / 8 + 16
        consortiumOfRow.reserveCapacity(expected)
        institutionOfRow.reserveCapacity(expected)
        roleOfRow.reserveCapacity(expected)
    }

    /// Adds one record (or leaves it out, when its role says to skip it); `false` when it needs
    /// the full reader.
    private mutating func add(
        _ record: PlainRecord, institutionHash: UInt64, in buffer: UnsafeBufferPointer<UInt8>, layout: Layout,
        previousConsortium: inout (cell: UnsafeBufferPointer<UInt8>, id: Int32)?
    ) -> Bool {
        let columns = layout.columns
        guard let institutionColumn = columns.institution else { return false }
        let consortiumCell = record.cell(columns.consortium, in: buffer)
        let institutionCell = record.cell(institutionColumn, in: buffer)
        guard !consortiumCell.isEmpty, !institutionCell.isEmpty else { return false }
        var role: Int32 = -1
        if let roleColumn = columns.role, case let roleCell = record.cell(roleColumn, in: buffer), !roleCell.isEmpty {
            let (value, isNew) = roleValues.id(of: roleCell)
            if isNew {
                roleDecisions.append(layout.rules.decision(forRole: String(decoding: roleCell, as: UTF8.self)))
                roleRows.append(0)
                roleFirst.append(record.place(roleColumn, in: buffer))
            }
            roleRows[Int(value)] += 1
            switch roleDecisions[Int(value)] {
            case .skip: return true
            case .unmapped: return false
            case .lead, .member: role = value
            }
        }
        var kind: Int32 = -1
        if let kindColumn = columns.kind, case let kindCell = record.cell(kindColumn, in: buffer), !kindCell.isEmpty {
            let (value, isNew) = kindValues.id(of: kindCell)
            if isNew { kindFirst.append(record.place(kindColumn, in: buffer)) }
            kind = value
        }
        let (institution, isNewInstitution) = institutions.id(of: institutionCell, hash: institutionHash)
        if isNewInstitution {
            kindOfInstitution.append(kind)
            if layout.locatesInstitutions { institutionFirst.append(record.place(institutionColumn, in: buffer)) }
        } else if kind >= 0 {
            let known = kindOfInstitution[Int(institution)]
            if known < 0 { kindOfInstitution[Int(institution)] = kind } else if known != kind { return false }
        }
        let consortium: Int32
        if let previous = previousConsortium, previous.cell.hasSameBytes(as: consortiumCell) {
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

    /// `count` stretches of `buffer[range]` (some empty when it has few lines), each ending
    /// just after a line feed or at the end.
    static func ranges(of buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, count: Int) -> [Range<Int>] {
        var bounds = [range.lowerBound]
        for part in 1..<max(1, count) {
            var bound = max(bounds[bounds.count - 1], range.lowerBound + range.count / count * part)
            while bound < range.upperBound, bound > range.lowerBound, buffer[bound - 1] != .lineFeed { bound += 1 }
            bounds.append(bound)
        }
        bounds.append(range.upperBound)
        return (0..<(bounds.count - 1)).map { bounds[$0]..<bounds[$0 + 1] }
    }
}

/// Records read ahead of being added, with their institutions' hashes, so that the lookups
/// of several institutions can wait for memory together.
private struct PlainRecordBatch {
    static let capacity = ByteStringInterner.warmedTogether

    /// The number of fields of a record.
    let width: Int
    /// Record `r`'s field `f` is the bytes `starts[r * width + f]..<ends[r * width + f]`.
    var starts: [Int]
    var ends: [Int]
    /// Each record's line, counted from the stretch's first, and where that line starts.
    var lines: [Int]
    var lineStarts: [Int]
    /// The hash of each record's institution.
    var hashes: [UInt64]
    /// How many records are filled.
    var count = 0
    /// The hashes of the consortia that start a run of rows in the batch, and how many there are.
    var consortiumHashes: [UInt64]
    var consortiumCount = 0
    /// The last record's consortium, which may continue into the next batch.
    private var lastConsortium: UnsafeBufferPointer<UInt8>?

    init(width: Int) {
        self.width = width
        starts = Array(repeating: 0, count: Self.capacity * width)
        ends = starts
        lines = Array(repeating: 0, count: Self.capacity)
        lineStarts = lines
        hashes = Array(repeating: 0, count: Self.capacity)
        consortiumHashes = hashes
    }

    var isFull: Bool { count == Self.capacity }

    /// Field `column` of record `index`, trimmed as ``PlainRecord/cell(_:in:)`` trims it.
    func cell(_ column: Int, of index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        PlainRecord.trimmed(starts[index * width + column]..<ends[index * width + column], in: buffer)
    }

    /// Notes a record's consortium cell: its hash is kept when it starts a run of rows, since
    /// only then is it looked up.
    mutating func noteConsortium(_ cell: UnsafeBufferPointer<UInt8>) {
        if let lastConsortium, lastConsortium.hasSameBytes(as: cell) { return }
        consortiumHashes[consortiumCount] = ByteStringInterner.hash(cell)
        consortiumCount += 1
        lastConsortium = cell
    }

    /// Empties the batch for the next records.
    mutating func clear() {
        (count, consortiumCount) = (0, 0)
    }
}

/// One record of a batch: its fields, as byte ranges of the table, and where its line starts.
private struct PlainRecord {
    let starts: UnsafeBufferPointer<Int>
    let ends: UnsafeBufferPointer<Int>
    /// The line, counted from the stretch's first.
    let line: Int
    let lineStart: Int

    /// Field `column` without the spaces and tabs around it, as ``Swift/String/trimmingSpaces``
    /// trims a cell.
    func cell(_ column: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        Self.trimmed(starts[column]..<ends[column], in: buffer)
    }

    /// `buffer[range]` without the spaces and tabs around it.
    static func trimmed(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, buffer[start] == UInt8(ascii: " ") || buffer[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, buffer[end - 1] == UInt8(ascii: " ") || buffer[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    /// Where field `column` starts, its column counted in characters as the full reader counts it.
    func place(_ column: Int, in buffer: UnsafeBufferPointer<UInt8>) -> PlainTableChunk.Place {
        let before = buffer[lineStart..<starts[column]]
        return PlainTableChunk.Place(line: line, column: 1 + before.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 })
    }
}
